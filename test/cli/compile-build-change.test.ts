/**
 * An output is "unchanged" only for the build of gkml that made it: the tests' in-process gkml
 * (hashed from src/) and the built binary (hashed from dist/) are two builds of one version.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { REPO_ROOT, runBinary, runInProcess } from '../helpers/cli.js';
import { tempFolder } from '../helpers/git.js';

const work = tempFolder('gkml-build-change-');
afterAll(() => {
  work.remove();
});

it('renders again with another build, and calls the output unchanged with the same build', async () => {
  const repo = join(work.path, 'examples');
  cpSync(join(REPO_ROOT, 'examples'), repo, { recursive: true });
  const args = ['compile', 'examples', '--out', 'out'];
  expect((await runInProcess(args, { cwd: work.path })).exitCode).toBe(0);
  const same = await runInProcess(args, { cwd: work.path });
  expect(same.stderr).toContain('输入没有变化');
  const other = runBinary(args, { cwd: work.path });
  expect(other.exitCode).toBe(0);
  expect(other.stderr).not.toContain('输入没有变化');
  expect(runBinary(args, { cwd: work.path }).stderr).toContain('输入没有变化');
});
