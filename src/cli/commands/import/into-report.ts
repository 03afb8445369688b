/** The report of `gkml import --into`: per sheet, the rows and cells that change, in both languages. */
import type { Lang } from '../../../i18n/lang.js';
import { listOf } from '../../../i18n/punctuation.js';
import { ITEM_FIELD_LABELS } from '../../../core/model/fields.js';
import { unchanged, type RowRef, type SheetReport } from '../../../import/into/report.js';
import { intoReportWords } from './messages.js';

const where = (ref: RowRef): string => (ref.cell === undefined ? '' : `${ref.cell}  `);

export function intoReportText(reports: readonly SheetReport[], lang: Lang, dryRun: boolean) {
  const w = intoReportWords[lang];
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
    const shown = names.length > 3 ? `${listOf(lang, names.slice(0, 3))} …` : listOf(lang, names);
    lines.push(w.quietSheets(quiet.length, shown));
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
  lines.push(w.inAll({ files, added, removed, changed, moved, dryRun }));
  return `${lines.join('\n')}\n`;
}
