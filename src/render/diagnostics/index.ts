/** The diagnostics formatters, by the name `--format` takes. */
import { github } from './github.js';
import { json } from './json.js';
import type { Formatter } from './report.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { junit } from './junit.js';

export const DIAGNOSTIC_FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github'] as const;
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];

export const FORMATTERS: Record<DiagnosticFormat, Formatter> = {
  stylish,
  json,
  sarif,
  junit,
  github,
};

export type { DiagnosticReport, FormatOptions, Formatter, Painter } from './report.js';
export { plainPainter } from './report.js';
