/**
 * `gkml import` transcripts: a good import, re-runs without and with --force, --domain, the files
 * it must refuse (old .xls, encrypted, corrupt, no header) with exit 2, in both languages. The
 * fixtures are copied into a temporary folder so that paths in transcripts are stable.
 */
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaPath } from '../../src/io/package-files.js';
import { expectGolden } from '../helpers/golden.js';
import { formatTranscript, REPO_ROOT, runInProcess } from '../helpers/cli.js';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/excel');
const GOLDEN = join(REPO_ROOT, 'test/golden/import-cli');

let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'gkml-import-'));
  await cp(FIXTURES, join(work, 'in'), { recursive: true });
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('gkml import', () => {
  it('imports a workbook, one YAML per domain, each starting with the $schema line', async () => {
    const t = await runInProcess(
      ['import', 'in/mixed.xlsx', 'in/two-level.xlsx', '--out', 'catalogs'],
      { cwd: work },
    );
    await expectGolden(formatTranscript(t), join(GOLDEN, 'mixed.zh.txt'));
    expect(t.exitCode).toBe(0);
    const files = (await readdir(join(work, 'catalogs'))).sort();
    expect(files).toEqual([
      'elderly-care-services.yaml',
      'employment.yaml',
      'household-registration.yaml',
      'poverty-alleviation.yaml',
    ]);
    const text = await readFile(join(work, 'catalogs', 'employment.yaml'), 'utf8');
    const first = text.split('\n')[0] ?? '';
    expect(first).toMatch(/^# yaml-language-server: \$schema=/u);
    const ref = first.replace('# yaml-language-server: $schema=', '');
    expect(resolve(work, 'catalogs', ref)).toBe(schemaPath('catalog'));
  });

  it('writes YAML that gkml validate accepts, with warnings for what it could not place', async () => {
    await runInProcess(
      [
        'import',
        'in/two-level.xlsx',
        'in/three-level.xlsx',
        'in/glyphs.xlsx',
        'in/mixed.xlsx',
        '--out',
        'catalogs',
      ],
      { cwd: work },
    );
    const t = await runInProcess(['validate', 'catalogs', '--format', 'json'], { cwd: work });
    const parsed = JSON.parse(t.stdout) as { diagnostics: { severity: string; code: string }[] };
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(t.exitCode).toBe(0);
    // Honest: what the import could not place (咨询电话, both audiences ticked, no 公开层级 column)
    // is recorded in the YAML and reported, so a lossy import is never called clean (issue 19).
    const codes = new Set(parsed.diagnostics.map((d) => d.code));
    expect(codes).toContain('import-review');
    expect(codes).toContain('item-incomplete-declared');
  });

  it('gives national items their national id', async () => {
    await runInProcess(['import', 'in/two-level.xlsx', '--out', 'catalogs'], { cwd: work });
    const text = await readFile(join(work, 'catalogs', 'employment.yaml'), 'utf8');
    expect(text).toContain('- id: info-service.policy-consulting\n');
    expect(text).toContain('- id: info-service.job-vacancy-posting\n');
  });

  it('never overwrites without --force, and writes nothing then', async () => {
    await runInProcess(['import', 'in/two-level.xlsx', '--out', 'catalogs'], { cwd: work });
    const before = await readFile(join(work, 'catalogs', 'employment.yaml'), 'utf8');
    const refused = await runInProcess(
      ['import', 'in/two-level.xlsx', 'in/mixed.xlsx', '--out', 'catalogs'],
      { cwd: work },
    );
    expect(refused.exitCode).toBe(2);
    expect(await readdir(join(work, 'catalogs'))).toEqual(['employment.yaml']);
    await expectGolden(formatTranscript(refused), join(GOLDEN, 'exists.zh.txt'));
    const forced = await runInProcess(
      ['import', 'in/two-level.xlsx', '--out', 'catalogs', '--force'],
      { cwd: work },
    );
    expect(forced.exitCode).toBe(0);
    expect(await readFile(join(work, 'catalogs', 'employment.yaml'), 'utf8')).toBe(before);
  });

  it('--domain overrides what the title says; an unknown one is a usage error', async () => {
    const t = await runInProcess(
      ['import', 'in/two-level.xlsx', '--out', 'c', '--domain', '扶贫'],
      { cwd: work },
    );
    expect(t.exitCode).toBe(0);
    expect(await readdir(join(work, 'c'))).toEqual(['poverty-alleviation.yaml']);
    const bad = await runInProcess(
      ['import', 'in/two-level.xlsx', '--out', 'c', '--domain', '不存在'],
      { cwd: work },
    );
    expect(bad.exitCode).toBe(2);
    await expectGolden(formatTranscript(bad), join(GOLDEN, 'bad-domain.zh.txt'));
  });

  it("--domain 'Sheet名=领域' assigns one sheet (repeatable); a sheet no workbook holds is a usage error", async () => {
    const t = await runInProcess(
      [
        'import',
        'in/mixed.xlsx',
        '--out',
        'd',
        '--domain',
        '（三）养老服务=就业',
        '--domain',
        '（二）扶贫=扶贫',
      ],
      { cwd: work },
    );
    expect(t.exitCode).toBe(0);
    expect((await readdir(join(work, 'd'))).sort()).toEqual([
      'employment.yaml',
      'household-registration.yaml',
      'poverty-alleviation.yaml',
    ]);
    const bad = await runInProcess(
      ['import', 'in/mixed.xlsx', '--out', 'e', '--domain', '没有这个表=就业'],
      { cwd: work },
    );
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('没有这个表');
    await expect(readdir(join(work, 'e'))).rejects.toThrow();
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`refuses .xls, encrypted, corrupt and header-less files with exit 2 (${lang})`, async () => {
      const files = ['in/legacy.xls', 'in/encrypted.xlsx', 'in/corrupt.xlsx', 'in/no-header.xlsx'];
      const t = await runInProcess(['import', ...files, '--out', 'c', '--lang', lang], {
        cwd: work,
        lang,
      });
      expect(t.exitCode).toBe(2);
      await expectGolden(formatTranscript(t), join(GOLDEN, `refused.${lang}.txt`));
      await expect(readdir(join(work, 'c'))).rejects.toThrow();
    });
  }

  it('refuses an --out that is a file, with exit 2', async () => {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(work, 'taken'), 'x');
    const t = await runInProcess(['import', 'in/two-level.xlsx', '--out', 'taken'], { cwd: work });
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain('--out 应为文件夹，但 taken 是一个文件。');
  });

  it('reports as JSON with sheet and cell', async () => {
    const t = await runInProcess(['import', 'in/mixed.xlsx', '--out', 'c', '--format', 'json'], {
      cwd: work,
    });
    const parsed = JSON.parse(t.stdout) as {
      diagnostics: { code: string; sheet: string; cell: string }[];
    };
    expect(parsed.diagnostics.find((d) => d.code === 'excel-column-unknown')).toMatchObject({
      sheet: '（一）户籍管理',
      cell: 'O3',
    });
  });

  it('the transcript harness fails when the output differs', async () => {
    const t = await runInProcess(['import', 'in/legacy.xls', '--out', 'c'], { cwd: work });
    await expect(
      expectGolden(formatTranscript({ ...t, exitCode: 0 }), join(GOLDEN, 'refused.zh.txt'), {
        update: false,
      }),
    ).rejects.toThrow();
  });
});
