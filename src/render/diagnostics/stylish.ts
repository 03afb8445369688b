/** The human format: grouped by file, each problem with its place, advice and a code frame. */
import { describe, tally, type Diagnostic } from '../../core/diagnostics/index.js';
import { codeFrame, frameLines } from './frame.js';
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
/** Code frames shown per file: thousands of findings in one file must print in seconds, not pages. */
export const MAX_FRAMES_PER_FILE = 20;
const MORE_FRAMES: Record<Lang, (n: number) => string> = {
  zh: (n) => `（此文件另有 ${n} 个问题未显示代码片段）`,
  en: (n) => `(${n} more problem${n === 1 ? '' : 's'} in this file shown without a code frame)`,
};

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
  // Each file is read and split once, however many diagnostics it has.
  const lines = new Map<string, readonly string[] | undefined>();
  const linesOf = (file: string) => {
    if (!lines.has(file)) {
      const text = sourceText(file);
      lines.set(file, text === undefined ? undefined : frameLines(text));
    }
    return lines.get(file);
  };
  let frames = 0;
  let framesLeftOut = 0;
  const endFile = () => {
    if (framesLeftOut > 0)
      out.push(`  ${' '.repeat(7)} ${painter.dim(MORE_FRAMES[lang](framesLeftOut))}`);
    frames = 0;
    framesLeftOut = 0;
  };
  for (const d of diagnostics) {
    if (d.file !== currentFile) {
      endFile();
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
    const source = d.file !== undefined && d.span ? linesOf(d.file) : undefined;
    if (source === undefined || !d.span) continue;
    if (frames < MAX_FRAMES_PER_FILE) {
      out.push(codeFrame(source, d.span, painter));
      frames++;
    } else {
      framesLeftOut++;
    }
  }
  endFile();
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
