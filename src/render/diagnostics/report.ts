/** What every diagnostics formatter receives. */
import type { Diagnostic } from '../../core/diagnostics/index.js';
import type { Lang } from '../../i18n/lang.js';

export interface DiagnosticReport {
  /** Sorted (see compareDiagnostics). */
  diagnostics: readonly Diagnostic[];
  /** Every file that was checked, sorted, for formats that list passing files too. */
  files: readonly string[];
  lang: Lang;
  tool: { name: string; version: string };
}

/** Colours for the terminal; the identity when colour is off (and in tests). */
export interface Painter {
  error: (text: string) => string;
  warning: (text: string) => string;
  info: (text: string) => string;
  dim: (text: string) => string;
  bold: (text: string) => string;
  underline: (text: string) => string;
}

export const plainPainter: Painter = {
  error: (text) => text,
  warning: (text) => text,
  info: (text) => text,
  dim: (text) => text,
  bold: (text) => text,
  underline: (text) => text,
};

export interface FormatOptions {
  painter: Painter;
  /** The text of a file, for code frames; undefined when it cannot be shown. */
  sourceText: (file: string) => string | undefined;
  /** Where the pages of docs/codes live: a URL without a trailing slash (see codeDocUrl). */
  docs: string;
}

/** The page that explains a code, linked from SARIF's helpUri and the stylish format. */
export function codeDocUrl(docs: string, code: string): string {
  return `${docs}/${code}.md`;
}

export type Formatter = (report: DiagnosticReport, options: FormatOptions) => string;
