/**
 * One region's catalogs as an .xlsx workbook in the official layout: a 说明 sheet, a 汇总 sheet and
 * one sheet per domain. Pure: model in, bytes out; the same input gives the same bytes (fixed
 * document dates, fixed zip timestamps). The sheets are built as data (sheet.ts) and written as
 * OOXML parts directly (ooxml/): a general spreadsheet library spent most of a compile building
 * its cell objects for a layout that needs a handful of fixed styles.
 */
import type { EffectiveItem, RegionModel, RegionRef } from '../../core/model/effective.js';
import type { Item } from '../../core/model/item.js';
import { sheetName, tableTitle } from '../names.js';
import { readmeSheet, summarySheet, type SummaryCoverage } from './info-sheets.js';
import { planTable, type ChannelStyle } from './table-plan.js';
import { tableSheet } from './table-sheet.js';
import type { Sheet } from './sheet.js';
import { STYLES, type StyleName } from './styles.js';
import { Stylesheet } from './ooxml/stylesheet.js';
import { writeWorkbook } from './write-workbook.js';

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

/** The same for every region's workbook: built once. */
const STYLESHEET = new Stylesheet(STYLES);

/** Async as it always was, though the work is synchronous now: callers await it. */
// eslint-disable-next-line @typescript-eslint/require-await -- keeps the public signature
export async function renderWorkbook(input: WorkbookInput, options: XlsxOptions): Promise<Buffer> {
  const { region } = input;
  const names = region.catalogs.map((catalog, index) => sheetName(index + 1, catalog.domain));
  const sheets: Sheet<StyleName>[] = [
    readmeSheet({ ...input, date: options.date }),
    summarySheet({
      region,
      sheetNames: names,
      example: input.example,
      ...(options.coverage ? { coverage: options.coverage } : {}),
    }),
    ...region.catalogs.map((catalog, index) => {
      const plan = planTable({
        title: tableTitle(catalog, input.ancestors),
        items: catalog.items.map(printedItem),
        ...(catalog.notes !== undefined ? { notes: catalog.notes } : {}),
        regionLevel: region.ref.level,
        channels: options.channels ?? 'checklist',
      });
      return tableSheet(names[index] ?? String(index + 1), plan, { example: input.example });
    }),
  ];
  return writeWorkbook(sheets, STYLESHEET, {
    title: `${region.ref.name}基层政务公开标准目录`,
    date: options.date,
  });
}
