import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../src/io/collect.js';

describe('displayPath', () => {
  const cwd = '/work/repo';
  it.each([
    ['/work/repo/yunchuan/region.yaml', 'yunchuan/region.yaml'],
    ['/work/repo', '.'],
    ['/work/repo/', '.'],
    ['/work/other/a.yaml', '../other/a.yaml'],
    ['/work/repo-2/a.yaml', '../repo-2/a.yaml'],
    ['/work/repo/x/../y/a.yaml', 'y/a.yaml'],
    ['/work/repo//y/a.yaml', 'y/a.yaml'],
    ['/work/repo/.github/a.yaml', '.github/a.yaml'],
    ['yunchuan/region.yaml', 'yunchuan/region.yaml'],
  ])('shows %s as %s, as path.relative would', (path, shown) => {
    expect(displayPath(path, cwd)).toBe(shown);
    if (path.startsWith('/')) expect(displayPath(path, cwd)).toBe(relative(cwd, path) || '.');
  });

  it('cuts from a working folder given with a trailing slash, too', () => {
    expect(displayPath('/work/repo/a.yaml', '/work/repo/')).toBe('a.yaml');
  });
});
