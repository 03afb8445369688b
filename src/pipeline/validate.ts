/** Validation of a set of files: load, check schemas, run the rules. Shared by validate and compile. */
import { checkCatalog, checkDomainsPerRegion, checkRegion } from '../core/rules/run.js';
import { sortDiagnostics, type Diagnostic } from '../core/diagnostics/index.js';
import { checkRegister } from '../core/documents/index.js';
import { SchemaValidator } from '../core/schema/validator.js';
import { displayPath } from '../io/collect.js';
import type { CacheUse } from '../io/file-cache/load.js';
import { loadUnits, type LoadedUnits } from '../io/load-units.js';
import type { SourceLocator } from '../core/schema/errors.js';
import { loadSchemas } from '../io/package-files.js';
import { loadPrecompiled } from '../io/precompiled-schemas.js';
import { officialCalendar } from '../io/official-calendar.js';

export interface ValidateFilesOptions {
  cwd: string;
  today: string;
  maxBytes?: number;
  /** Use the fast parser for files that turn out clean (see io/quick-yaml.ts). */
  quick?: boolean;
  /** Keep and reuse each file's findings in this cache (compile). */
  cache?: CacheUse;
}

export interface Validation {
  /** Display paths of the files checked, sorted. */
  files: string[];
  /** Sorted. */
  diagnostics: Diagnostic[];
  units: LoadedUnits;
}

let validator: SchemaValidator | undefined;

/** The schemas compiled once per process. */
export function schemaValidator(): SchemaValidator {
  if (validator === undefined) {
    const schemas = loadSchemas();
    validator = new SchemaValidator(schemas, loadPrecompiled(schemas));
  }
  return validator;
}

/** Reads synchronously (see load-yaml.ts); a Promise so that callers need not know. */
export function validateFiles(
  files: readonly string[],
  options: ValidateFilesOptions,
): Promise<Validation> {
  const units = loadUnits(files, { ...options, validator: schemaValidator() });
  const found = [...units.diagnostics];
  // Each file's rules, or their findings from the file cache when found in the same context.
  const rules = (source: SourceLocator, context: () => string, check: () => Diagnostic[]) => {
    const slot = units.slots.get(source);
    if (slot === undefined) return check();
    const key = context();
    const known = slot.entry.rules;
    if (known?.context === key) return known.diagnostics;
    const diagnostics = check();
    slot.entry.rules = { context: key, diagnostics };
    slot.save();
    return diagnostics;
  };
  const { today } = options;
  for (const unit of units.regions) {
    const context = () => JSON.stringify([unit.parent?.file, unit.parent?.region]);
    found.push(...rules(unit.source, context, () => checkRegion(unit)));
  }
  for (const unit of units.catalogs) {
    // regionUnread decides whether the file is checked as an overlay or as a baseline.
    const context = () => JSON.stringify([today, unit.region, unit.regionUnread === true]);
    found.push(...rules(unit.source, context, () => checkCatalog(unit, today)));
  }
  found.push(...checkDomainsPerRegion(units.catalogs));
  if (units.registers.length > 0) {
    const registerOptions = { calendar: officialCalendar(), today };
    for (const unit of units.registers) {
      const context = () => JSON.stringify([today, unit.regionFile]);
      found.push(...rules(unit.source, context, () => checkRegister(unit, registerOptions)));
    }
  }
  return Promise.resolve({
    files: files.map((file) => displayPath(file, options.cwd)),
    diagnostics: sortDiagnostics(found),
    units,
  });
}
