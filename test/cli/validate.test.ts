/**
 * `gkml validate` transcripts: every diagnostic code triggered by a fixture, in both languages, in
 * every format, with the exit-code contract. Goldens live in test/golden/validate.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES, type DiagnosticCode } from '../../src/core/diagnostics/index.js';
import { exampleTarget } from '../../src/cli/code-docs.js';
import { expectGolden } from '../helpers/golden.js';
import { formatTranscript, REPO_ROOT, runInProcess } from '../helpers/cli.js';

const FIXTURES = join(REPO_ROOT, 'test/fixtures');
const GOLDEN = join(REPO_ROOT, 'test/golden/validate');

function codesIn(stdout: string): string[] {
  const parsed = JSON.parse(stdout) as { diagnostics: { code: string }[] };
  return parsed.diagnostics.map((d) => d.code);
}

/** Hostile inputs: each file and the code it must produce (undefined: it must be clean). */
const HOSTILE: Record<string, { code?: DiagnosticCode; args?: string[] }> = {
  'utf8-bom.yaml': {},
  'gb18030.yaml': { code: 'encoding-gb18030' },
  'utf16.yaml': { code: 'encoding-utf16' },
  'binary.yaml': { code: 'file-binary' },
  'undecodable.yaml': { code: 'file-undecodable' },
  'empty.yaml': { code: 'file-empty' },
  'comments-only.yaml': { code: 'file-empty' },
  'alias-bomb.yaml': { code: 'yaml-alias-limit' },
  'anchors-ok.yaml': {},
  'duplicate-key.yaml': { code: 'yaml-duplicate-key' },
  'tabs.yaml': { code: 'yaml-tab' },
  'syntax.yaml': { code: 'yaml-syntax' },
  'multi-doc.yaml': { code: 'yaml-multiple-documents' },
  'not-a-mapping.yaml': { code: 'schema-type' },
  'unknown-alias.yaml': { code: 'yaml-syntax' },
  'custom-tag.yaml': { code: 'yaml-syntax' },
  'big.yaml': { code: 'file-too-large', args: ['--max-size', '1000'] },
};

