/**
 * Issue 13, case 6: `gkml init --name` becomes a folder name at a repository root, so a name that
 * is `.`, `..` or holds a path separator is refused with exit 2 and nothing is written (`..` wrote
 * 28 files above the repository; with --force inside a county it overwrote the city's files).
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { tempFolder } from '../helpers/git.js';
import { expectNoStack, initCounty } from './repo.js';

const work = tempFolder('gkml-hard-init-');
afterAll(() => {
  work.remove();
});

describe('init refuses names that lead elsewhere (case 6)', () => {
  it.each(['..', '.', 'a/b', '../x', 'a\\b', 'x\ny'])('--name %j', async (name) => {
    const top = join(work.path, `t${readdirSync(work.path).length}`);
    const repo = join(top, 'repo');
    mkdirSync(top);
    await initCounty(repo);
    const region = readFileSync(join(repo, 'region.yaml'), 'utf8');
    const t = await runInProcess(
      ['init', '--code', '110101001', '--name', name, '--level', '乡级', '--force'],
      { cwd: repo },
    );
    expectNoStack(t);
    expect(t.exitCode).toBe(2);
    expect(readdirSync(top)).toEqual(['repo']);
    expect(readFileSync(join(repo, 'region.yaml'), 'utf8')).toBe(region);
  });

  it('still accepts an ordinary name, as a sub-folder', async () => {
    const repo = join(work.path, 'plain');
    await initCounty(repo);
    const t = await runInProcess(
      ['init', '--code', '110101001', '--name', '东华门街道', '--level', '乡级'],
      { cwd: repo },
    );
    expect(t.exitCode).toBe(0);
    expect(readdirSync(join(repo, '东华门街道'))).toContain('region.yaml');
  });
});
