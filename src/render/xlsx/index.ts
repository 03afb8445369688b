/**
 * One region's catalogs as an .xlsx workbook in the official layout: a 说明 sheet, a 汇总 sheet and
 * one sheet per domain. Pure: model in, bytes out; the same input gives the same bytes (fixed
 * document dates, fixed zip timestamps). Loads exceljs, so callers import this module lazily.
 */
import ExcelJS from 'exceljs';
import type { EffectiveItem, RegionModel, RegionRef } from '../../core/model/effective.js';
import type { Item } from '../../core/model/item.js';
import { sheetName, tableTitle } from '../names.js';
import { writeReadme, writeSummary, type SummaryCoverage } from './info-sheets.js';
import { planTable, type ChannelStyle } from './table-plan.js';
import { writeTableSheet } from './write-table.js';
import { withFixedZipDates } from './zip-dates.js';

export {
  README_SHEET,
  SUMMARY_SHEET,
  type DomainSummaryCoverage,
  type SummaryCoverage,
} from './info-sheets.js';
export { ID_HEADER } from './columns.js';
export type { ChannelStyle } from './table-plan.js';

export interface WorkbookInput {
  region: RegionModel;
  /** The regions above it, top-down: titles replace an inherited place name, 说明 lists them. */
  ancestors: readonly RegionRef[];
  /** The repository is an invented example: the sheets say so. */
  example: boolean;
}

export interface XlsxOptions {
  /** The date of the data (YYYY-MM-DD): printed in 说明 and used as the document's dates. */
  date: string;
  /** 公开渠道和载体 as the full ■/□ checklist (default) or as a plain list of the channels used. */
  channels?: ChannelStyle;
  /** Coverage of the national guideline per domain (from gkml diff), shown in 汇总. */
  coverage?: SummaryCoverage;
}

/**
 * The item as its row prints: a note a region wrote (its own, or one that `gkml import` kept from a
 * column the table has no place for) prints in 备注, so that it comes back on import; the national
 * baseline's notes are its editors' (sources, gaps in the copies seen), not the table's.
 */
function printedItem(effective: EffectiveItem): Item {
  const origin = effective.provenance.fields.note ?? effective.provenance.introduced;
  if (effective.item.note === undefined || origin.layer.kind === 'region') return effective.item;
  const item = { ...effective.item };
  delete item.note;
  return item;
}

export async function renderWorkbook(input: WorkbookInput, options: XlsxOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const stamp = new Date(`${options.date}T00:00:00Z`);
  if (Number.isNaN(stamp.getTime())) throw new Error(`not a YYYY-MM-DD date: ${options.date}`);
  workbook.creator = 'gkml';
  workbook.lastModifiedBy = 'gkml';
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.title = `${input.region.ref.name}基层政务公开标准目录`;

  const { region } = input;
  const names = region.catalogs.map((catalog, index) => sheetName(index + 1, catalog.domain));
  writeReadme(workbook, { ...input, date: options.date });
  writeSummary(workbook, {
    region,
    sheetNames: names,
    example: input.example,
    ...(options.coverage ? { coverage: options.coverage } : {}),
  });
  region.catalogs.forEach((catalog, index) => {
    const plan = planTable({
      title: tableTitle(catalog, input.ancestors),
      items: catalog.items.map(printedItem),
      ...(catalog.notes !== undefined ? { notes: catalog.notes } : {}),
      regionLevel: region.ref.level,
      channels: options.channels ?? 'checklist',
    });
    writeTableSheet(workbook, names[index] ?? String(index + 1), plan, { example: input.example });
  });
  // Deflate level 1 instead of JSZip's default 6: writing workbooks was about half of a province's
  // compile, and the pure-JS deflate a quarter of that; level 1 (measured on 26-sheet workbooks)
  // writes them ~25% faster for files ~12% larger. pako is pure JS, so the bytes stay the same on
  // every machine.
  const written = await workbook.xlsx.writeBuffer({ zip: { compressionOptions: { level: 1 } } });
  return withFixedZipDates(Buffer.from(written), options.date);
}
