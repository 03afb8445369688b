import { join } from 'node:path';
import { describe, it } from 'vitest';
import { describe as describeDiagnostic } from '../../src/core/diagnostics/index.js';
import type { ImportResult } from '../../src/import/types.js';
import { importWorkbook } from '../../src/import/workbook.js';
import { catalogYaml } from '../../src/import/yaml.js';
import { readWorkbookFile } from '../../src/io/read-workbook.js';
import { expectGolden } from '../helpers/golden.js';
import { REPO_ROOT } from '../helpers/cli.js';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/excel');
const GOLDEN = join(REPO_ROOT, 'test/golden/import');

async function importFixture(name: string, domain?: string): Promise<ImportResult> {
  const read = await readWorkbookFile(join(FIXTURES, name));
  if (!read.ok) throw new Error(`${name}: ${read.reason}`);
  return importWorkbook(read.workbook, {
    file: name,
    ...(domain ? { domain: domain as never } : {}),
  });
}

/** Diagnostics, then every catalog's YAML: what a reviewer checks against the workbook. */
function transcript(result: ImportResult, file: string): string {
  const lines = result.diagnostics.map((d) => {
    const { message } = describeDiagnostic(d, 'zh');
    return `${d.severity} ${d.sheet ?? ''}!${d.cell ?? ''} ${d.code}: ${message}`;
  });
  const yaml = result.catalogs.map((c) =>
    catalogYaml(c.catalog, {
      schemaRef: '../../schemas/catalog.schema.json',
      origin: `${file} 工作表「${c.sheet}」`,
    }),
  );
  return [...lines, '', ...yaml].join('\n');
}

describe('import: every variant of docs/data-model.md as a fixture', () => {
  const names = ['two-level', 'three-level', 'glyphs', 'mixed', 'township', 'township-split'];
  for (const name of names.map((n) => `${n}.xlsx`)) {
    it(name, async () => {
      const result = await importFixture(name);
      await expectGolden(transcript(result, name), join(GOLDEN, name.replace('.xlsx', '.txt')));
    });
  }
});
