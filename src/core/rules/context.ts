/** What a rule sees, and how it reports. Rules are small named functions that never throw. */
import type { Diagnostic, DiagnosticArgs, DiagnosticCode, JsonPath } from '../diagnostics/index.js';
import { diagnostic } from '../diagnostics/index.js';
import type { Level } from '../vocabulary/levels.js';
import type { RawCatalog, RawRegion } from '../model/raw.js';
import type { SourceLocator } from '../schema/errors.js';

export interface Reporter {
  /** Reports at the node of `path` (or at its key when `onKey`). */
  report<C extends DiagnosticCode>(
    code: C,
    args: DiagnosticArgs[C],
    path: JsonPath,
    onKey?: boolean,
  ): void;
  /** The line where the node at `path` starts, to mention it in a message. */
  lineOf(path: JsonPath): number | undefined;
}

/** The region a catalog belongs to, when it is an overlay in a region folder. */
export interface RegionInfo {
  code: string;
  name: string;
  level: Level;
}

export interface CatalogRuleContext extends Reporter {
  catalog: RawCatalog;
  /** A baseline stands alone (catalogs/national); an overlay changes its parent's catalog. */
  kind: 'baseline' | 'overlay';
  region?: RegionInfo;
  /** Today's date (YYYY-MM-DD), injected so that output is reproducible. */
  today: string;
}

export interface RegionRuleContext extends Reporter {
  region: RawRegion;
  parent?: { region: RawRegion; file: string };
}

export type CatalogRule = (ctx: CatalogRuleContext) => void;
export type RegionRule = (ctx: RegionRuleContext) => void;

export function reporterFor(source: SourceLocator, sink: Diagnostic[]): Reporter {
  return {
    report(code, args, path, onKey = false) {
      const span = onKey ? source.locateKey(path) : source.locate(path);
      sink.push(diagnostic(code, args, { file: source.file, span, path }));
    },
    lineOf: (path) => source.locate(path)?.start.line,
  };
}
