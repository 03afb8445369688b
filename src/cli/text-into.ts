/** The report of `gkml import --into`: per sheet, the rows and cells that change, in both languages. */
import type { Lang } from '../i18n/lang.js';
import { ITEM_FIELD_LABELS } from '../core/model/fields.js';
import { unchanged, type RowRef, type SheetReport } from '../import/into/report.js';

const WORDS = {
  zh: {
    changed: '修改',
    title: '标题',
    added: '新增',
    restored: '恢复',
    removed: '删除',
    omitted: '已写为 omit，待确认',
    dropped: '本级新增事项，已删去',
    moved: '移动',
    none: '无改动',
    arrow: '→',
    empty: '（空）',
  },
  en: {
    changed: 'changed',
    title: 'title',
    added: 'added',
    restored: 'restored',
    removed: 'removed',
    omitted: 'written as omitted, to confirm',
    dropped: 'a local item, dropped',
    moved: 'moved',
    none: 'no changes',
    arrow: '→',
    empty: '(blank)',
  },
} as const;

const where = (ref: RowRef): string => (ref.cell === undefined ? '' : `${ref.cell}  `);

export function intoReportText(reports: readonly SheetReport[], lang: Lang, dryRun: boolean) {
  const w = WORDS[lang];
  const lines: string[] = [];
  const value = (text: string) => (text === '' ? w.empty : text);
  const quiet = reports.filter(unchanged);
  for (const report of reports) {
    if (unchanged(report)) continue;
    lines.push(`${report.sheet} → ${report.target}`);
    if (report.title) {
      const { cell, old, new: now } = report.title;
      lines.push(`  ${w.changed} ${cell}  ${w.title}：${value(old)} ${w.arrow} ${value(now)}`);
    }
    for (const change of report.changed) {
      const field = ITEM_FIELD_LABELS[change.field][lang];
      lines.push(
        `  ${w.changed} ${where(change)}${change.item}  ${field}：${value(change.old)} ${w.arrow} ${value(change.new)}`,
      );
    }
    for (const row of report.added) {
      lines.push(`  ${row.restored ? w.restored : w.added} ${where(row)}${row.item}  (${row.id})`);
    }
    for (const row of report.moved) lines.push(`  ${w.moved} ${where(row)}${row.item}`);
    for (const row of report.removed) {
      lines.push(`  ${w.removed} ${row.item}  (${row.id}; ${row.omitted ? w.omitted : w.dropped})`);
    }
  }
  if (quiet.length > 0) {
    const names = quiet.map((r) => r.sheet);
    const shown =
      names.length > 3
        ? `${names.slice(0, 3).join(lang === 'zh' ? '、' : ', ')} …`
        : names.join(lang === 'zh' ? '、' : ', ');
    lines.push(
      lang === 'zh'
        ? `${quiet.length} 个工作表${w.none}（${shown}）`
        : `${quiet.length} sheet(s) with ${w.none} (${shown})`,
    );
  }
  const count = (pick: (r: SheetReport) => readonly unknown[]) =>
    reports.reduce((sum, report) => sum + pick(report).length, 0);
  const files = reports.filter((report) => report.written).length;
  const [added, removed, changed, moved] = [
    count((r) => r.added),
    count((r) => r.removed),
    // A changed title is a changed cell too.
    count((r) => [...r.changed, ...(r.title ? [r.title] : [])]),
    count((r) => r.moved),
  ];
  lines.push(
    lang === 'zh'
      ? `合计：${files} 个文件${dryRun ? '将' : ''}改动；新增 ${added} 行，删除 ${removed} 行，修改 ${changed} 处，移动 ${moved} 行。${dryRun ? '（--dry-run：未写入）' : ''}`
      : `In all: ${files} file${files === 1 ? '' : 's'} ${dryRun ? 'would change' : 'changed'}; ${added} row(s) added, ${removed} removed, ${changed} cell(s) changed, ${moved} row(s) moved.${dryRun ? ' (--dry-run: nothing written)' : ''}`,
  );
  return `${lines.join('\n')}\n`;
}
