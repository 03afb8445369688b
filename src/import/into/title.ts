/**
 * The sheet's title row, reconciled with the title the export prints for the region (the region's
 * name, then the catalog's title or "<领域>领域基层政务公开标准目录"; render/names.ts `tableTitle`).
 * A title equal to it says nothing. A new one that starts with the region's name and names the
 * sheet's domain is kept as the catalog's `title`, which the export prints as written. Any other
 * (another place's name, a title over a table of many domains) cannot be printed as written, so
 * it is not imported: a warning at the title cell says so.
 */
import { diagnostic, type Diagnostic } from '../../core/diagnostics/index.js';
import type { EffectiveCatalog, RegionRef } from '../../core/model/effective.js';
import { tableTitle } from '../../render/names.js';
import { domainIn } from '../domain.js';
import type { IntoInput } from './input.js';

export interface TitleOutcome {
  /** The catalog's new `title`, when the sheet changes it. */
  title?: string;
  change?: { old: string; new: string; cell: string };
  diagnostics: Diagnostic[];
}

/** Where the title sits: the first row, merged across the table, as exports and offices write it. */
const TITLE_CELL = 'A1';

export function reconcileTitle(
  input: IntoInput,
  current: EffectiveCatalog,
  ancestors: readonly RegionRef[],
): TitleOutcome {
  const written = input.sheet.catalog.title?.trim();
  const printed = tableTitle(current, ancestors);
  if (written === undefined || written === '' || written === printed) return { diagnostics: [] };
  const cell = `${input.sheet.sheet}!${TITLE_CELL}`;
  const place = input.ref.name;
  if (written.startsWith(place) && domainIn(written)?.domain.id === input.sheet.domain) {
    return { title: written, change: { old: printed, new: written, cell }, diagnostics: [] };
  }
  const at = { file: input.workbook, sheet: input.sheet.sheet, cell: TITLE_CELL };
  const args = { title: written, region: place, printed };
  return { diagnostics: [diagnostic('excel-into-title', args, at)] };
}
