/**
 * One data row of a sheet into the fields of an item, reporting each cell it cannot map as
 * sheet!cell with the row's item names for context. "同上" repeats the cell above.
 */
import { TABLE_FIELDS } from '../core/model/fields.js';
import { reviewLine } from '../core/model/import-review.js';
import type { IncompleteField, RawItem } from '../core/model/raw.js';
import { removeSpaces } from '../core/cells/text.js';
import {
  basesOf,
  channelsOf,
  elementsOf,
  itemName,
  levelsInCell,
  methodFromText,
  stageFromText,
} from './cells.js';
import { address } from './grid.js';
import type { HeaderColumn } from './header.js';
import { groupNamed, noMarks, readMark, settleMarks, type Marks } from './marks.js';
import { firstColumn, report, unreadable, type RowReader } from './reader.js';

export type { RowReader } from './reader.js';

/** An item read from a row, before its id is settled. */
export interface RowItem {
  row: number;
  /** The id written in the hidden id column of a gkml export, if any. */
  writtenId?: string;
  /** Cell of the id (or of the row's first cell), for messages about the id. */
  idCell: string;
  fields: Omit<RawItem, 'id'>;
}

type Fields = Omit<RawItem, 'id'>;

const SAME_AS_ABOVE = /^同上[。.]?$/u;

/** The cell's text with "同上" resolved from the column's last value. */
function valueAt(reader: RowReader, row: number, column: HeaderColumn, item: string): string {
  let text = reader.grid.value(row, column.col);
  if (SAME_AS_ABOVE.test(removeSpaces(text))) {
    const above = reader.above.get(column.col);
    if (above === undefined) unreadable(reader, row, column, text, item);
    text = above ?? '';
  }
  if (text !== '') reader.above.set(column.col, text);
  return text;
}

/** Adds a line to the item's note: an element list's introduction and the 备注 cell both go there. */
function addNote(fields: Fields, text: string): void {
  fields.note = fields.note === undefined ? text : `${fields.note}\n${text}`;
}

interface RowState {
  reader: RowReader;
  row: number;
  item: string;
  fields: Fields;
  marks: Marks;
}

/** Reads one non-name cell into the row's fields. */
function readCell(state: RowState, column: HeaderColumn, text: string): void {
  const { reader, row, item, fields, marks } = state;
  const odd = (): void => {
    unreadable(reader, row, column, text, item);
  };
  const { role } = column;
  switch (role.kind) {
    case 'elements': {
      const cell = elementsOf(text, role.flags);
      fields.elements = cell.elements;
      if (cell.introduction !== undefined) addNote(fields, cell.introduction);
      break;
    }
    case 'bases':
      fields.bases = basesOf(text);
      break;
    case 'timeLimit':
    case 'subject':
      fields[role.kind] = text;
      break;
    case 'note':
      addNote(fields, text);
      break;
    case 'channels': {
      const read = channelsOf(text);
      if (read.channels.length > 0) fields.channels = read.channels;
      for (const name of read.local) {
        report(reader, 'excel-channel-local', { name, item }, row, column.col);
      }
      for (const piece of read.unreadable) unreadable(reader, row, column, piece, item);
      break;
    }
    case 'audience-text': {
      if (/全社会/u.test(text)) marks.audience.add('全社会');
      else if (/特定/u.test(text)) {
        // One 公开对象 column holding "特定群体：就业困难人员" names the group too.
        marks.audience.add('特定群体');
        const group = groupNamed(text);
        if (group !== undefined) marks.audienceGroup = group;
      } else odd();
      break;
    }
    case 'method-text': {
      const method = methodFromText(text);
      if (method) marks.method.add(method);
      else odd();
      break;
    }
    case 'levels-text': {
      const levels = levelsInCell(text);
      if (levels) marks.levels.push(...levels);
      else odd();
      break;
    }
    case 'stage': {
      const stage = stageFromText(text);
      if (stage) fields.stage = stage;
      else odd();
      break;
    }
    case 'audience':
    case 'method':
    case 'level':
      readMark(reader, { row, column, item }, text, marks);
      break;
    default:
      break;
  }
}

/** Fields a table row should fill: the ones left empty are declared `incomplete`. */
const EXPECTED: readonly IncompleteField[] = [
  'elements',
  'bases',
  'timeLimit',
  'subject',
  'channels',
  'audience',
  'method',
  'levels',
];

/** Keys in the order catalog files write them (the table's order, as core/merge's toRawItem). */
const KEY_ORDER = [...TABLE_FIELDS, 'incomplete'] as const;

function inOrder(fields: Fields): Fields {
  const out: Fields = {};
  for (const key of KEY_ORDER) {
    if (fields[key] !== undefined) Object.assign(out, { [key]: fields[key] });
  }
  return out;
}

/** Reads a data row; undefined when the row names no item (reported unless it is empty). */
export function readRow(reader: RowReader, row: number): RowItem | undefined {
  const columns = reader.header.columns;
  const names = { 1: '', 2: '', 3: '' };
  // Names first, so that messages about the other cells can say which item they belong to.
  for (const column of columns) {
    if (column.role.kind === 'name') {
      names[column.role.depth] = itemName(valueAt(reader, row, column, ''));
    }
  }
  const item = [names[1], names[2], names[3]].filter((n) => n !== '').join(' / ');
  const state: RowState = { reader, row, item, fields: {}, marks: noMarks() };
  const texts: string[] = [];
  const reportsBefore = reader.diagnostics.length;
  /** Cells of columns that are not the catalog's (咨询电话 …): kept for review, not dropped. */
  const unplaced: string[] = [];
  let writtenId: string | undefined;
  let idCell = address(row, firstColumn(reader));
  for (const column of columns) {
    const kind = column.role.kind;
    if (kind === 'name' || kind === 'seq' || kind === 'domain') continue;
    const text = valueAt(reader, row, column, item);
    if (text === '') continue;
    if (kind === 'unknown') {
      unplaced.push(`${column.label}：${text}`);
      continue;
    }
    if (kind === 'id') {
      writtenId = removeSpaces(text);
      idCell = address(row, column.col);
      continue;
    }
    texts.push(text);
    readCell(state, column, text);
  }
  if (item === '') {
    if (texts.length > 0) {
      const text = texts.join(' | ').slice(0, 60);
      report(reader, 'excel-row-unnamed', { text }, row, firstColumn(reader));
    }
    return undefined;
  }
  const { fields } = state;
  // What the row says that no field took stays in the note, tagged, so validate reports it.
  for (const d of reader.diagnostics.slice(reportsBefore)) {
    if (d.code === 'excel-cell-unreadable') unplaced.push(`${d.args.column}：${d.args.text}`);
  }
  for (const text of unplaced) addNote(fields, reviewLine(text));
  if (names[1] !== '') fields.l1 = names[1];
  if (names[2] !== '') fields.l2 = names[2];
  if (names[3] !== '') fields.l3 = names[3];
  settleMarks(reader, { row, item }, state.marks, fields);
  const missing: IncompleteField[] = names[1] === '' ? ['l1'] : [];
  const first = columns.find((c) => c.role.kind === 'name' && c.role.depth === 1);
  // Not silently incomplete: a blank 一级 is often a merge the office forgot (issue 12).
  if (names[1] === '' && first !== undefined) {
    report(reader, 'excel-name-blank', { column: first.label, item }, row, first.col);
  }
  missing.push(...EXPECTED.filter((field) => fields[field] === undefined));
  if (missing.length > 0) fields.incomplete = missing;
  return { row, idCell, fields: inOrder(fields), ...(writtenId ? { writtenId } : {}) };
}
