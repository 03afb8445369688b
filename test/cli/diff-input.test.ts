/**
 * `gkml diff` with bad input: each mistake exits 2 with a sentence that names it, in Chinese and
 * English, before anything is loaded. Goldens in test/golden/diff/input.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTranscript, REPO_ROOT, runBinary, runInProcess } from '../helpers/cli.js';
import { commitFiles, initRepository, tempFolder } from '../helpers/git.js';
import { expectGolden } from '../helpers/golden.js';

const GOLDEN = join(REPO_ROOT, 'test/golden/diff/input');
const GAPS = join(REPO_ROOT, 'test/fixtures/diff/gaps');

let plain: { path: string; remove: () => void };
let repo: { path: string; remove: () => void };

beforeAll(() => {
  // A folder with no gkml.yaml anywhere above it, a repository outside git, one inside git.
  plain = tempFolder('gkml-diff-input-');
  mkdirSync(join(plain.path, 'no-repository'));
  writeFileSync(join(plain.path, 'no-repository/employment.yaml'), 'domain: 就业\nitems: []\n');
  cpSync(GAPS, join(plain.path, 'not-in-git'), { recursive: true });
  repo = tempFolder('gkml-diff-git-');
  initRepository(repo.path);
  cpSync(GAPS, join(repo.path, 'catalogs'), { recursive: true });
  commitFiles(repo.path, {}, 'catalogs');
});

afterAll(() => {
  plain.remove();
  repo.remove();
});

const CASES: { name: string; args: string[]; where: 'plain' | 'repo'; mentions: string }[] = [
  { name: 'not-a-repository', args: ['no-repository'], where: 'plain', mentions: 'gkml.yaml' },
  { name: 'path-missing', args: ['nowhere'], where: 'plain', mentions: 'nowhere' },
  { name: 'too-many-folders', args: ['a', 'b', 'c'], where: 'plain', mentions: '3' },
  {
    name: 'base-with-two-folders',
    args: ['--base', 'main', 'a', 'b'],
    where: 'repo',
    mentions: '--base',
  },
  {
    name: 'against-with-versions',
    args: ['--against', 'parent', '--base', 'main', 'catalogs'],
    where: 'repo',
    mentions: '--against',
  },
  {
    name: 'unknown-domain',
    args: ['catalogs', '--domain', '救灾生活'],
    where: 'repo',
    mentions: 'disaster-relief',
  },
  {
    name: 'not-a-git-checkout',
    args: ['--base', 'main', 'not-in-git'],
    where: 'plain',
    mentions: 'git',
  },
  {
    name: 'ref-not-found',
    args: ['--base', 'no-such-branch', 'catalogs'],
    where: 'repo',
    mentions: 'no-such-branch',
  },
  {
    name: 'ref-like-an-option',
    args: ['--base=--output=x', 'catalogs'],
    where: 'repo',
    mentions: '--output=x',
  },
  {
    name: 'base-not-a-repository',
    args: ['--base', 'main', '.'],
    where: 'repo',
    mentions: 'gkml.yaml',
  },
];

describe('gkml diff: bad input exits 2 and says why', () => {
  for (const c of CASES) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${c.name} (${lang})`, async () => {
        const cwd = c.where === 'plain' ? plain.path : repo.path;
        const t = await runInProcess(['diff', ...c.args, '--lang', lang], { cwd, lang });
        expect(t.exitCode).toBe(2);
        expect(t.stdout).toBe('');
        expect(t.stderr).toContain(c.mentions);
        expect(t.stderr).not.toMatch(/at .*\.ts:\d+/u); // no stack trace
        await expectGolden(formatTranscript(t), join(GOLDEN, `${c.name}.${lang}.txt`));
      });
    }
  }

  it('exits 2 for an unknown ref through the built binary too', () => {
    const t = runBinary(['diff', '--base', 'no-such-branch', 'catalogs'], { cwd: repo.path });
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain('no-such-branch');
  });
});
