/**
 * The version diff (pure): two merged repositories compared region by region on their effective
 * catalogs, so that a change in a parent shows under every region whose catalog it alters.
 */
import type { DomainId } from '../vocabulary/domains.js';
import { DOMAINS } from '../vocabulary/domains.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { diagnostic } from '../diagnostics/index.js';
import type {
  EffectiveCatalog,
  EffectiveItem,
  Omission,
  RegionModel,
  RepositoryModel,
} from '../model/effective.js';
import { dedupeDiagnostics } from './dedupe.js';
import { absenceLocation } from './locate.js';
import { appliesAt } from './scope.js';
import {
  NO_CHANGES,
  type DomainChanges,
  type ItemChange,
  type RegionChanges,
  type VersionCounts,
  type VersionReport,
} from './version-types.js';
import { changeFindings, classify, type Side } from './version-findings.js';

export interface VersionOptions {
  /** Only these domains (all when absent). */
  domains?: ReadonlySet<DomainId>;
  /** Only these regions, by code (all when absent). */
  regions?: ReadonlySet<string>;
}

export function versionDiff(
  before: RepositoryModel,
  after: RepositoryModel,
  options: VersionOptions = {},
): VersionReport {
  const wanted = (region: RegionModel): boolean => options.regions?.has(region.ref.code) ?? true;
  const old = new Map(before.regions.map((region) => [region.ref.code, region]));
  const now = new Set(after.regions.map((region) => region.ref.code));
  const regions: RegionChanges[] = [];
  const found: Diagnostic[] = [];
  let unchanged = 0;
  for (const region of after.regions.filter(wanted)) {
    const previous = old.get(region.ref.code);
    if (!previous) {
      regions.push(wholeRegion(region, 'added'));
      const args = { region: region.ref.name, code: region.ref.code };
      found.push(diagnostic('diff-region-added', args, { file: region.file }));
      continue;
    }
    const changes = regionChanges(previous, region, options, found);
    if (changes.domains.length > 0) regions.push(changes);
    else unchanged++;
  }
  for (const region of before.regions.filter(wanted)) {
    if (now.has(region.ref.code)) continue;
    regions.push(wholeRegion(region, 'removed'));
    const args = { region: region.ref.name, code: region.ref.code };
    found.push(diagnostic('diff-region-removed', args, { file: region.file }));
  }
  const counts = regions.reduce((sum, r) => addVersionCounts(sum, r.counts), NO_CHANGES);
  return {
    regions,
    unchanged,
    counts: {
      ...counts,
      regionsAdded: regions.filter((r) => r.status === 'added').length,
      regionsRemoved: regions.filter((r) => r.status === 'removed').length,
    },
    diagnostics: dedupeDiagnostics(found),
  };
}

function wholeRegion(region: RegionModel, status: 'added' | 'removed'): RegionChanges {
  return { region: region.ref, file: region.file, status, domains: [], counts: NO_CHANGES };
}

function addVersionCounts(a: VersionCounts, b: VersionCounts): VersionCounts {
  return {
    added: a.added + b.added,
    removed: a.removed + b.removed,
    changed: a.changed + b.changed,
    omitted: a.omitted + b.omitted,
    restored: a.restored + b.restored,
    inherited: a.inherited + b.inherited,
  };
}

function regionChanges(
  before: RegionModel,
  after: RegionModel,
  options: VersionOptions,
  found: Diagnostic[],
): RegionChanges {
  const domains: DomainChanges[] = [];
  for (const { id } of DOMAINS) {
    if (options.domains && !options.domains.has(id)) continue;
    const oldCatalog = before.catalogs.find((c) => c.domain === id);
    const newCatalog = after.catalogs.find((c) => c.domain === id);
    const old = scoped(oldCatalog, before);
    const now = scoped(newCatalog, after);
    const ctx = {
      region: after.ref,
      domain: id,
      fallback: absenceLocation(newCatalog, after.file),
    };
    const changes: ItemChange[] = [];
    for (const itemId of idsOf(old, now)) {
      const change = classify(itemId, old, now, after.ref);
      if (!change) continue;
      changes.push(change);
      found.push(...changeFindings(change, itemId, old, now, ctx));
    }
    if (changes.length > 0) domains.push({ domain: id, changes });
  }
  const counts = { ...NO_CHANGES };
  for (const change of domains.flatMap((d) => d.changes)) {
    counts[change.kind]++;
    if (change.inherited) counts.inherited++;
  }
  return { region: after.ref, file: after.file, status: 'changed', domains, counts };
}

/** The items and omissions that concern this region: those that apply at its level. */
function scoped(catalog: EffectiveCatalog | undefined, region: RegionModel): Side {
  const level = region.ref.level;
  const items = new Map<string, EffectiveItem>();
  const omitted = new Map<string, Omission>();
  for (const effective of catalog?.items ?? []) {
    if (appliesAt(effective.item, level)) items.set(effective.item.id, effective);
  }
  for (const omission of catalog?.omitted ?? []) {
    if (appliesAt(omission.item, level)) omitted.set(omission.id, omission);
  }
  return { items, omitted };
}

/** Every id of either side: the new version's order first, then what only the old one has. */
function idsOf(before: Side, after: Side): Set<string> {
  return new Set([
    ...after.items.keys(),
    ...after.omitted.keys(),
    ...before.items.keys(),
    ...before.omitted.keys(),
  ]);
}
