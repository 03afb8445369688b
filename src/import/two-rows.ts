/**
 * An item spanning two (or more) sheet rows (issue 19): its name cell and its 公开内容 are merged
 * over the rows, and the rows differ in a 时限, an audience, a channel. It is one item with every
 * value kept, not two items with the same content.
 */
import type { Diagnostic } from '../core/diagnostics/index.js';
import { reviewLine } from '../core/model/import-review.js';
import type { IncompleteField, RawItem, RawList } from '../core/model/raw.js';
import type { Grid } from './grid.js';
import type { Header } from './header.js';
import type { RowItem } from './row.js';

type Fields = Omit<RawItem, 'id'>;

/** Does `row` continue the item of the row above: same merged name cell, same (or no) content? */
export function continuesItem(grid: Grid, header: Header, row: number): boolean {
  const names = header.columns.filter((c) => c.role.kind === 'name');
  const deepest = [...names].reverse().find((c) => grid.value(row, c.col) !== '');
  if (!deepest) return false;
  const name = grid.cell(row, deepest.col);
  if (!name.covered || !name.merge || name.merge.top >= row) return false;
  const content = header.columns.find((c) => c.role.kind === 'elements');
  if (!content) return true;
  const here = grid.cell(row, content.col);
  const above = grid.cell(row - 1, content.col);
  return here.text === '' || (here.covered && here.merge === above.merge);
}

const JOINED = ['timeLimit', 'subject'] as const;

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  const keys = new Set(a.map((entry) => JSON.stringify(entry)));
  return [...a, ...b.filter((entry) => !keys.has(JSON.stringify(entry)))];
}

function addNote(fields: Fields, text: string): void {
  if (fields.note?.split('\n').includes(text)) return;
  fields.note = fields.note === undefined ? text : `${fields.note}\n${text}`;
}

/** The second row's values added to the first's: texts joined by a line, lists united. */
function combineFields(first: Fields, second: Fields): Fields {
  const out: Fields = { ...first };
  for (const key of JOINED) {
    const [a, b] = [first[key], second[key]];
    if (b !== undefined && a !== b) out[key] = a === undefined ? b : `${a}\n${b}`;
  }
  const list = <T>(a: RawList<T> | undefined, b: RawList<T> | undefined): RawList<T> | undefined =>
    Array.isArray(b) ? (Array.isArray(a) ? union(a, b) : b) : a;
  const elements = list(first.elements, second.elements);
  const bases = list(first.bases, second.bases);
  const channels = list(first.channels, second.channels);
  if (elements) out.elements = elements;
  if (bases) out.bases = bases;
  if (channels) out.channels = channels;
  if (second.levels) out.levels = union(first.levels ?? [], second.levels);
  // One audience and one method per item: the first row's stays, the other is kept in the note.
  if (second.audience !== undefined && first.audience === undefined) {
    out.audience = second.audience;
    if (second.audienceGroup !== undefined) out.audienceGroup = second.audienceGroup;
  } else if (second.audience !== undefined && second.audience !== first.audience) {
    const group = second.audienceGroup === undefined ? '' : `（${second.audienceGroup}）`;
    addNote(out, reviewLine(`公开对象另有：${second.audience}${group}`));
  } else if (second.audienceGroup !== undefined && second.audienceGroup !== first.audienceGroup) {
    const a = first.audienceGroup;
    out.audienceGroup = a === undefined ? second.audienceGroup : `${a}\n${second.audienceGroup}`;
  }
  if (second.method !== undefined && first.method === undefined) out.method = second.method;
  else if (second.method !== undefined && second.method !== first.method) {
    addNote(out, reviewLine(`公开方式另有：${second.method}`));
  }
  for (const line of second.note?.split('\n') ?? []) addNote(out, line);
  const missing = (first.incomplete ?? []).filter(
    (field: IncompleteField) => out[field] === undefined,
  );
  delete out.incomplete;
  if (missing.length > 0) out.incomplete = missing;
  return out;
}

const MARK_FIELDS: Readonly<Record<string, keyof Fields>> = {
  公开对象: 'audience',
  公开方式: 'method',
  公开层级: 'levels',
};

/** Combines two rows of one item, and drops the "nothing ticked" reports the other row answers. */
export function combineRows(
  first: { item: RowItem; diagnostics: Diagnostic[] },
  second: { item: RowItem; diagnostics: Diagnostic[] },
): { item: RowItem; diagnostics: Diagnostic[] } {
  const fields = combineFields(first.item.fields, second.item.fields);
  const answered = (d: Diagnostic): boolean => {
    if (d.code !== 'excel-marks-missing') return false;
    const field = MARK_FIELDS[d.args.group];
    return field !== undefined && fields[field] !== undefined;
  };
  return {
    item: { ...first.item, fields },
    diagnostics: [...first.diagnostics, ...second.diagnostics].filter((d) => !answered(d)),
  };
}
