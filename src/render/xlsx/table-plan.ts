/**
 * What a domain sheet holds, before any styling: title, columns, one row of cell values per item,
 * and the vertical merges of 一级事项 (and of 二级事项 over its 三级 rows). Pure data, so that the
 * layout can be reasoned about (and tested) apart from the sheet it becomes.
 */
import type { Item } from '../../core/model/item.js';
import type { Level } from '../../core/vocabulary/levels.js';
import { MARK } from '../../core/cells/glyphs.js';
import {
  basisText,
  channelChecklist,
  channelText,
  elementLines,
  hasElementFlags,
} from '../catalog-text.js';
import { tableColumns, type ColumnKey, type TableColumn } from './columns.js';

export type ChannelStyle = 'checklist' | 'list';

export interface TablePlan {
  title: string;
  columns: TableColumn[];
  /** One row per item: a number for 序号, text elsewhere ('' for blank). */
  body: (string | number)[][];
  /** Vertical merges in the body: column index, first body row, number of rows. */
  merges: { col: number; row: number; rows: number }[];
  /** Text under the table (标准目录要素说明). */
  notes?: string;
}

export interface PlanInput {
  title: string;
  items: readonly Item[];
  notes?: string;
  /** The region's own level: the one 公开层级 column when no item names a level. */
  regionLevel: Level;
  channels: ChannelStyle;
}

function cellValue(
  column: TableColumn,
  item: Item,
  index: number,
  options: { flags: boolean; channels: ChannelStyle },
): string | number {
  const mark = (on: boolean): string => (on ? MARK : '');
  const key = column.key;
  switch (key) {
    case 'seq':
      return index + 1;
    case 'l1':
    case 'l2':
    case 'l3':
    case 'subject':
      return item[key] ?? '';
    case 'elements':
      return elementLines(item.elements, options.flags).join('\n');
    case 'bases':
      return item.bases.map(basisText).join('\n');
    case 'timeLimit':
      return item.timeLimit?.text ?? '';
    case 'channels':
      if (item.channels.length === 0) return '';
      return options.channels === 'checklist'
        ? channelChecklist(item.channels).join('\n')
        : item.channels.map(channelText).join('、');
    case 'audience-all':
      return mark(item.audience === '全社会');
    case 'audience-group':
      // Tables often write the group itself in the 特定群体 cell (docs/data-model.md §1.1): it says more than √.
      return item.audience === '特定群体' ? (item.audienceGroup ?? MARK) : '';
    case 'method-active':
      return mark(item.method === '主动');
    case 'method-request':
      return mark(item.method === '依申请');
    case 'note':
      return item.note ?? '';
    case 'id':
      return item.id;
    default:
      return mark(column.level !== undefined && item.levels.includes(column.level));
  }
}

/** Runs of equal, non-empty values down a column, as merges (runs of one are not merges). */
function runs(
  values: readonly string[],
  col: number,
  sameGroup: (a: number, b: number) => boolean,
): TablePlan['merges'] {
  const merges: TablePlan['merges'] = [];
  let start = 0;
  for (let row = 1; row <= values.length; row++) {
    const continues =
      row < values.length &&
      values[row] !== '' &&
      values[row] === values[start] &&
      sameGroup(start, row);
    if (continues) continue;
    if (row - start > 1) merges.push({ col, row: start, rows: row - start });
    start = row;
  }
  return merges;
}

export function planTable(input: PlanInput): TablePlan {
  const flags = hasElementFlags(input.items);
  const columns = tableColumns(input.items, { flags, fallbackLevel: input.regionLevel });
  const body = input.items.map((item, index) =>
    columns.map((column) => cellValue(column, item, index, { flags, channels: input.channels })),
  );
  const text = (key: ColumnKey): string[] =>
    input.items.map((item) => (key === 'l1' || key === 'l2' ? (item[key] ?? '') : ''));
  const l1 = text('l1');
  const l2 = text('l2');
  const merges = runs(
    l1,
    columns.findIndex((c) => c.key === 'l1'),
    () => true,
  );
  const l3Col = columns.findIndex((c) => c.key === 'l3');
  if (l3Col >= 0) {
    // 二级事项 spans its 三级 rows, within one 一级事项.
    merges.push(...runs(l2, l3Col - 1, (a, b) => l1[a] === l1[b]));
  }
  return {
    title: input.title,
    columns,
    body,
    merges,
    ...(input.notes !== undefined && input.notes.trim() !== '' ? { notes: input.notes } : {}),
  };
}