/** Codes proven elsewhere, with where. */
const COVERED_ELSEWHERE: Partial<Record<DiagnosticCode, string>> = {
  'file-unreadable': 'test/io/load-yaml.test.ts (a folder given as a file)',
  'schema-invalid': 'test/core/schema-errors.test.ts (a keyword our schemas do not use yet)',
  'bundle-item-unknown': 'test/core/bundles.test.ts (needs the merged catalogs)',
  'bundle-item-omitted': 'test/core/bundles.test.ts (needs the merged catalogs)',
  'diff-missing': 'test/core/diff-coverage.test.ts (an item neither present nor omitted)',
  'diff-domain-missing': 'test/core/diff-coverage.test.ts (a township with no 就业 catalog)',
  'diff-omitted': 'test/core/diff-coverage.test.ts (the county omits B with a reason)',
  'diff-local': 'test/core/diff-coverage.test.ts (local items of the city and county)',
  'diff-extended': 'test/core/diff-coverage.test.ts (a city extends a national item to 市级)',
  'diff-method-weakened': 'test/core/diff-coverage.test.ts (the county makes A 依申请)',
  'diff-audience-weakened': 'test/core/diff-weaken.test.ts (全社会 → 特定群体)',
  'diff-time-limit-longer': 'test/core/diff-weaken.test.ts (30 against 20 工作日)',
  'diff-time-limit-incomparable': 'test/core/diff-weaken.test.ts (日 against 工作日)',
  'diff-channel-dropped': 'test/core/diff-weaken.test.ts (a required channel replaced)',
  'diff-element-dropped': 'test/core/diff-weaken.test.ts (a ● element dropped)',
  'diff-levels-dropped': 'test/core/diff-weaken.test.ts (村级 dropped by a township)',
  'diff-no-column': 'test/core/diff-weaken.test.ts (a 主动 item without column or url)',
  'diff-item-added': 'test/core/diff-version.test.ts (a township adds a local item)',
  'diff-item-removed': 'test/core/diff-version.test.ts (the county deletes its local item)',
  'diff-item-changed': 'test/core/diff-version.test.ts (a time limit and a subject change)',
  'diff-item-omitted': 'test/core/diff-version.test.ts (the county omits A)',
  'diff-item-restored': 'test/core/diff-version.test.ts (the county stops omitting B)',
  'diff-region-added': 'test/core/diff-version.test.ts (a new township)',
  'diff-region-removed': 'test/core/diff-version.test.ts (a township removed)',
  'excel-unreadable': 'test/cli/import.test.ts (corrupt.xlsx)',
  'excel-encrypted': 'test/cli/import.test.ts (encrypted.xlsx)',
  'excel-legacy-xls': 'test/cli/import.test.ts (legacy.xls)',
  'excel-too-large': 'test/hardening/workbook-limits.test.ts (a zip bomb built in code)',
  'yaml-errors-more': 'test/hardening/bounded-diagnostics.test.ts (100 KB of [)',
  'excel-no-table': 'test/import/sheets.test.ts; test/cli/import.test.ts (no-header.xlsx)',
  'excel-sheet-skipped': 'test/import/import.test.ts (mixed.xlsx, its cover sheet)',
  'excel-domain-unknown': 'test/import/sheets.test.ts',
  'excel-domain-mismatch': 'test/import/sheets.test.ts',
  'excel-domain-duplicate': 'test/import/sheets.test.ts',
  'excel-column-unknown': 'test/import/import.test.ts (mixed.xlsx, 咨询电话)',
  'excel-column-missing': 'test/import/import.test.ts (mixed.xlsx, no 公开层级)',
  'excel-cell-unreadable': 'test/import/sheets.test.ts',
  'excel-marks-missing': 'test/import/import.test.ts (mixed.xlsx, 扶贫)',
  'excel-marks-conflict': 'test/import/import.test.ts (mixed.xlsx, 扶贫)',
  'excel-row-unnamed': 'test/import/sheets.test.ts',
  'excel-id-invalid': 'test/import/sheets.test.ts',
  'excel-channel-local': 'test/import/import.test.ts (glyphs.xlsx, 村村响大喇叭)',
  'excel-name-blank': 'test/import/sheets.test.ts',
  'excel-domain-synonym': 'test/import/layout.test.ts',
  'excel-domains-split': 'test/import/layout.test.ts',
  'excel-domain-rows': 'test/import/layout.test.ts',
  'excel-into-omitted': 'test/import/into.test.ts',
  'excel-into-mismatch': 'test/import/into.test.ts',
  'excel-into-title': 'test/import/into.test.ts',
  'excel-into-level': 'test/import/into.test.ts',
  'excel-convert-unavailable': 'test/cli/import-into.test.ts (.ods without soffice)',
  'excel-converted': 'test/cli/import-into.test.ts (.ods, when soffice is installed)',
  // Merge codes need a repository (gkml.yaml, region folders): test/fixtures/merge/<code>/.
  'repository-not-found': 'test/pipeline/load-repository.test.ts',
  'repository-national-missing': 'test/pipeline/load-repository.test.ts',
  'repository-outside': 'test/pipeline/load-repository.test.ts',
  'repository-cycle': 'test/pipeline/load-repository.test.ts',
  'repository-stray-catalog': 'test/pipeline/load-repository.test.ts',
  'repository-duplicate-region': 'test/pipeline/load-repository.test.ts',
  'repository-parent-missing': 'test/pipeline/load-repository.test.ts',
  'merge-unknown-id': 'test/pipeline/load-repository.test.ts',
  'merge-entry-not-inherited': 'test/pipeline/load-repository.test.ts',
  'merge-deprecated-id': 'test/pipeline/load-repository.test.ts',
  'merge-local-exists': 'test/pipeline/load-repository.test.ts',
  'merge-remove-unmatched': 'test/pipeline/load-repository.test.ts',
  'merge-level-excluded': 'test/pipeline/load-repository.test.ts',
  'merge-subject-generic': 'test/pipeline/load-repository.test.ts',
  'merge-place-unmatched': 'test/core/merge/placement.test.ts',
  // gkml.yaml `site` names files; gkml site and compile check them (not validate).
  'site-file-missing': 'test/cli/site-frame.test.ts (missing.png)',
  'site-template-unknown': 'test/cli/site-frame.test.ts (portal/layout.hbs)',
  'site-template-unsafe': 'test/cli/site-frame.test.ts (portal/header.hbs)',
  'site-template-invalid': 'test/cli/site-frame.test.ts (portal/footer.hbs)',
};

