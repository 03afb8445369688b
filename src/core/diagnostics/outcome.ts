import { isFatal } from './diagnostic.js';
import type { Severity } from './severity.js';
import type { Diagnostic } from './types.js';

export type FailOn = 'error' | 'warning';
export type ExitCode = 0 | 1 | 2;

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Does `severity` reach the `--fail-on` threshold? */
export function reaches(severity: Severity, failOn: FailOn): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}

/**
 * The exit-code contract: 2 when the tool could not do its job, 1 when a finding reaches
 * `failOn`, 0 otherwise.
 */
export function exitCode(diagnostics: readonly Diagnostic[], failOn: FailOn): ExitCode {
  if (diagnostics.some(isFatal)) return 2;
  return diagnostics.some((d) => reaches(d.severity, failOn)) ? 1 : 0;
}

export interface Tally {
  errors: number;
  warnings: number;
  infos: number;
}

export function tally(diagnostics: readonly Diagnostic[]): Tally {
  const counts: Tally = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') counts.errors++;
    else if (d.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** Code-point order, independent of the machine's locale. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A total order: file, line, column, code, then arguments, so output never depends on timing. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.file ?? '', b.file ?? '') ||
    (a.span?.start.line ?? 0) - (b.span?.start.line ?? 0) ||
    (a.span?.start.column ?? 0) - (b.span?.start.column ?? 0) ||
    compareText(a.sheet ?? '', b.sheet ?? '') ||
    compareText(a.cell ?? '', b.cell ?? '') ||
    compareText(a.code, b.code) ||
    compareText(JSON.stringify(a.args), JSON.stringify(b.args))
  );
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}
