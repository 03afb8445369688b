/**
 * `gkml validate --cache` (pipeline/cached-findings.ts, io/validate-cache.ts): with the cache cold,
 * warm, after a change, broken or unwritable, validate shows exactly what it shows without one.
 */
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess, type Transcript } from '../helpers/cli.js';
import { testProvince, withFindings } from '../helpers/province.js';

let work: string;
let province: string;
const cacheFolder = () => join(province, '.gkml-cache');

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'gkml-cached-'));
  // Findings of the schema and of the merge, so that there is something to keep.
  province = withFindings(testProvince(join(work, 'province')));
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

/** What a run shows: its exit code and both streams. */
const outcome = (t: Transcript) => [t.exitCode, t.stdout, t.stderr];

const validate = (...extra: string[]) =>
  runInProcess(['validate', '.', '--format', 'json', '--jobs', '1', ...extra], { cwd: province });

describe('validate --cache', () => {
  it('shows what validate without a cache shows, cold and warm, and keeps the cache from git', async () => {
    const plain = await validate();
    expect(plain.exitCode).toBe(1);
    expect(outcome(await validate('--cache'))).toEqual(outcome(plain));
    expect(readFileSync(join(cacheFolder(), '.gitignore'), 'utf8')).toBe('*\n');
    expect(readdirSync(join(cacheFolder(), 'current')).sort()).toEqual([
      'files',
      'findings.bin',
      'regions',
    ]);
    expect(outcome(await validate('--cache'))).toEqual(outcome(plain));
  });

  it('answers from the findings it kept while no file changed', async () => {
    await validate('--cache');
    // Planted under the fingerprint kept: shown only if the kept findings are read back.
    const kept = join(cacheFolder(), 'current/findings.bin');
    const value = deserialize(readFileSync(kept)) as { diagnostics: object[] };
    // A finding kept, moved to a file of its own.
    const planted = { ...value.diagnostics[0], file: 'c2/planted.yaml' };
    writeFileSync(kept, serialize({ ...value, diagnostics: [...value.diagnostics, planted] }));
    expect((await validate('--cache')).stdout).toContain('planted');
    // Any change to a file, and it is not read back.
    appendFileSync(join(province, 'c2/region.yaml'), '# 注释\n');
    expect((await validate('--cache')).stdout).not.toContain('planted');
  });

  it('finds what a change brings, and forgets what it mends', async () => {
    await validate('--cache');
    const catalog = join(province, 'c2/k2/t1/affordable-housing.yaml');
    const original = readFileSync(catalog, 'utf8');
    writeFileSync(catalog, 'domain: affordable-housing\nitems: [\n');
    const broken = await validate('--cache');
    expect(broken.stdout).toContain('yaml-syntax');
    expect(outcome(broken)).toEqual(outcome(await validate()));
    writeFileSync(catalog, original);
    const mended = await validate('--cache');
    expect(mended.stdout).not.toContain('yaml-syntax');
    expect(outcome(mended)).toEqual(outcome(await validate()));
    // A finding of the township's merge (kept in its region's part, not in its file's).
    appendFileSync(catalog, '  - id: no.other-item\n    subject: 某局\n');
    const merged = await validate('--cache');
    expect(merged.stdout).toContain('no.other-item');
    expect(outcome(merged)).toEqual(outcome(await validate()));
  });

  it('ignores a cache whose every file is broken', async () => {
    await validate('--cache');
    const breakAll = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) breakAll(path);
        else if (entry.name.endsWith('.bin')) writeFileSync(path, 'not a cache');
      }
    };
    breakAll(cacheFolder());
    expect(outcome(await validate('--cache'))).toEqual(outcome(await validate()));
  });

  it('says so when the cache cannot be written, and finds the same', async () => {
    writeFileSync(cacheFolder(), 'a file where the cache folder goes');
    const plain = await validate();
    const cached = await validate('--cache');
    expect(cached.exitCode).toBe(plain.exitCode);
    expect(cached.stdout).toBe(plain.stdout);
    expect(cached.stderr).toContain('缓存未能写入 .gkml-cache');
    expect((await validate('--cache', '--lang', 'en')).stderr).toContain(
      'the cache could not be written to .gkml-cache',
    );
  });

  it('removes what a killed run left behind', async () => {
    await validate('--cache');
    const old = join(cacheFolder(), 'old-0123456789');
    writeFileSync(old, '');
    await validate('--cache');
    expect(existsSync(old)).toBe(false);
  });
});
