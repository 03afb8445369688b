/** `gkml validate` through the built binary (bin/gkml.js → dist), as users and CI run it. */
import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  BIN,
  runBinary,
  runInProcess,
  REPO_ROOT,
  TEST_TODAY,
  type Transcript,
} from '../helpers/cli.js';
import { testProvince } from '../helpers/province.js';

/** What a run shows: its exit code and both streams. */
const outcome = (t: Transcript) => [t.exitCode, t.stdout, t.stderr];

const FIXTURES = join(REPO_ROOT, 'test/fixtures');

describe('gkml validate (built binary)', () => {
  it('finds nothing to report in the national baselines (issue 18: clean, not just error-free)', () => {
    const t = runBinary(['validate', 'catalogs'], { cwd: REPO_ROOT });
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toContain('已检查 26 个文件，没有发现问题');
  });

  it('reads a GB18030 file with a warning that says how to convert it', () => {
    const t = runBinary(['validate', 'hostile/gb18030.yaml'], { cwd: FIXTURES });
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toContain('iconv -f GB18030 -t UTF-8');
  });

  it('stops an alias bomb quickly, as a located error', () => {
    const t = runBinary(['validate', 'hostile/alias-bomb.yaml', '--lang', 'en'], { cwd: FIXTURES });
    expect(t.exitCode).toBe(1);
    expect(t.stdout).toMatch(/hostile\/alias-bomb\.yaml\n\s+\d+:\d+\s+error\s+Aliases/u);
    expect(t.stderr).toBe('');
  });

  it('exits 2 on a missing path, in Chinese by default and English with GKML_LANG=en', () => {
    const zh = runBinary(['validate', 'nowhere'], { cwd: FIXTURES });
    expect([zh.exitCode, zh.stderr]).toEqual([2, expect.stringContaining('找不到路径：nowhere')]);
    const en = runBinary(['validate', 'nowhere'], { cwd: FIXTURES, env: { GKML_LANG: 'en' } });
    expect(en.stderr).toContain('No such path: nowhere');
  });

  it('writes no colour when NO_COLOR is set, even when forced', () => {
    const t = runBinary(['validate', 'codes/schema-type'], {
      cwd: FIXTURES,
      env: { FORCE_COLOR: '1', NO_COLOR: '1' },
    });
    expect(t.stdout).not.toContain('\u001b[');
  });

  it('stops quietly when the reader of its output goes away (| head)', () => {
    const result = spawnSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" "${BIN}" merge examples --format json | head -c 100 >/dev/null`,
      ],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
  });

  it('checks a province in threads (--jobs 2) and prints what one thread prints', () => {
    const work = mkdtempSync(join(tmpdir(), 'gkml-jobs-'));
    try {
      const province = testProvince(join(work, 'province'));
      appendFileSync(join(province, 'c2/k1/region.yaml'), 'colour: blue\n');
      const run = (jobs: string) =>
        runBinary(['validate', '.', '--format', 'json', '--jobs', jobs], { cwd: province });
      const one = run('1');
      expect(one.exitCode).toBe(1);
      expect(one.stdout).toContain('schema-unknown-key');
      // The worker script the threads run is built: without it the parts would share one thread.
      expect(existsSync(join(REPO_ROOT, 'dist/pipeline/findings-worker.js'))).toBe(true);
      expect(outcome(run('2'))).toEqual(outcome(one));
      expect(outcome(run('4'))).toEqual(outcome(one));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('keeps a cache with --cache and prints what it prints without, before and after a change', () => {
    const work = mkdtempSync(join(tmpdir(), 'gkml-cache-'));
    try {
      const province = testProvince(join(work, 'province'));
      const run = (...extra: string[]) =>
        runBinary(['validate', '.', '--format', 'json', ...extra], { cwd: province });
      const plain = run();
      expect(outcome(run('--cache'))).toEqual(outcome(plain));
      expect(existsSync(join(province, '.gkml-cache/current/findings.bin'))).toBe(true);
      expect(outcome(run('--cache'))).toEqual(outcome(plain));
      appendFileSync(join(province, 'c2/k1/region.yaml'), 'colour: blue\n');
      const changed = run('--cache');
      expect(changed.stdout).toContain('schema-unknown-key');
      expect(outcome(changed)).toEqual(outcome(run()));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('prints the version', () => {
    const t = runBinary(['--version'], { cwd: REPO_ROOT });
    expect(t.exitCode).toBe(0);
    expect(t.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/u);
  });
});

describe('a bug in gkml', () => {
  it('prints a stack trace and asks to be reported, exit 2', async () => {
    const t = await runInProcess(['schema', 'catalog'], {
      cwd: REPO_ROOT,
      env: { GKML_TODAY: TEST_TODAY },
      stdout: {
        write: () => {
          throw new TypeError('simulated bug');
        },
      },
    });
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain('TypeError: simulated bug');
    expect(t.stderr).toContain('请把以上信息报告给维护者');
  });
});
