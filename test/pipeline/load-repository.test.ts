/**
 * loadRepository on small repositories: each merge / repository diagnostic code triggered by a
 * fixture in test/fixtures/merge/<code>/, rendered in both languages into a golden file.
 */
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  describe as describeDiagnostic,
  type Diagnostic,
} from '../../src/core/diagnostics/index.js';
import { loadRepository } from '../../src/pipeline/load-repository.js';
import { expectGolden } from '../helpers/golden.js';
import { REPO_ROOT, TEST_TODAY } from '../helpers/cli.js';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/merge');
const GOLDEN = join(REPO_ROOT, 'test/golden/merge/codes');

function render(diagnostics: readonly Diagnostic[]): string {
  const lines: string[] = [];
  for (const lang of ['zh', 'en'] as const) {
    lines.push(`--- ${lang}`);
    for (const d of diagnostics) {
      const at = d.span ? `:${d.span.start.line}:${d.span.start.column}` : '';
      const text = describeDiagnostic(d, lang);
      lines.push(`${d.file ?? ''}${at} ${d.severity} ${d.code}`, `  ${text.message}`);
      if (text.hint !== undefined) lines.push(`  ${text.hint}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

async function load(folder: string, cwd = FIXTURES) {
  return loadRepository(folder, { cwd, today: TEST_TODAY });
}

const CASES = [
  'merge-unknown-id',
  'merge-entry-not-inherited',
  'merge-deprecated-id',
  'merge-local-exists',
  'merge-remove-unmatched',
  'merge-level-excluded',
  'merge-subject-generic',
  'repository-duplicate-region',
  'repository-parent-missing',
  'repository-stray-catalog',
  'repository-national-missing',
  'repository-outside',
] as const;

describe('each merge diagnostic, from a fixture', () => {
  for (const code of CASES) {
    it(code, async () => {
      const result = await load(code);
      expect(result.diagnostics.map((d) => d.code)).toContain(code);
      await expectGolden(render(result.diagnostics), join(GOLDEN, `${code}.txt`));
    });
  }

  it('a deprecated national id is kept in the baseline but not handed down', async () => {
    const result = await load('merge-deprecated-id');
    const employment = result.model?.regions[0]?.catalogs.find((c) => c.domain === 'employment');
    expect(employment?.items.map((entry) => entry.item.id)).toEqual([
      'info.consulting',
      'info.registration',
    ]);
    expect(result.model?.national[0]?.deprecated?.map((d) => d.id)).toEqual([
      'info.consulting-registration',
      'info.old-fairs',
    ]);
    expect(result.diagnostics.map((d) => d.code)).not.toContain('merge-unknown-id');
  });

  it('the harness fails when an expected code is absent', async () => {
    const result = await load('merge-subject-generic');
    expect(result.diagnostics.map((d) => d.code)).not.toContain('merge-unknown-id');
  });
});

describe('repositories found on disk', () => {
  const temps: string[] = [];
  afterAll(async () => {
    for (const temp of temps) await rm(temp, { recursive: true, force: true });
  });
  const temp = async () => {
    const made = await mkdtemp(join(tmpdir(), 'gkml-repo-'));
    temps.push(made);
    return made;
  };

  it('a folder outside any repository: repository-not-found, no model', async () => {
    const folder = await temp();
    const result = await load(folder, folder);
    expect(result.model).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['repository-not-found']);
  });

  it('a linked folder that leads back up: repository-cycle, not followed', async () => {
    const root = await temp();
    await writeFile(join(root, 'gkml.yaml'), 'example: true\n');
    await mkdir(join(root, 'hexi'));
    await writeFile(join(root, 'hexi/region.yaml'), 'code: "431402"\nname: 河西区\nlevel: 县级\n');
    await symlink(root, join(root, 'hexi/loop'));
    const result = await load(root, root);
    expect(result.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['repository-cycle', 'hexi/loop'],
    ]);
    expect(result.model?.regions.map((r) => r.ref.code)).toEqual(['431402']);
  });

  it('a linked folder that leads outside: repository-outside', async () => {
    const root = await temp();
    const elsewhere = await temp();
    await writeFile(join(root, 'gkml.yaml'), 'example: true\n');
    await symlink(elsewhere, join(root, 'linked'));
    const result = await load(root, root);
    expect(result.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['repository-outside', 'linked'],
    ]);
  });
});
