/**
 * The analyse stage: what a loaded repository says beyond reading and merging it. Each region's
 * 一件事 bundles are resolved and, when asked, the repository is compared with the national
 * baselines; every finding is sorted into one list, so that compile and site judge alike.
 */
import { sortDiagnostics, type Diagnostic } from '../core/diagnostics/index.js';
import { coverageDiff } from '../core/diff/index.js';
import type { CoverageReport } from '../core/diff/coverage-types.js';
import type { RepositoryModel } from '../core/model/effective.js';
import type { Item } from '../core/model/item.js';
import { resolveBundles } from '../core/model/bundles.js';
import type { DomainId } from '../core/vocabulary/domains.js';

export interface Loaded {
  model?: RepositoryModel | undefined;
  diagnostics: readonly Diagnostic[];
}

export interface Analysis {
  /** Undefined when there was nothing to merge. */
  model: RepositoryModel | undefined;
  /** Present when coverage was asked for and there is a model. */
  coverage: CoverageReport | undefined;
  /** Loading's, the bundles' and the coverage's findings, sorted. */
  diagnostics: Diagnostic[];
}

export function analyse(loaded: Loaded, options: { coverage: boolean }): Analysis {
  const model = loaded.model;
  const coverage =
    model && options.coverage
      ? coverageDiff(model, { against: 'national', baselines: nationalBaselines(model) })
      : undefined;
  const diagnostics = sortDiagnostics([
    ...loaded.diagnostics,
    ...(model?.regions.flatMap((region) => resolveBundles(region).diagnostics) ?? []),
    ...(coverage?.diagnostics ?? []),
  ]);
  return { model, coverage, diagnostics };
}

/** The items of the national baselines the merge used, by domain: what coverage compares with. */
export function nationalBaselines(
  model: RepositoryModel | undefined,
): ReadonlyMap<DomainId, readonly Item[]> {
  return new Map(
    (model?.national ?? []).map((baseline) => [
      baseline.domain,
      baseline.items.map((effective) => effective.item),
    ]),
  );
}
