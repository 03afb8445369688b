/**
 * The √ columns of a row (公开对象, 公开方式, 公开层级) into audience, method and levels. A mark cell
 * may hold √ in any of its glyphs, the group's name (特定群体: "申请人"), or a level's name (新疆:
 * "县级"); a row that ticks none of a group, or both of 公开对象/公开方式, is reported.
 */
import { sortLevels, type Level } from '../core/vocabulary/levels.js';
import { reviewLine } from '../core/model/import-review.js';
import type { LevelName, RawItem } from '../core/model/raw.js';
import type { Audience, Method } from '../core/vocabulary/table-values.js';
import { levelsInCell, markState, methodFromText } from './cells.js';
import type { HeaderColumn } from './header.js';
import { firstColumn, report, unreadable, type RowReader } from './reader.js';

export interface Marks {
  audience: Set<Audience>;
  audienceGroup?: string;
  method: Set<Method>;
  levels: Level[];
}

export const noMarks = (): Marks => ({ audience: new Set(), method: new Set(), levels: [] });

const GROUP_WORDS = /^特定(?:群体|群众|对象)$/u;
/** A tick in front of the group ("√拟征收土地所在地的村集体成员"), in any checked glyph. */
const LEADING_TICK = /^[√■▄◆▲☑✔✓●]\s*/u;
/** "特定群体：就业困难人员", "特定群众（低保对象）": the group after the column's own words. */
const GROUP_PREFIX = /^特定(?:群体|群众|对象)(?:[（(]请写明[)）])?\s*[：:（(]?\s*/u;

/** The group a 特定群体 cell names, without a leading tick or the words 特定群体; undefined if none. */
export function groupNamed(text: string): string | undefined {
  const group = text
    .trim()
    .replace(LEADING_TICK, '')
    .replace(GROUP_PREFIX, '')
    .replace(/[)）]$/u, '')
    .trim();
  return group === '' || GROUP_WORDS.test(group) ? undefined : group;
}

/** Reads a mark cell of an audience, method or level column. */
export function readMark(
  reader: RowReader,
  at: { row: number; column: HeaderColumn; item: string },
  text: string,
  marks: Marks,
): void {
  const state = markState(text);
  if (state === 'blank') return;
  const { role } = at.column;
  const odd = (): void => {
    unreadable(reader, at.row, at.column, text, at.item);
  };
  if (role.kind === 'audience') {
    marks.audience.add(role.value);
    // The 特定群体 cell often names the group instead of holding a √ (耿马, 腾冲, 嘉荫), or after
    // it ("√拟征收土地所在地的村集体成员").
    const group = role.value === '特定群体' ? groupNamed(text) : undefined;
    if (state === 'text' && group !== undefined) {
      marks.audienceGroup = group;
    } else if (state === 'text' && !text.includes(role.value.slice(0, 2))) {
      odd();
    }
  } else if (role.kind === 'method') {
    marks.method.add(role.value);
    if (state === 'text' && methodFromText(text) !== role.value) odd();
  } else if (role.kind === 'level') {
    const named = state === 'text' ? levelsInCell(text) : undefined;
    if (state === 'text' && named === undefined) odd();
    marks.levels.push(...(named ?? role.levels));
  }
}

const LEVEL_NAMES: Record<Level, LevelName> = {
  city: '市级',
  county: '县级',
  township: '乡级',
  village: '村级',
};

/** Both columns ticked: the field takes one, the note keeps that the table said both. */
function conflictNote(fields: Omit<RawItem, 'id'>, group: string, ticked: string[]): void {
  const line = reviewLine(`${group}两列都勾选：${ticked.join('、')}`);
  fields.note = fields.note === undefined ? line : `${fields.note}\n${line}`;
}

/** Sets audience, method and levels from the marks, reporting rows that tick none or both. */
export function settleMarks(
  reader: RowReader,
  at: { row: number; item: string },
  marks: Marks,
  fields: Omit<RawItem, 'id'>,
): void {
  const kinds = new Set<string>(reader.header.columns.map((c) => c.role.kind));
  const has = (...names: string[]): boolean => names.some((name) => kinds.has(name));
  const col = firstColumn(reader);
  const { row, item } = at;
  const [audience] = marks.audience;
  if (marks.audience.size > 1) {
    report(reader, 'excel-marks-conflict', { group: '公开对象', item, chosen: '全社会' }, row, col);
    fields.audience = '全社会';
    conflictNote(fields, '公开对象', [...marks.audience]);
  } else if (audience !== undefined) {
    fields.audience = audience;
    if (audience === '特定群体' && marks.audienceGroup !== undefined) {
      fields.audienceGroup = marks.audienceGroup;
    }
  } else if (has('audience', 'audience-text')) {
    report(reader, 'excel-marks-missing', { group: '公开对象', item }, row, col);
  }
  const [method] = marks.method;
  if (marks.method.size > 1) {
    report(reader, 'excel-marks-conflict', { group: '公开方式', item, chosen: '主动' }, row, col);
    fields.method = '主动';
    conflictNote(fields, '公开方式', [...marks.method]);
  } else if (method !== undefined) {
    fields.method = method;
  } else if (has('method', 'method-text')) {
    report(reader, 'excel-marks-missing', { group: '公开方式', item }, row, col);
  }
  const levels = sortLevels(marks.levels);
  if (levels.length > 0) fields.levels = levels.map((level) => LEVEL_NAMES[level]);
  else if (has('level', 'levels-text')) {
    report(reader, 'excel-marks-missing', { group: '公开层级', item }, row, col);
  }
}
