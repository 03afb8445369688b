/**
 * `gkml import --into`: one sheet reconciled with what the region inherits, as the region's new
 * catalog file. A value the row states that equals the inherited one is not written; a different
 * one becomes an override; a row matching nothing becomes a local item; an item the region had
 * that no row holds becomes an omission whose reason asks to confirm it; the sheet's row order is
 * kept with the fewest placements. Cells left blank say nothing. The result is merged again and
 * compared with the sheet, so that what is written is known to give back the sheet.
 */
import { isDeepStrictEqual } from 'node:util';
import { diagnostic, type Diagnostic } from '../../core/diagnostics/index.js';
import { toItem } from '../../core/merge/index.js';
import { levelsFitRegion } from '../../core/merge/levels.js';
import { LEVEL_LABELS } from '../../core/vocabulary/levels.js';
import type { EffectiveCatalog, Origin } from '../../core/model/effective.js';
import type { Item } from '../../core/model/item.js';
import type { RawCatalog, RawItem } from '../../core/model/raw.js';
import { address } from '../grid.js';
import type { SheetField } from '../types.js';
import { setLocalField, setOverrideField } from './entry.js';
import { SHEET_FIELDS, sameAs, shown, states } from './fields.js';
import { matchRows, type Candidate } from './match.js';
import { keptInOrder } from './order.js';
import { placeInOrder, simulate } from './simulate.js';
import type { IntoInput } from './input.js';
import type { SheetReport } from './report.js';
import { reconcileTitle } from './title.js';

export interface IntoResult {
  catalog: RawCatalog;
  report: SheetReport;
  diagnostics: Diagnostic[];
  /** Parallel to the sheet's rows: the item of the region each row matched (none for a new row). */
  matched: (Item | undefined)[];
}

const nameOf = (item: { l1?: string; l2?: string; l3?: string }): string =>
  [item.l1, item.l2, item.l3].filter((name) => name !== undefined).join(' / ');

export function reconcile(input: IntoInput): IntoResult {
  const { sheet } = input;
  const before: RawCatalog = input.overlay?.catalog ?? { domain: sheet.domain, items: [] };
  const entries: RawItem[] = structuredClone(before.items);
  const current = simulate(input, before).catalog;
  const code = input.region.layer.code;
  const own = (origin: Origin) => origin.layer.kind === 'region' && origin.layer.code === code;
  const candidates = candidatesOf(input, current, own);
  const inherited = new Map(input.inherited.items.map((e) => [e.item.id, e.item] as const));
  const used = new Set([
    ...candidates.map((c) => c.item.id),
    ...input.inherited.omitted.map((o) => o.id),
  ]);
  const report: SheetReport = {
    file: input.workbook,
    sheet: sheet.sheet,
    domain: sheet.domain,
    target: input.target,
    ...{ added: [], removed: [], changed: [], moved: [], written: false },
  };
  const diagnostics: Diagnostic[] = [];
  const rows = sheet.catalog.items;
  const matches = matchRows(rows, candidates);
  const entryOf = (id: string): RawItem => {
    const found = entries.find((entry) => entry.id === id && entry.omit === undefined);
    if (found) return found;
    const made: RawItem = { id };
    entries.push(made);
    return made;
  };
  const cellOf = (index: number, field: SheetField = 'l1'): string | undefined => {
    const row = sheet.positions.rows[index];
    const col = sheet.positions.columns[field] ?? sheet.positions.columns.l1 ?? 1;
    return row === undefined ? undefined : `${sheet.sheet}!${address(row, col)}`;
  };
  const wanted: string[] = [];

  rows.forEach((row, index) => {
    const match = matches[index];
    const at = { item: nameOf(row), row: sheet.positions.rows[index], cell: cellOf(index) };
    if (match === undefined) {
      let id = row.id;
      for (let n = 2; used.has(id); n++) id = `${row.id}-${n}`;
      used.add(id);
      // Keys as files write a local item: id, local, then the row's fields (its id replaced).
      const entry: RawItem = Object.assign({ id, local: true }, row);
      entry.id = id;
      entries.push(entry);
      report.added.push({ id, ...at, restored: false });
      wanted.push(id);
      return;
    }
    const id = match.item.id;
    wanted.push(id);
    if (match.kind === 'omitted') {
      const at0 = entries.findIndex((entry) => entry.id === id && entry.omit !== undefined);
      if (at0 >= 0) entries.splice(at0, 1);
    }
    if (match.kind !== 'listed')
      report.added.push({ id, ...at, restored: match.kind === 'omitted' });
    const base = inherited.get(id);
    const now = match.kind === 'omitted' ? (base ?? match.item) : match.item;
    const values = { row, sheet: toItem(row), current: now };
    const fields = SHEET_FIELDS.filter((f) => states(row, f) && !sameAs(values.sheet, row, now, f));
    if (fields.length === 0 && match.kind !== 'below') return;
    const entry = entryOf(id);
    for (const field of fields) {
      if (match.kind === 'listed' && match.local) setLocalField(entry, field, values);
      else if (base) setOverrideField(entry, field, values, base);
      if (match.kind !== 'listed') continue;
      const change = { old: shown(now, field), new: shown(values.sheet, field) };
      report.changed.push({ id, ...at, cell: cellOf(index, field), field, ...change });
    }
  });

  for (const { item } of current.items) {
    if (wanted.includes(item.id)) continue;
    const found = candidates.find((c) => c.item.id === item.id);
    const local = found?.kind === 'listed' && found.local;
    const at = entries.findIndex((entry) => entry.id === item.id);
    if (local) {
      if (at >= 0) entries.splice(at, 1);
    } else {
      const omission = { id: item.id, omit: omitReason(sheet.sheet, input.workbook) };
      if (at >= 0) entries.splice(at, 1, omission);
      else entries.push(omission);
      const args = { id: item.id, item: nameOf(item), file: input.target };
      diagnostics.push(
        diagnostic('excel-into-omitted', args, {
          file: input.workbook,
          sheet: sheet.sheet,
          cell: 'A1',
        }),
      );
    }
    report.removed.push({ id: item.id, item: nameOf(item), omitted: !local });
  }

  const after: RawCatalog = { ...before, items: entries };
  if (sheet.catalog.notes !== undefined && sheet.catalog.notes !== current.notes)
    after.notes = sheet.catalog.notes;
  const title = reconcileTitle(input, current, input.ancestors ?? []);
  if (title.title !== undefined) after.title = title.title;
  if (title.change) report.title = title.change;
  diagnostics.push(...title.diagnostics);
  const fresh = new Set(report.added.map((row) => row.id));
  const result = placeInOrder(input, after, wanted, fresh);
  const misplaced = outOfLevel(input, cellOf);
  // A row the region cannot list is the sheet's fault, said at its cell, not a failed check.
  const checked = misplaced.length > 0 ? misplaced : verify(input, result.catalog, wanted);
  diagnostics.push(...result.diagnostics, ...checked);
  const stay = current.items.map((e) => e.item.id).filter((id) => wanted.includes(id));
  const kept = keptInOrder(
    stay,
    wanted.filter((id) => stay.includes(id)),
  );
  rows.forEach((row, index) => {
    const id = wanted[index];
    if (id !== undefined && stay.includes(id) && !kept.has(id))
      report.moved.push({
        id,
        item: nameOf(row),
        row: sheet.positions.rows[index],
        cell: cellOf(index),
      });
  });
  report.written = !isDeepStrictEqual(before, after);
  const matched = matches.map((match) => (match?.kind === 'omitted' ? undefined : match?.item));
  return { catalog: after, report, diagnostics, matched };
}

