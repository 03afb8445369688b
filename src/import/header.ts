/**
 * Finding the header of an official table and what each column holds (docs/data-model.md §1): one or two
 * header rows, groups merged over their sub-columns, legends in the header text, typos
 * ("一级事项 一级事项"), level headers of every scheme (县级/乡级, 镇级/村级, 区级/镇(街)级 …).
 */
import { parseLevelLabel } from '../core/vocabulary/level-labels.js';
import type { Level } from '../core/vocabulary/levels.js';
import { foldTraditional, removeSpaces } from '../core/cells/text.js';
import type { Audience, Method } from '../core/vocabulary/table-values.js';
import type { Grid } from './grid.js';

export type ColumnRole =
  | { kind: 'seq' | 'id' | 'bases' | 'timeLimit' | 'subject' | 'channels' | 'stage' | 'note' }
  /** The 一级事项 column of a table of many domains, holding each row's domain (layout.ts). */
  | { kind: 'domain' }
  | { kind: 'audience-text' | 'method-text' | 'levels-text' }
  | { kind: 'name'; depth: 1 | 2 | 3 }
  | { kind: 'elements'; flags: boolean }
  | { kind: 'audience'; value: Audience }
  | { kind: 'method'; value: Method }
  | { kind: 'level'; levels: Level[] }
  | { kind: 'unknown' };

export interface HeaderColumn {
  col: number;
  role: ColumnRole;
  /** The header as printed, group and label joined: "公开对象/特定群体". */
  label: string;
}

export interface Header {
  /** First and last header rows (1-based). */
  top: number;
  bottom: number;
  columns: HeaderColumn[];
}

/** How far down a header may start: titles, 填报单位 lines and summaries come first. */
const SEARCH_ROWS = 20;
const HEADER_WORDS = [
  '序号',
  '公开事项',
  '事项名称',
  '一级',
  '二级',
  '公开内容',
  '依据',
  '时限',
  '主体',
  '渠道',
  '公开对象',
  '公开方式',
  '公开层级',
];
const SUB_LABEL = /一级|二级|三级|全社会|特定|主动|申请/u;

/** Header text for matching: no spaces or line breaks ("全\n社\n会"), simplified characters. */
function clean(text: string): string {
  return removeSpaces(foldTraditional(text));
}

/** How many cells of the row name a catalog column: a header has several, prose has one. */
function score(grid: Grid, row: number): number {
  const words = new Set<string>();
  for (let col = 1; col <= grid.columns; col++) {
    const text = clean(grid.header(row, col));
    const word = HEADER_WORDS.find((candidate) => text.includes(candidate));
    if (word !== undefined) words.add(word);
  }
  return words.size;
}

/** Columns that stand alone in a two-row header (merged down), never grouped. */
const STANDALONE = /公开内容|要素|依据|时限|主体|渠道/u;

/**
 * Is the row under the header's first row a second header row? It names sub-columns (一级事项,
 * 全社会, 主动, 县级 …), and the columns that stand alone (公开依据 …) are merged down into it or
 * empty there; in a data row they hold text.
 */
function hasSubLabels(grid: Grid, row: number): boolean {
  if (row > grid.rows) return false;
  let labels = false;
  for (let col = 1; col <= grid.columns; col++) {
    const upper = clean(grid.header(row - 1, col));
    const cell = grid.cell(row, col);
    const sub = clean(cell.text);
    if (STANDALONE.test(upper) && sub !== '' && !(cell.covered && cell.merge?.top === row - 1)) {
      return false;
    }
    if (sub === '' || sub === upper) continue;
    if (SUB_LABEL.test(sub) || parseLevelLabel(sub) !== undefined) labels = true;
  }
  return labels;
}

/** The role of a column from its group (the upper header row) and its own label. */
function roleOf(group: string | undefined, label: string): ColumnRole {
  const both = `${group ?? ''}${label}`;
  if (/gkml/iu.test(label)) return { kind: 'id' };
  if (/序号|编号|编码/u.test(label)) return { kind: 'seq' };
  if (/三级/u.test(label)) return { kind: 'name', depth: 3 };
  if (/二级/u.test(label)) return { kind: 'name', depth: 2 };
  if (/一级/u.test(label)) return { kind: 'name', depth: 1 };
  if (/四级|五级/u.test(label)) return { kind: 'unknown' };
  if (/公开内容|要素/u.test(label)) return { kind: 'elements', flags: /●|必选/u.test(label) };
  if (/依据/u.test(label)) return { kind: 'bases' };
  if (/时限/u.test(label)) return { kind: 'timeLimit' };
  if (/主体/u.test(label)) return { kind: 'subject' };
  if (/渠道|载体/u.test(label)) return { kind: 'channels' };
  if (/全社会/u.test(label)) return { kind: 'audience', value: '全社会' };
  if (/特定/u.test(label)) return { kind: 'audience', value: '特定群体' };
  if (/申请/u.test(label)) return { kind: 'method', value: '依申请' };
  if (/主动/u.test(label)) return { kind: 'method', value: '主动' };
  const levels = parseLevelLabel(label);
  if (levels !== undefined && !/公开/u.test(label)) return { kind: 'level', levels };
  if (group === undefined) {
    if (/公开对象/u.test(label)) return { kind: 'audience-text' };
    if (/公开方式/u.test(label)) return { kind: 'method-text' };
    if (/层级/u.test(label)) return { kind: 'levels-text' };
  }
  if (/过程|五公开/u.test(both)) return { kind: 'stage' };
  if (/备注/u.test(label)) return { kind: 'note' };
  if (/公开事项|事项名称/u.test(label)) return { kind: 'name', depth: 1 };
  return { kind: 'unknown' };
}

/** Finds the header in the first rows of the sheet; undefined when there is none. */
export function findHeader(grid: Grid): Header | undefined {
  let top: number | undefined;
  for (let row = 1; row <= Math.min(grid.rows, SEARCH_ROWS); row++) {
    if (score(grid, row) >= 3) {
      top = row;
      break;
    }
  }
  if (top === undefined) return undefined;
  const bottom = hasSubLabels(grid, top + 1) ? top + 1 : top;
  const columns: HeaderColumn[] = [];
  for (let col = 1; col <= grid.columns; col++) {
    const upper = clean(grid.header(top, col));
    const lower = clean(grid.header(bottom, col));
    if (upper === '' && lower === '') continue;
    const group = bottom > top && lower !== upper && lower !== '' ? upper : undefined;
    const label = lower === '' ? upper : lower;
    let role = roleOf(group, label);
    // "一级事项 一级事项" (南江): a second 一级 column holds the 二级 names.
    if (role.kind === 'name') {
      const depth = role.depth;
      const taken = columns.some((c) => c.role.kind === 'name' && c.role.depth === depth);
      if (taken)
        role = depth === 3 ? { kind: 'unknown' } : { kind: 'name', depth: depth === 1 ? 2 : 3 };
    }
    columns.push({ col, role, label: group === undefined ? label : `${group}/${label}` });
  }
  return { top, bottom, columns };
}