describe('every diagnostic code has a fixture that triggers it', () => {
  const codeDirs = readdirSync(join(FIXTURES, 'codes'));
  const hostileCodes = Object.values(HOSTILE).flatMap((h) => (h.code ? [h.code] : []));

  it('covers the whole registry', () => {
    const covered = new Set<string>([
      ...codeDirs,
      ...hostileCodes,
      ...Object.keys(COVERED_ELSEWHERE),
    ]);
    const missing = Object.keys(CODES).filter((code) => !covered.has(code));
    expect(missing).toEqual([]);
  });

  for (const code of codeDirs) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${code} (${lang})`, async () => {
        const args = [
          'validate',
          exampleTarget(FIXTURES, code),
          '--format',
          'json',
          '--lang',
          lang,
        ];
        const t = await runInProcess(args, { cwd: FIXTURES, lang });
        expect(codesIn(t.stdout)).toContain(code);
        expect(t.exitCode).toBe(CODES[code as DiagnosticCode].severity === 'error' ? 1 : 0);
        await expectGolden(formatTranscript(t), join(GOLDEN, 'codes', `${code}.${lang}.txt`));
      });
    }
  }
});

describe('hostile inputs become located diagnostics, never exceptions', () => {
  for (const [file, expected] of Object.entries(HOSTILE)) {
    it(file, async () => {
      const args = ['validate', `hostile/${file}`, ...(expected.args ?? [])];
      const json = await runInProcess([...args, '--format', 'json'], { cwd: FIXTURES });
      expect(json.stderr).toBe('');
      const codes = codesIn(json.stdout);
      if (expected.code) expect(codes).toContain(expected.code);
      else expect(codes).toEqual([]);
      const stylish = await runInProcess(args, { cwd: FIXTURES });
      await expectGolden(formatTranscript(stylish), join(GOLDEN, 'hostile', `${file}.txt`));
    });
  }
});

describe('formats', () => {
  const formats = ['stylish', 'json', 'sarif', 'junit', 'github'] as const;
  for (const format of formats) {
    it(format, async () => {
      const args = [
        'validate',
        'codes/schema-type',
        'codes/item-field-missing',
        'hostile/anchors-ok.yaml',
        '--format',
        format,
      ];
      const t = await runInProcess(args, { cwd: FIXTURES });
      await expectGolden(formatTranscript(t), join(GOLDEN, 'formats', `${format}.txt`));
    });
  }

  it('stylish in colour when asked', async () => {
    const t = await runInProcess(['validate', 'codes/schema-type'], {
      cwd: FIXTURES,
      colour: true,
    });
    expect(t.stdout).toContain('\u001b[31m');
  });
});

describe('exit codes', () => {
  const cases: [string, string[], number][] = [
    ['a clean file exits 0', ['validate', 'hostile/utf8-bom.yaml'], 0],
    ['errors exit 1', ['validate', 'codes/schema-type'], 1],
    ['warnings only exit 0 by default', ['validate', 'codes/item-field-missing'], 0],
    [
      'warnings exit 1 with --fail-on warning',
      ['validate', 'codes/item-field-missing', '--fail-on', 'warning'],
      1,
    ],
    ['a missing path exits 2', ['validate', 'no/such/place'], 2],
    ['an unknown format exits 2', ['validate', 'codes', '--format', 'xml'], 2],
    ['a folder without YAML exits 2', ['validate', '../helpers'], 2],
    ['globs select files', ['validate', 'hostile/anchors-*.yaml'], 0],
  ];
  for (const [name, args, code] of cases) {
    it(name, async () => {
      const t = await runInProcess(args, { cwd: FIXTURES });
      expect(t.exitCode).toBe(code);
      if (code === 2) expect(t.stderr).not.toBe('');
    });
  }

  it('reports a usage error in the chosen language', async () => {
    const zh = await runInProcess(['validate', 'no/such/place'], { cwd: FIXTURES });
    expect(zh.stderr).toContain('找不到路径');
    const en = await runInProcess(['validate', 'no/such/place', '--lang', 'en'], {
      cwd: FIXTURES,
      lang: 'en',
    });
    expect(en.stderr).toContain('No such path');
  });
});

describe('the golden harness', () => {
  it('fails when the expectation is wrong', async () => {
    const t = await runInProcess(['validate', 'codes/schema-type', '--format', 'json'], {
      cwd: FIXTURES,
    });
    const wrong = formatTranscript({ ...t, exitCode: t.exitCode + 1 });
    // Never in update mode: that would write the wrong expectation.
    await expect(
      expectGolden(wrong, join(GOLDEN, 'formats', 'json.txt'), { update: false }),
    ).rejects.toThrow();
  });
});
