/** `gkml init`: a new repository, a sub-region inside one, and what it refuses to do. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOMAINS } from '../../src/core/vocabulary/domains.js';
import { runInProcess, TEST_TODAY } from '../helpers/cli.js';
import { loadRepository } from '../../src/pipeline/load-repository.js';

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'gkml-init-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const init = (args: string[], cwd = folder) => runInProcess(['init', ...args], { cwd });
const COUNTY = ['--code', '431403', '--name', '河东区', '--level', '县级'];

/** Codes of the diagnostics other than the to-do list of generic subjects init leaves behind. */
async function problems(path: string): Promise<string[]> {
  const loaded = await loadRepository(path, { cwd: folder, today: TEST_TODAY });
  return loaded.diagnostics.map((d) => d.code).filter((code) => code !== 'merge-subject-generic');
}

describe('gkml init', () => {
  it('outside a repository: gkml.yaml, region.yaml and 26 domain files, which validate and merge clean', async () => {
    const t = await init(COUNTY);
    expect(t.exitCode).toBe(0);
    const files = (await readdir(folder)).sort();
    expect(files).toEqual(
      ['gkml.yaml', 'region.yaml', ...DOMAINS.map((d) => `${d.id}.yaml`)].sort(),
    );
    const validate = await runInProcess(['validate', '.'], { cwd: folder });
    // No errors; the warnings are merge's and compile's (generic subjects, no column yet) told early.
    expect([validate.exitCode, validate.stdout]).toEqual([0, expect.stringContaining(' 0 个错误')]);
    expect(validate.stdout).toContain('merge-subject-generic');
    expect(await problems('.')).toEqual([]);
    const merged = await runInProcess(['merge', '.', '--domain', 'employment'], { cwd: folder });
    expect(merged.exitCode).toBe(0);
    expect(merged.stdout).toContain('info-service.policy-consulting');
  });

  it('each domain file lists the inherited items as stubs with the inherited subject', async () => {
    await init(COUNTY);
    const text = await readFile(join(folder, 'social-assistance.yaml'), 'utf8');
    expect(text).toContain('domain: social-assistance\nitems:\n');
    expect(text).toContain('  - id: general.policy-documents\n');
    expect(text).toContain('    # subject: 县级人民政府民政部门、乡镇人民政府（街道办事处）');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\S+schemas\/catalog\.schema\.json$/mu);
  });

  it('inside a repository: a sub-region folder named after the region, inheriting from its parent', async () => {
    await init(COUNTY);
    const t = await init(['--code', '431403001', '--name', '河东街道', '--level', '乡级']);
    expect(t.exitCode).toBe(0);
    expect(await readdir(join(folder, '河东街道'))).toHaveLength(27);
    await writeFile(
      join(folder, 'employment.yaml'),
      'domain: employment\nitems:\n  - id: info-service.job-vacancy-posting\n    omit: 本区不发布\n',
    );
    await rm(join(folder, '河东街道', 'employment.yaml'));
    expect(
      (
        await init([
          '--code',
          '431403001',
          '--name',
          '河东街道',
          '--level',
          '乡级',
          '河东街道',
          '--force',
        ])
      ).exitCode,
    ).toBe(0);
    const stubs = await readFile(join(folder, '河东街道', 'employment.yaml'), 'utf8');
    expect(stubs).toContain('info-service.policy-consulting');
    expect(stubs).not.toContain('info-service.job-vacancy-posting');
    expect(stubs).toContain('# 上级目录：国家基准目录 → 河东区（431403）');
    expect(await problems('.')).toEqual([]);
  });

  it('a village gets items: [] where nothing applies at its level', async () => {
    await init(['--code', '431403001201', '--name', '河东村', '--level', '村级']);
    expect(await readFile(join(folder, 'employment.yaml'), 'utf8')).toContain('items: []\n');
    expect(await problems('.')).toEqual([]);
  });

  it('never overwrites without --force, and changes nothing then', async () => {
    await init(COUNTY);
    await writeFile(join(folder, 'employment.yaml'), 'domain: employment\nitems: []\n');
    const t = await init(COUNTY);
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain('--force');
    expect(await readFile(join(folder, 'employment.yaml'), 'utf8')).toBe(
      'domain: employment\nitems: []\n',
    );
    expect((await init([...COUNTY, '--force'])).exitCode).toBe(0);
    expect(await readFile(join(folder, 'employment.yaml'), 'utf8')).toContain('info-service');
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a bad level, a malformed code and a code outside its parent (exit 2, nothing written)', async () => {
    expect((await init(['--code', '431403', '--name', '河东区', '--level', '省级'])).exitCode).toBe(
      2,
    );
    expect((await init(['--code', '43140', '--name', '河东区', '--level', '县级'])).exitCode).toBe(
      2,
    );
    expect(await readdir(folder)).toEqual([]);
    await init(COUNTY);
    const t = await init(
      ['sub', '--code', '431499001', '--name', '外乡', '--level', '乡级'],
      folder,
    );
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain('431499001');
    expect((await readdir(folder)).includes('sub')).toBe(false);
  });
});
