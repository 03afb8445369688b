/** The diagnostics formatters, by the name `--format` takes. */
import { github } from './github.js';
import { json } from './json.js';
import type { Formatter } from './report.js';
import { stylish } from './stylish.js';

export const DIAGNOSTIC_FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github'] as const;
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];

/**
 * The formatter for `format`. SARIF and JUnit are built with libraries that take longer to load
 * (about 0.1 s) than a small `gkml validate` takes to run, so they are loaded only when asked for.
 */
export async function formatterFor(format: DiagnosticFormat): Promise<Formatter> {
  switch (format) {
    case 'stylish':
      return stylish;
    case 'json':
      return json;
    case 'github':
      return github;
    case 'sarif':
      return (await import('./sarif.js')).sarif;
    case 'junit':
      return (await import('./junit.js')).junit;
  }
}

export { stylish };
export type { DiagnosticReport, FormatOptions, Formatter, Painter } from './report.js';
export { plainPainter } from './report.js';
