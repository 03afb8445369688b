/**
 * Issue 13, case 12: only regular files are read (a FIFO named *.yaml used to block compile
 * forever), and a folder that refuses new entries (`/proc/self/x`) is an I/O error, not an
 * endless loop in mkdir.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadYamlFileSync } from '../../src/io/load-yaml.js';
import { makeFolder } from '../../src/io/make-folder.js';
import { repositoryFiles } from '../../src/io/repository-files.js';
import { writeFileAtomic } from '../../src/io/write-atomic.js';
import { tempFolder } from '../helpers/git.js';
import { initCounty } from './repo.js';

const work = tempFolder('gkml-hard-special-');
afterAll(() => {
  work.remove();
});

const fifo = (path: string) => {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error('mkfifo failed');
};

describe('non-regular files (case 12)', () => {
  it('a repository walk lists no FIFO', async () => {
    const repo = join(work.path, 'repo');
    await initCounty(repo);
    fifo(join(repo, 'pipe.yaml'));
    const walked = await repositoryFiles(repo, { cwd: work.path });
    expect(walked.files.some((f) => f.endsWith('pipe.yaml'))).toBe(false);
    expect(walked.files.length).toBe(28);
  });

  it('reading a FIFO returns at once with file-unreadable', () => {
    const path = join(work.path, 'alone.yaml');
    fifo(path);
    const result = loadYamlFileSync(path, 'alone.yaml');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['file-unreadable']);
  });
});

describe.runIf(existsSync('/proc/self'))('folders that refuse new entries (case 12)', () => {
  it('makeFolder fails on /proc/self/x instead of looping', async () => {
    await expect(makeFolder('/proc/self/x/y')).rejects.toThrow(/ENOENT/u);
  });

  it('an atomic write there fails too', async () => {
    await expect(writeFileAtomic('/proc/self/x/a.yaml', 'a: 1\n')).rejects.toThrow();
  });

  it('makeFolder makes missing levels and accepts existing ones', async () => {
    const deep = join(work.path, 'a', 'b', 'c');
    await makeFolder(deep);
    await makeFolder(deep);
    expect(existsSync(deep)).toBe(true);
  });
});
