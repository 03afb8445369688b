import { CODES, type DiagnosticArgs } from './codes/index.js';
import type { CodeSpec } from './spec.js';
import type { Severity } from './severity.js';
import type { Diagnostic, DiagnosticCode, DiagnosticOf, Location } from './types.js';
import type { Lang } from '../../i18n/lang.js';

/** Makes a diagnostic; its severity comes from the registry. */
export function diagnostic<C extends DiagnosticCode>(
  code: C,
  args: DiagnosticArgs[C],
  at: Location = {},
): Diagnostic {
  const made = { ...at, code, severity: CODES[code].severity, args };
  // TypeScript cannot see that a code and its own arguments form one member of the union;
  // this check (the code is registered) lets it, without a cast.
  if (!isDiagnostic(made)) throw new Error(`unregistered diagnostic code ${code}`);
  return made;
}

function isDiagnostic(
  value: Location & { code: DiagnosticCode; severity: Severity; args: unknown },
): value is Diagnostic {
  return Object.hasOwn(CODES, value.code);
}

function specOf<C extends DiagnosticCode>(code: C): CodeSpec<DiagnosticArgs[C]> {
  return CODES[code];
}

/** The sentence and the advice of a diagnostic, in one language. */
export function describe(d: Diagnostic, lang: Lang): { message: string; hint?: string } {
  return describeOf(d, lang);
}

function describeOf<C extends DiagnosticCode>(
  d: DiagnosticOf<C>,
  lang: Lang,
): { message: string; hint?: string } {
  const spec = specOf<C>(d.code);
  const hint = spec.hint?.[lang](d.args);
  return hint === undefined
    ? { message: spec.message[lang](d.args) }
    : { message: spec.message[lang](d.args), hint };
}

/** True when the tool could not do its job (exit code 2). */
export function isFatal(d: Diagnostic): boolean {
  return CODES[d.code].fatal === true;
}
