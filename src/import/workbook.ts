/**
 * A workbook into catalogs, one per table sheet. Sheets without a catalog header are skipped (the
 * 说明 and 汇总 sheets of a gkml export silently); a workbook with no table at all is an error the
 * import cannot go past. Two sheets for one domain: the first is kept.
 */
import { diagnostic, type Diagnostic } from '../core/diagnostics/index.js';
import { importSheet } from './sheet.js';
import type { ImportOptions, ImportResult, ImportedCatalog, WorkbookData } from './types.js';

/** Sheets a gkml export adds in front of the tables. */
const EXPORT_SHEETS = new Set(['说明', '汇总']);

export function importWorkbook(workbook: WorkbookData, options: ImportOptions): ImportResult {
  const catalogs: ImportedCatalog[] = [];
  const diagnostics: Diagnostic[] = [];
  let tables = 0;
  for (const sheet of workbook.sheets) {
    const at = { file: options.file, sheet: sheet.name, cell: 'A1' };
    const outcome = importSheet(sheet, options);
    if (outcome.kind === 'no-header') {
      if (!EXPORT_SHEETS.has(sheet.name)) {
        diagnostics.push(diagnostic('excel-sheet-skipped', { sheet: sheet.name }, at));
      }
      continue;
    }
    tables++;
    diagnostics.push(...outcome.diagnostics);
    if (outcome.kind === 'no-domain') continue;
    for (const table of outcome.tables) {
      const first = catalogs.find((c) => c.domain === table.domain.id);
      if (first) {
        const args = { domain: table.domain.zh, first: first.sheet };
        diagnostics.push(diagnostic('excel-domain-duplicate', args, at));
        continue;
      }
      catalogs.push({
        domain: table.domain.id,
        sheet: sheet.name,
        catalog: table.catalog,
        positions: table.positions,
      });
    }
  }
  if (tables === 0) {
    const first = workbook.sheets[0]?.name ?? '';
    // Every sheet was skipped: one error says it all.
    diagnostics.splice(0, diagnostics.length);
    diagnostics.push(
      diagnostic(
        'excel-no-table',
        { sheets: workbook.sheets.map((s) => s.name) },
        { file: options.file, sheet: first, cell: 'A1' },
      ),
    );
  }
  return { catalogs, diagnostics };
}
