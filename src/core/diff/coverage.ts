/**
 * The coverage diff (pure): each region's effective catalog against the national baseline of its
 * domain, or against its parent region's effective catalog.
 */
import type { Reference } from '../diagnostics/codes/diff.js';
import type { Diagnostic, Location } from '../diagnostics/index.js';
import { diagnostic, sortDiagnostics } from '../diagnostics/index.js';
import { DOMAINS, type DomainId } from '../vocabulary/domains.js';
import { LEVEL_LABELS, type Level } from '../vocabulary/levels.js';
import type {
  EffectiveCatalog,
  EffectiveItem,
  RegionModel,
  RepositoryModel,
} from '../model/effective.js';
import type { Item } from '../model/item.js';
import {
  addCounts,
  ZERO,
  type Against,
  type CoverageReport,
  type DomainCoverage,
  type ReferenceKind,
  type RegionCoverage,
} from './coverage-types.js';
import { dedupeDiagnostics } from './dedupe.js';
import { handedDownFrom, type HandedDown } from './handed-down.js';
import { absenceLocation, at } from './locate.js';
import { appliesAt, domainName, itemRef } from './scope.js';
import { columnFinding, weaknesses, type WeakenContext } from './weaken.js';

export interface CoverageOptions {
  against: Against;
  /** The national baselines' items by domain (normalised, in table order). */
  baselines: ReadonlyMap<DomainId, readonly Item[]>;
  /** Only these domains (all when absent). */
  domains?: ReadonlySet<DomainId>;
  /** Only these regions, by code (all when absent); their parents still serve as references. */
  regions?: ReadonlySet<string>;
}

interface ReferenceItems {
  kind: ReferenceKind;
  items: readonly Item[];
}

export function coverageDiff(model: RepositoryModel, options: CoverageOptions): CoverageReport {
  const byCode = new Map(model.regions.map((region) => [region.ref.code, region]));
  const wanted = model.regions.filter((r) => options.regions?.has(r.ref.code) ?? true);
  const handedDown = handedDownFrom(model.regions, options.baselines);
  const regions = wanted.map((region) => {
    const ancestors = ancestorsOf(region, byCode);
    return regionCoverage(region, ancestors, options, handedDown);
  });
  return {
    against: options.against,
    regions,
    counts: regions.reduce((sum, r) => addCounts(sum, r.counts), ZERO),
    diagnostics: dedupeDiagnostics(regions.flatMap((r) => r.domains.flatMap((d) => d.findings))),
  };
}

/**
 * The reference of one domain: the national baseline, or against `parent` what the parent region
 * hands down (its own table and the items passing through it). The top region's parent is the
 * national baseline.
 */
function referenceFor(
  domain: DomainId,
  parent: RegionModel | undefined,
  options: CoverageOptions,
  handedDown: HandedDown,
): ReferenceItems | undefined {
  if (options.against === 'parent' && parent) {
    return {
      kind: { kind: 'parent', code: parent.ref.code, name: parent.ref.name },
      items: handedDown(parent, domain),
    };
  }
  const baseline = options.baselines.get(domain);
  return baseline ? { kind: { kind: 'national' }, items: baseline } : undefined;
}

/** The regions above a region, nearest first. */
function ancestorsOf(region: RegionModel, byCode: ReadonlyMap<string, RegionModel>): RegionModel[] {
  const chain: RegionModel[] = [];
  for (let code = region.ref.parent; code !== undefined;) {
    const above = byCode.get(code);
    if (!above || chain.includes(above)) break;
    chain.push(above);
    code = above.ref.parent;
  }
  return chain;
}

function regionCoverage(
  region: RegionModel,
  ancestors: readonly RegionModel[],
  options: CoverageOptions,
  handedDown: HandedDown,
): RegionCoverage {
  const parent = ancestors[0];
  const wanted = (domain: DomainId): boolean => options.domains?.has(domain) ?? true;
  // A domain whose catalog here or above could not be read is not compared: "has no catalog for
  // 社会救助" would only repeat that file's own error (see RegionModel.unread).
  const unread = new Set(region.unread);
  const domains: DomainCoverage[] = [];
  for (const { id } of DOMAINS) {
    if (!wanted(id) || unread.has(id)) continue;
    const catalog = region.catalogs.find((c) => c.domain === id);
    const reference = referenceFor(id, parent, options, handedDown);
    // What the regions above hand down decides where an item of unstated levels applies; the
    // nearest decides, even when its decision keeps the item from reaching this region at all
    // (a city's levels: [市级] is not a gap in every township).
    const above = ancestors.flatMap((ancestor) => handedDown(ancestor, id));
    const result = domainCoverage(region, id, catalog, reference, above);
    if (result) domains.push(result);
  }
  return {
    region: region.ref,
    file: region.file,
    domains,
    counts: domains.reduce((sum, d) => addCounts(sum, d.counts), ZERO),
  };
}

