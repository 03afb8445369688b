/**
 * The columns of the official table (docs/data-model.md §1): which ones a sheet has (三级事项 only when an item
 * has one; the 公开层级 sub-columns for the levels that occur) and their widths and headers.
 */
import { sortLevels, LEVEL_LABELS, type Level } from '../../core/vocabulary/levels.js';
import type { Item } from '../../core/model/item.js';
import { emsPerLine, lastLine } from './metrics.js';
import { BODY_SIZE } from './styles.js';

export type ColumnKey =
  | 'seq'
  | 'l1'
  | 'l2'
  | 'l3'
  | 'elements'
  | 'bases'
  | 'timeLimit'
  | 'subject'
  | 'channels'
  | 'audience-all'
  | 'audience-group'
  | 'method-active'
  | 'method-request'
  | `level-${Level}`
  | 'note'
  | 'id';

export type ColumnKind = 'seq' | 'name' | 'text' | 'mark' | 'id';

export interface TableColumn {
  key: ColumnKey;
  /** The header over several columns (公开事项, 公开对象 …); absent for a column on its own. */
  group?: string;
  label: string;
  /** Excel column width (characters of the default font). */
  width: number;
  kind: ColumnKind;
  /** For a 公开层级 sub-column: its level. */
  level?: Level;
}

/** Holds 「公开层级」 (bold 10 pt) on one line, where 6 wraps it as 公开层/级. */
const LONE_LEVEL_WIDTH = 9;

/** Closing punctuation that must not stand alone on a subject's last line. */
const CLOSING = /^[）)」』】〕〉》，。、；：！？]+$/u;

/**
 * 公开主体 at its usual 14, widened (up to 20) until no subject's last line would hold only a
 * closing bracket: "…保障局（就业服务中心" / "）" reads as a mistake on paper.
 */
function subjectWidth(items: readonly Item[]): number {
  const subjects = items.flatMap((item) => (item.subject === undefined ? [] : [item.subject]));
  for (let width = 14; width < 20; width++) {
    const perLine = emsPerLine(width, BODY_SIZE);
    if (!subjects.some((subject) => CLOSING.test(lastLine(subject, perLine)))) return width;
  }
  return 20;
}

/** Header of the hidden column that carries item ids for the round trip through `gkml import`. */
export const ID_HEADER = '事项编号（gkml）';
export const ELEMENTS_LEGEND = '（“●”表示必选项，“〇”表示可选项）';

const GROUPS = {
  items: '公开事项',
  audience: '公开对象',
  method: '公开方式',
  levels: '公开层级',
} as const;

/** Columns for a sheet of these items. */
export function tableColumns(
  items: readonly Item[],
  options: { flags: boolean; fallbackLevel: Level },
): TableColumn[] {
  const hasL3 = items.some((item) => item.l3 !== undefined);
  // 备注 only when a row has a note to print (see index.ts): what the table has no column for
  // (咨询电话 …) goes there, and it must come back on import.
  const hasNote = items.some((item) => item.note !== undefined && item.note !== '');
  const occurring = sortLevels(items.flatMap((item) => item.levels));
  const levels = occurring.length > 0 ? occurring : [options.fallbackLevel];
  const name = (key: ColumnKey, label: string, width: number): TableColumn => ({
    key,
    group: GROUPS.items,
    label,
    width,
    kind: 'name',
  });
  // 特定群体 is wider: the cell may name the group instead of holding a √.
  const mark = (key: ColumnKey, group: string, label: string): TableColumn => ({
    key,
    group,
    label,
    width: key === 'audience-group' ? 9 : 6,
    kind: 'mark',
  });
  const text = (key: ColumnKey, label: string, width: number): TableColumn => ({
    key,
    label,
    width,
    kind: 'text',
  });
  return [
    { key: 'seq', label: '序号', width: 5.5, kind: 'seq' },
    name('l1', '一级事项', 11),
    name('l2', '二级事项', hasL3 ? 12 : 14),
    ...(hasL3 ? [name('l3', '三级事项', 14)] : []),
    text('elements', `公开内容（要素）${options.flags ? ELEMENTS_LEGEND : ''}`, 28),
    text('bases', '公开依据', 32),
    text('timeLimit', '公开时限', 16),
    text('subject', '公开主体', subjectWidth(items)),
    text('channels', '公开渠道和载体', 35),
    mark('audience-all', GROUPS.audience, '全社会'),
    mark('audience-group', GROUPS.audience, '特定群体'),
    mark('method-active', GROUPS.method, '主动'),
    mark('method-request', GROUPS.method, '依申请'),
    ...levels.map((level) => ({
      ...mark(`level-${level}`, GROUPS.levels, LEVEL_LABELS[level]),
      // A lone level column carries the 公开层级 group header alone: wide enough for its 4 characters.
      ...(levels.length === 1 ? { width: LONE_LEVEL_WIDTH } : {}),
      level,
    })),
    ...(hasNote ? [text('note', '备注', 16)] : []),
    { key: 'id', label: ID_HEADER, width: 24, kind: 'id' },
  ];
}
