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

  it.each([
    ['/work/.cache/repo', '/work/.cache/repo/c1/region.yaml', 'c1/region.yaml'],
    ['/work/.cache/repo', '/work/.cache/repo/./c1/../c2/a.yaml', 'c2/a.yaml'],
    ['/work/.cache/repo', '/work/.cache/repo/..', '..'],
    ['/work/.cache/repo', '/work/.cache/repo/c1/.', 'c1'],
    ['/work/./repo', '/work/repo/a.yaml', 'a.yaml'],
    ['/work/repo/..', '/work/repo/a.yaml', 'repo/a.yaml'],
  ])('under %s, shows %s as %s, as path.relative would', (under, path, shown) => {
    expect(displayPath(path, under)).toBe(shown);
    expect(displayPath(path, under)).toBe(relative(under, path) || '.');
  });

  it('cuts from a working folder given with a trailing slash, too', () => {
    expect(displayPath('/work/repo/a.yaml', '/work/repo/')).toBe('a.yaml');
  });
});
