import type { Diagnostic } from '../diagnostics/index.js';
import { sortDiagnostics } from '../diagnostics/index.js';

/**
 * One diagnostic per place and content. A county's overlay line that weakens an item for the
 * county and its three townships is one problem with one fix, so it is one annotation.
 */
export function dedupeDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, Diagnostic>();
  for (const d of diagnostics) {
    const key = JSON.stringify([d.code, d.file, d.span, d.path, d.args]);
    if (!seen.has(key)) seen.set(key, d);
  }
  return sortDiagnostics([...seen.values()]);
}