/** The items a row may be: the region's table, what it inherits for the levels below, its omissions. */
function candidatesOf(
  input: IntoInput,
  current: EffectiveCatalog,
  own: (origin: Origin) => boolean,
): Candidate[] {
  const listed = new Set(current.items.map((e) => e.item.id));
  const state = simulate(
    input,
    input.overlay?.catalog ?? { domain: input.sheet.domain, items: [] },
  ).state;
  const candidates: Candidate[] = state.items.map((e) =>
    listed.has(e.item.id)
      ? { kind: 'listed', item: e.item, local: e.local && own(e.provenance.introduced) }
      : { kind: 'below', item: e.item },
  );
  for (const omission of state.omitted) {
    if (own(omission.origin)) candidates.push({ kind: 'omitted', item: omission.item });
  }
  return candidates;
}

function omitReason(sheet: string, workbook: string): string {
  return `导入的工作表「${sheet}」（${workbook}）中没有此行，待确认（gkml import --into）`;
}

/** Rows whose stated 公开层级 the region's table cannot hold (core/merge/levels.ts). */
function outOfLevel(
  input: IntoInput,
  cellOf: (index: number, field: SheetField) => string | undefined,
): Diagnostic[] {
  const level = input.region.level;
  const out: Diagnostic[] = [];
  input.sheet.catalog.items.forEach((row, index) => {
    const levels = toItem(row).levels;
    if (levels.length === 0 || levelsFitRegion(levels, level)) return;
    const args = {
      item: nameOf(row),
      levels: levels.map((l) => LEVEL_LABELS[l]),
      regionLevel: LEVEL_LABELS[level],
    };
    const at = { file: input.workbook, sheet: input.sheet.sheet };
    const cell = cellOf(index, 'levels')?.slice(input.sheet.sheet.length + 1);
    out.push(diagnostic('excel-into-level', args, cell === undefined ? at : { ...at, cell }));
  });
  return out;
}

/** The merged result must list the sheet's rows, in order, saying what each row says. */
export function verify(
  input: IntoInput,
  catalog: RawCatalog,
  wanted: readonly string[],
): Diagnostic[] {
  const got = simulate(input, catalog);
  const out: Diagnostic[] = got.diagnostics.filter((d) => d.severity === 'error');
  const at = { file: input.workbook, sheet: input.sheet.sheet, cell: 'A1' };
  const ids = got.catalog.items.map((e) => e.item.id);
  if (!isDeepStrictEqual(ids, wanted)) {
    const args = { id: '*', field: '顺序', wanted: wanted.join(' '), got: ids.join(' ') };
    return [...out, diagnostic('excel-into-mismatch', args, at)];
  }
  input.sheet.catalog.items.forEach((row, index) => {
    const item = got.catalog.items[index]?.item;
    if (item === undefined) return;
    const sheetItem = toItem(row);
    for (const field of SHEET_FIELDS) {
      if (!states(row, field) || sameAs(sheetItem, row, item, field)) continue;
      const args = { id: item.id, field, wanted: shown(sheetItem, field), got: shown(item, field) };
      out.push(diagnostic('excel-into-mismatch', args, at));
    }
  });
  return out;
}
