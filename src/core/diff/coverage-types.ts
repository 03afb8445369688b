/** The result of a coverage diff: per region and domain, what the reference expects and what is there. */
import type { Diagnostic } from '../diagnostics/index.js';
import type { DomainId } from '../vocabulary/domains.js';
import type { RegionRef } from '../model/effective.js';

/** What each region is compared with: `national` (default) or its parent region's catalog. */
export type Against = 'national' | 'parent';

/** What one domain of one region was actually compared with. */
export type ReferenceKind =
  | { kind: 'national' }
  | { kind: 'parent'; code: string; name: string }
  /** No reference for this domain (no baseline): every item is a local addition. */
  | { kind: 'none' };

/**
 * The categories of a coverage diff. `expected` are the reference's items that apply at the
 * region's level; each of them is `covered` (in the catalog), `omitted` (with a reason) or
 * `missing`. `local` items are in the catalog but not expected. `weakened` counts covered items
 * with at least one weakening (a warning), so it overlaps `covered`.
 */
export interface Counts {
  expected: number;
  covered: number;
  omitted: number;
  missing: number;
  local: number;
  weakened: number;
}

export interface DomainCoverage {
  domain: DomainId;
  reference: ReferenceKind;
  counts: Counts;
  /** Ids in catalog order, per category. */
  covered: string[];
  missing: string[];
  omitted: { id: string; reason: string }[];
  local: string[];
  weakened: string[];
  /** This domain's findings, sorted (not deduplicated across regions). */
  findings: Diagnostic[];
}

export interface RegionCoverage {
  region: RegionRef;
  /** Display path of region.yaml. */
  file: string;
  domains: DomainCoverage[];
  counts: Counts;
}

export interface CoverageReport {
  against: Against;
  regions: RegionCoverage[];
  counts: Counts;
  /**
   * Every finding once, sorted: a parent's overlay line that weakens an item for its townships
   * too is reported once, at that line.
   */
  diagnostics: Diagnostic[];
}

/**
 * A coverage report's figures without its id lists and findings: what the compile report, report.json,
 * the summary and each workbook's 汇总 sheet show. A compile keeps only these for the whole repository.
 */
export interface CoverageTotals {
  against: Against;
  counts: Counts;
  regions: readonly {
    region: RegionRef;
    counts: Counts;
    domains: readonly { domain: DomainId; counts: Counts }[];
  }[];
}

/** The figures of a report, its id lists and findings dropped. */
export function coverageTotals(report: CoverageReport): CoverageTotals {
  return {
    against: report.against,
    counts: report.counts,
    regions: report.regions.map((region) => ({
      region: region.region,
      counts: region.counts,
      domains: region.domains.map((d) => ({ domain: d.domain, counts: d.counts })),
    })),
  };
}

export const ZERO: Counts = {
  expected: 0,
  covered: 0,
  omitted: 0,
  missing: 0,
  local: 0,
  weakened: 0,
};

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    expected: a.expected + b.expected,
    covered: a.covered + b.covered,
    omitted: a.omitted + b.omitted,
    missing: a.missing + b.missing,
    local: a.local + b.local,
    weakened: a.weakened + b.weakened,
  };
}

/**
 * The coverage figures. `coverage` = covered / expected: the share of expected items the catalog
 * carries. `accounted` = (covered + omitted) / expected: the share that is either carried or
 * omitted with a reason; below 1 exactly when something is missing. Null when nothing is expected.
 */
export function ratios(counts: Counts): { coverage: number | null; accounted: number | null } {
  if (counts.expected === 0) return { coverage: null, accounted: null };
  return {
    coverage: counts.covered / counts.expected,
    accounted: (counts.covered + counts.omitted) / counts.expected,
  };
}
