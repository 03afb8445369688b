/** Machine-readable diagnostics: stable field names, messages in the chosen language. */
import { describe, tally, type Diagnostic } from '../../core/diagnostics/index.js';
import type { Formatter } from './report.js';
import type { Lang } from '../../i18n/lang.js';

/** One diagnostic as JSON: the shape every `--format json` output shares. */
export function diagnosticJson(d: Diagnostic, lang: Lang) {
  const { message, hint } = describe(d, lang);
  return {
    code: d.code,
    severity: d.severity,
    file: d.file ?? null,
    line: d.span?.start.line ?? null,
    column: d.span?.start.column ?? null,
    endLine: d.span?.end.line ?? null,
    endColumn: d.span?.end.column ?? null,
    sheet: d.sheet ?? null,
    cell: d.cell ?? null,
    path: d.path ?? null,
    message,
    hint: hint ?? null,
    args: d.args,
  };
}

export const json: Formatter = (report) => {
  const diagnostics = report.diagnostics.map((d) => diagnosticJson(d, report.lang));
  const summary = { files: report.files.length, ...tally(report.diagnostics) };
  return JSON.stringify({ tool: report.tool, summary, diagnostics }, null, 2) + '\n';
};
