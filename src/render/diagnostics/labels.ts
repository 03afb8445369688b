import type { Severity } from '../../core/diagnostics/index.js';
import type { Lang } from '../../i18n/lang.js';

export const SEVERITY_LABELS: Record<Lang, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** "file:line:col" (or "file sheet!cell"), the way editors and terminals link to a place. */
export function placeOf(d: {
  file?: string;
  span?: { start: { line: number; column: number } };
  sheet?: string;
  cell?: string;
}): string {
  const file = d.file ?? '';
  if (d.span) return `${file}:${d.span.start.line}:${d.span.start.column}`;
  if (d.sheet !== undefined && d.cell !== undefined) return `${file} ${d.sheet}!${d.cell}`;
  return file;
}
