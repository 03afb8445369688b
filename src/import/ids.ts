/**
 * Ids for imported items, stable and documented (docs/import.md):
 * 1. the id in the hidden 事项编号（gkml） column of a gkml export, when it is well formed and unique;
 * 2. the id of the national item with the same 一级/二级/三级 names, when the domain has one;
 * 3. otherwise the names themselves, "一级.二级[.三级]", with characters an id may not hold
 *    removed, "-2", "-3" … added to repeats in table order, "row-<n>" when nothing is left.
 * The same sheet therefore always gives the same ids, and a re-import keeps them.
 */
import { removeSpaces } from '../core/cells/text.js';
import type { RawItem } from '../core/model/raw.js';
import type { KnownItem } from './types.js';
import type { RowItem } from './row.js';

/** The id pattern of catalog.schema.json. */
export const ID_PATTERN = /^[0-9A-Za-z\u4e00-\u9fff][0-9A-Za-z\u4e00-\u9fff._-]*$/u;

const nameKey = (l1?: string, l2?: string, l3?: string): string =>
  [l1, l2, l3].map((name) => removeSpaces((name ?? '').normalize('NFKC'))).join('\u0000');

function segment(name: string | undefined): string {
  return (name ?? '').normalize('NFKC').replace(/[^0-9A-Za-z\u4e00-\u9fff_-]/gu, '');
}

function generated(item: RowItem): string {
  const { l1, l2, l3 } = item.fields;
  const base = [l1, l2, l3]
    .map(segment)
    .filter((part) => part !== '')
    .join('.');
  return ID_PATTERN.test(base) ? base : `row-${item.row}`;
}

export interface IdProblem {
  item: RowItem;
  written: string;
  used: string;
}

/** Settles the ids of a sheet's items, in table order; problems are written ids not kept. */
export function assignIds(
  items: readonly RowItem[],
  known: readonly KnownItem[],
): { items: RawItem[]; problems: IdProblem[] } {
  const taken = new Set<string>();
  const ids = new Array<string | undefined>(items.length);
  const problems: IdProblem[] = [];
  items.forEach((item, index) => {
    const written = item.writtenId;
    if (written !== undefined && ID_PATTERN.test(written) && !taken.has(written)) {
      ids[index] = written;
      taken.add(written);
    }
  });
  const national = new Map(known.map((k) => [nameKey(k.l1, k.l2, k.l3), k.id] as const));
  items.forEach((item, index) => {
    if (ids[index] !== undefined) return;
    const match = national.get(nameKey(item.fields.l1, item.fields.l2, item.fields.l3));
    if (match !== undefined && !taken.has(match)) {
      ids[index] = match;
      taken.add(match);
    }
  });
  items.forEach((item, index) => {
    if (ids[index] !== undefined) return;
    const base = generated(item);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    ids[index] = id;
    taken.add(id);
  });
  const raw = items.map((item, index) => ({ id: ids[index] ?? `row-${item.row}`, ...item.fields }));
  items.forEach((item, index) => {
    const used = ids[index] ?? '';
    if (item.writtenId !== undefined && item.writtenId !== used) {
      problems.push({ item, written: item.writtenId, used });
    }
  });
  return { items: raw, problems };
}