function referenceArgs(kind: ReferenceKind): Reference {
  return kind.kind === 'parent'
    ? { against: 'parent', parent: kind.name }
    : { against: 'national' };
}

function domainCoverage(
  region: RegionModel,
  domain: DomainId,
  catalog: EffectiveCatalog | undefined,
  reference: ReferenceItems | undefined,
  above: readonly Item[],
): DomainCoverage | undefined {
  const level = region.ref.level;
  const expected = (reference?.items ?? []).filter((item) => expectedAt(item, level, above));
  const kind: ReferenceKind = reference?.kind ?? { kind: 'none' };
  const ref = referenceArgs(kind);
  const fallback = absenceLocation(catalog, region.file);
  const result: DomainCoverage = {
    domain,
    reference: kind,
    counts: { ...ZERO, expected: expected.length },
    covered: [],
    missing: [],
    omitted: [],
    local: [],
    weakened: [],
    findings: [],
  };
  if (!catalog) {
    if (expected.length === 0) return undefined;
    result.missing = expected.map((item) => item.id);
    result.counts.missing = expected.length;
    result.findings.push(domainMissing(region, domain, expected.length, ref, fallback));
    return result;
  }
  const ctx: WeakenContext = { region: region.ref, domain, reference: ref, fallback };
  const mine = new Map(catalog.items.map((effective) => [effective.item.id, effective]));
  const omissions = new Map(catalog.omitted.map((omission) => [omission.id, omission]));
  for (const theirs of expected) {
    const effective = mine.get(theirs.id);
    const omission = omissions.get(theirs.id);
    if (effective) {
      result.covered.push(theirs.id);
      const found = weaknesses(effective, theirs, ctx);
      if (found.some((d) => d.severity === 'warning')) result.weakened.push(theirs.id);
      result.findings.push(...found);
    } else if (omission) {
      result.omitted.push({ id: theirs.id, reason: omission.reason });
      const args = { ...itemRef(theirs, domain), reason: omission.reason };
      result.findings.push(diagnostic('diff-omitted', args, at(omission.origin)));
    } else {
      result.missing.push(theirs.id);
      const args = { ...itemRef(theirs, domain), ...ref, region: region.ref.name };
      result.findings.push(diagnostic('diff-missing', args, fallback));
    }
  }
  const expectedIds = new Set(expected.map((item) => item.id));
  for (const effective of catalog.items) {
    // Items passed down to the levels below, which do not apply here, are not this region's.
    if (!appliesAt(effective.item, level)) continue;
    result.findings.push(...columnFinding(effective, ctx));
    if (expectedIds.has(effective.item.id)) continue;
    result.local.push(effective.item.id);
    result.findings.push(localFinding(effective, level, domain));
  }
  result.counts = {
    expected: expected.length,
    covered: result.covered.length,
    omitted: result.omitted.length,
    missing: result.missing.length,
    local: result.local.length,
    weakened: result.weakened.length,
  };
  result.findings = sortDiagnostics(result.findings);
  return result;
}

/**
 * An item the reference does not expect here. One that came down from the national baseline is
 * here because a catalog added this level to its 公开层级: point at that line, not at the baseline.
 */
function localFinding(effective: EffectiveItem, level: Level, domain: DomainId): Diagnostic {
  const args = itemRef(effective.item, domain);
  if (effective.local) return diagnostic('diff-local', args, at(effective.provenance.introduced));
  const origin = effective.provenance.fields.levels ?? effective.provenance.introduced;
  return diagnostic('diff-extended', args, at(origin));
}

/**
 * Is a reference item expected of a region of this level? Where the reference states its levels,
 * they decide. Where it states none (merge assumes 县级、乡级), a region above that stated them has
 * decided for the regions below it: a county's `levels: [县级]` on such an item is a decision, not
 * a gap in each of its townships.
 */
function expectedAt(item: Item, level: Level, above: readonly Item[]): boolean {
  if (item.levels.length > 0) return appliesAt(item, level);
  const decided = above.find((candidate) => candidate.id === item.id);
  return appliesAt(decided && decided.levels.length > 0 ? decided : item, level);
}

function domainMissing(
  region: RegionModel,
  domain: DomainId,
  count: number,
  ref: Reference,
  where: Location,
): Diagnostic {
  return diagnostic(
    'diff-domain-missing',
    {
      ...ref,
      region: region.ref.name,
      domain: domainName(domain),
      domainId: domain,
      level: LEVEL_LABELS[region.ref.level],
      count,
    },
    where,
  );
}
