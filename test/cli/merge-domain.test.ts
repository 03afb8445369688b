/**
 * `gkml merge <region> --domain X` reports the warnings of that domain's files only (a fresh
 * county has a merge-subject-generic warning in each of its 26 catalogs), and all of them without
 * --domain: the filter cannot pass by printing nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gkml-merge-domain-'));
  const init = await runInProcess(
    ['init', 'county', '--code', '410181', '--name', '巩义市', '--level', 'county'],
    { cwd: work },
  );
  expect(init.exitCode).toBe(0);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** The files stderr reports a diagnostic in. */
function reported(stderr: string): string[] {
  return [...new Set(stderr.split('\n').filter((line) => /^\S+\.yaml$/u.test(line)))].sort();
}

describe('gkml merge --domain', () => {
  it('prints only that domain’s warnings', async () => {
    const t = await runInProcess(['merge', 'county', '--domain', '就业', '--format', 'json'], {
      cwd: work,
    });
    expect(t.exitCode).toBe(0);
    expect(reported(t.stderr)).toEqual(['county/employment.yaml']);
  });

  it('prints every domain’s warnings without --domain', async () => {
    const t = await runInProcess(['merge', 'county', '--format', 'json'], { cwd: work });
    expect(reported(t.stderr)).toHaveLength(26);
  });
});
