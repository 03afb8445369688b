import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitTopLevel, resolveCommit } from '../../src/io/git.js';
import { copyCommit } from '../../src/io/git-tree.js';
import { commitFiles, git, initRepository, tempFolder } from '../helpers/git.js';

let repo: { path: string; remove: () => void };
let first: string;

beforeAll(() => {
  repo = tempFolder('gkml-git-');
  initRepository(repo.path);
  commitFiles(
    repo.path,
    {
      'README.md': 'not yaml',
      'city/gkml.yaml': 'example: true\n',
      'city/region.yaml': 'code: "410100"\n',
      'city/county/employment.yaml': 'domain: 就业\nitems: []\n',
      'city/county/big.yaml': 'x'.repeat(2000),
      'other/skip.yaml': 'a: 1\n',
    },
    'first',
  );
  first = git(repo.path, 'rev-parse', 'HEAD').trim();
  commitFiles(
    repo.path,
    { 'city/county/employment.yaml': 'domain: 就业\nitems: [changed]\n' },
    'second',
  );
});

afterAll(() => {
  repo.remove();
});

describe('reading a commit without a checkout', () => {
  it('finds the top of the checkout, and nothing outside one', async () => {
    expect(await gitTopLevel(join(repo.path, 'city'))).toBe(repo.path);
    const outside = tempFolder('gkml-nogit-');
    try {
      expect(await gitTopLevel(outside.path)).toBeUndefined();
    } finally {
      outside.remove();
    }
  });

  it('resolves refs to commits, and refuses ones that do not exist or look like options', async () => {
    expect(await resolveCommit(repo.path, 'HEAD~1')).toBe(first);
    expect(await resolveCommit(repo.path, 'main')).toMatch(/^[0-9a-f]{40}$/u);
    expect(await resolveCommit(repo.path, 'no-such-branch')).toBeUndefined();
    expect(await resolveCommit(repo.path, '--output=/tmp/x')).toBeUndefined();
    expect(await resolveCommit(repo.path, '')).toBeUndefined();
  });

  it('copies the repository YAML of a commit, mirroring the paths, and leaves the checkout alone', async () => {
    const copy = await copyCommit(repo.path, first, {
      cwd: repo.path,
      folder: 'city/county',
      maxBytes: 1000,
    });
    try {
      expect(copy.found).toBe(true);
      expect(relative(copy.cwd, copy.folder)).toBe(join('city', 'county'));
      const county = join(copy.cwd, 'city/county');
      expect(readFileSync(join(county, 'employment.yaml'), 'utf8')).toBe(
        'domain: 就业\nitems: []\n',
      );
      expect(existsSync(join(copy.cwd, 'city/gkml.yaml'))).toBe(true);
      expect(existsSync(join(copy.cwd, 'README.md'))).toBe(false);
      expect(existsSync(join(copy.cwd, 'other/skip.yaml'))).toBe(false);
      // Too large to read: a file of the same size, for the loader to report.
      expect(statSync(join(county, 'big.yaml')).size).toBe(2000);
      expect(readFileSync(join(repo.path, 'city/county/employment.yaml'), 'utf8')).toContain(
        'changed',
      );
      expect(git(repo.path, 'status', '--porcelain')).toBe('');
    } finally {
      await copy.dispose();
    }
    expect(existsSync(copy.cwd)).toBe(false);
  });

  it('says when the commit holds no repository at the folder', async () => {
    const copy = await copyCommit(repo.path, first, { cwd: repo.path, folder: 'other' });
    await copy.dispose();
    expect(copy.found).toBe(false);
  });
});
