/** The human format: grouped by file, each problem with its place, advice and a code frame. */
import { describe, tally, type Diagnostic } from '../../core/diagnostics/index.js';
import { codeFrame } from './frame.js';
import { SEVERITY_LABELS } from './labels.js';
import { codeDocUrl, type FormatOptions, type Formatter, type Painter } from './report.js';
import type { Lang } from '../../i18n/lang.js';

const SUMMARY: Record<
  Lang,
  {
    clean: (files: number) => string;
    found: (t: ReturnType<typeof tally>, files: number) => string;
  }
> = {
  zh: {
    clean: (files) => `✔ 已检查 ${files} 个文件，没有发现问题。`,
    found: (t, files) =>
      `✖ ${t.errors} 个错误，${t.warnings} 个警告，${t.infos} 个提示（已检查 ${files} 个文件）`,
  },
  en: {
    clean: (files) => `✔ ${files} file${files === 1 ? '' : 's'} checked, no problems.`,
    found: (t, files) =>
      `✖ ${t.errors} error${t.errors === 1 ? '' : 's'}, ${t.warnings} warning${t.warnings === 1 ? '' : 's'}, ${t.infos} info (${files} file${files === 1 ? '' : 's'} checked)`,
  },
};

const HINT: Record<Lang, string> = { zh: '建议：', en: 'hint: ' };
const DOCS: Record<Lang, string> = { zh: '说明：', en: 'docs: ' };

function paintSeverity(painter: Painter, d: Diagnostic, lang: Lang): string {
  const label = SEVERITY_LABELS[lang][d.severity];
  if (d.severity === 'error') return painter.error(label);
  return d.severity === 'warning' ? painter.warning(label) : painter.info(label);
}

/**
 * The diagnostics grouped by file, each with its place, advice and code frame; no summary line.
 * `gkml diff` prints its own summary under the same list.
 */
export function stylishList(
  diagnostics: readonly Diagnostic[],
  lang: Lang,
  { painter, sourceText, docs }: FormatOptions,
): string[] {
  const out: string[] = [];
  let currentFile: string | undefined;
  for (const d of diagnostics) {
    if (d.file !== currentFile) {
      if (currentFile !== undefined) out.push('');
      currentFile = d.file;
      out.push(painter.underline(d.file ?? ''));
    }
    const where = d.span
      ? `${d.span.start.line}:${d.span.start.column}`
      : d.sheet !== undefined
        ? `${d.sheet}!${d.cell ?? ''}`
        : '';
    const { message, hint } = describe(d, lang);
    out.push(
      `  ${painter.dim(where.padEnd(7))} ${paintSeverity(painter, d, lang)}  ${message}  ${painter.dim(d.code)}`,
    );
    if (hint) out.push(`  ${' '.repeat(7)} ${painter.dim(HINT[lang] + hint)}`);
    out.push(`  ${' '.repeat(7)} ${painter.dim(DOCS[lang] + codeDocUrl(docs, d.code))}`);
    const text = d.file !== undefined && d.span ? sourceText(d.file) : undefined;
    if (text !== undefined && d.span) out.push(codeFrame(text, d.span, painter));
  }
  return out;
}

export const stylish: Formatter = (report, options) => {
  const { lang } = report;
  const { painter } = options;
  const out = stylishList(report.diagnostics, lang, options);
  const counts = tally(report.diagnostics);
  if (out.length > 0) out.push('');
  const summary =
    report.diagnostics.length === 0
      ? SUMMARY[lang].clean(report.files.length)
      : SUMMARY[lang].found(counts, report.files.length);
  out.push(counts.errors > 0 ? painter.error(summary) : painter.bold(summary));
  return out.join('\n') + '\n';
};
