/**
 * The reading half of `gkml import`: every workbook's table sheets as catalogs, with the cells it
 * could not map reported; a second sheet of one domain is reported and left out.
 */
import { resolve } from 'node:path';
import { diagnostic, type Diagnostic } from '../../../core/diagnostics/index.js';
import { resolveDomain, type DomainId } from '../../../core/vocabulary/domains.js';
import type { ImportedCatalog, KnownItem } from '../../../import/types.js';
import { importWorkbook } from '../../../import/workbook.js';
import { bundledBaselinesFolder, loadBaselines } from '../../../pipeline/baselines.js';
import { displayPath } from '../../../io/collect.js';
import { convertToXlsx, findSoffice, formatToConvert } from '../../../io/convert-office.js';
import { readWorkbookFile, type WorkbookRead } from '../../../io/read-workbook.js';
import type { CliIo } from '../../io.js';
import { workbookProblem } from './workbook-problem.js';
import { checkAssignedSheets } from '../../import-domains.js';

export type SheetCatalog = ImportedCatalog & { file: string };

/**
 * The workbook's data: an .xlsx read directly; .xls, .et and .ods (or bytes of an old .xls under
 * another name) converted by LibreOffice when soffice is on the PATH, which the report says.
 */
async function readAny(
  path: string,
  shown: string,
  io: CliIo,
  diagnostics: Diagnostic[],
): Promise<WorkbookRead | undefined> {
  const named = formatToConvert(path);
  const direct = named === undefined ? await readWorkbookFile(path) : undefined;
  const legacy = direct !== undefined && !direct.ok && direct.problem === 'legacy-xls';
  if (direct !== undefined && !legacy) return direct;
  const format = named ?? '.xls';
  const soffice = findSoffice(io.env.PATH);
  if (soffice === undefined) {
    // An .xls keeps its own message, whose hint names the conversion command.
    if (legacy || named === '.xls') return direct ?? (await readWorkbookFile(path));
    diagnostics.push(diagnostic('excel-convert-unavailable', { format }, { file: shown }));
    return undefined;
  }
  const converted = await convertToXlsx(soffice, path);
  if (!converted.ok) return { ok: false, problem: 'unreadable', reason: converted.reason };
  diagnostics.push(diagnostic('excel-converted', { format }, { file: shown }));
  try {
    return await readWorkbookFile(converted.path);
  } finally {
    await converted.cleanup();
  }
}

/**
 * National item names per domain, so that imported items matching them keep the national id; a
 * deprecated id is not offered (it is no longer handed down).
 */
async function nationalNames(io: CliIo): Promise<(domain: DomainId) => readonly KnownItem[]> {
  const { baselines } = await loadBaselines(bundledBaselinesFolder(), io);
  const byDomain = new Map<DomainId, KnownItem[]>(
    baselines.map((b) => [
      b.domain.id,
      b.catalog.items
        .filter((item) => item.deprecated === undefined)
        .map(({ id, l1, l2, l3 }) => ({ id, l1, l2, l3 })),
    ]),
  );
  return (domain) => byDomain.get(domain) ?? [];
}

export async function readCatalogs(
  files: readonly string[],
  domain: DomainId | undefined,
  io: CliIo,
  sheetDomains: Readonly<Record<string, DomainId>> = {},
): Promise<{ catalogs: SheetCatalog[]; diagnostics: Diagnostic[] }> {
  const sheetNames: string[] = [];
  const known = await nationalNames(io);
  const diagnostics: Diagnostic[] = [];
  const catalogs: SheetCatalog[] = [];
  for (const file of files) {
    const path = resolve(io.cwd, file);
    const shown = displayPath(path, io.cwd);
    const read = await readAny(path, shown, io, diagnostics);
    if (read === undefined) continue;
    if (!read.ok) {
      diagnostics.push(workbookProblem(read, shown));
      continue;
    }
    sheetNames.push(...read.workbook.sheets.map((sheet) => sheet.name));
    const result = importWorkbook(read.workbook, {
      file: shown,
      known,
      sheetDomains,
      ...(domain ? { domain } : {}),
    });
    diagnostics.push(...result.diagnostics);
    for (const imported of result.catalogs) {
      const first = catalogs.find((c) => c.domain === imported.domain);
      if (first) {
        const args = {
          domain: resolveDomain(imported.domain)?.zh ?? imported.domain,
          first: `${first.file} ${first.sheet}`,
        };
        diagnostics.push(
          diagnostic('excel-domain-duplicate', args, {
            file: shown,
            sheet: imported.sheet,
            cell: 'A1',
          }),
        );
        continue;
      }
      catalogs.push({ ...imported, file: shown });
    }
  }

  checkAssignedSheets(sheetDomains, sheetNames);
  return { catalogs, diagnostics };
}
