/**
 * One item's change between two versions of a region's catalog: what kind it is, whether the
 * region made it or inherited it, and the findings that say so at the right place.
 */
import type { FieldChangeArgs } from '../diagnostics/codes/diff-version.js';
import type { Diagnostic, Location } from '../diagnostics/index.js';
import { diagnostic } from '../diagnostics/index.js';
import type { DomainId } from '../vocabulary/domains.js';
import type { EffectiveItem, Layer, Omission, Origin, RegionRef } from '../model/effective.js';
import { ITEM_FIELD_LABELS } from '../model/fields.js';
import { fieldChanges, type FieldChange } from './field-changes.js';
import { at, isOwn, itemAnchor, originsOf } from './locate.js';
import { domainName, itemTitle } from './scope.js';
import type { ItemChange } from './version-types.js';

/** One version of a region's catalog for a domain, by item id. */
export interface Side {
  items: ReadonlyMap<string, EffectiveItem>;
  omitted: ReadonlyMap<string, Omission>;
}

export interface FindingContext {
  region: RegionRef;
  domain: DomainId;
  /** The region's own catalog file (or region.yaml): where an own absence is reported. */
  fallback: Location;
}

/** Own when any origin is the region's; otherwise inherited from the nearest layer named. */
function ownership(
  origins: readonly Origin[],
  region: RegionRef,
): { inherited: boolean; from?: Layer } {
  if (origins.some((o) => isOwn(o, region))) return { inherited: false };
  const first = origins[0];
  return first ? { inherited: true, from: first.layer } : { inherited: true };
}

function anchorOf(effective: EffectiveItem, region: RegionRef): Origin {
  return itemAnchor(effective, region) ?? effective.provenance.introduced;
}

export function classify(
  id: string,
  before: Side,
  after: Side,
  region: RegionRef,
): ItemChange | undefined {
  const old = before.items.get(id);
  const now = after.items.get(id);
  const wasOmitted = before.omitted.get(id);
  const isOmitted = after.omitted.get(id);
  if (old && now) {
    const fields = fieldChanges(old, now, region);
    if (fields.length === 0) return undefined;
    const inherited = fields.every((f) => f.inherited);
    const from = fields.find((f) => f.at)?.at?.layer;
    const base = { kind: 'changed' as const, id, title: itemTitle(now.item), fields };
    return inherited && from ? { ...base, inherited, from } : { ...base, inherited };
  }
  if (now) {
    if (wasOmitted) {
      const who = ownership([wasOmitted.origin], region);
      return {
        kind: 'restored',
        id,
        title: itemTitle(now.item),
        ...who,
        fields: [],
        reason: wasOmitted.reason,
      };
    }
    const who = ownership([anchorOf(now, region), ...originsOf(now)], region);
    return { kind: 'added', id, title: itemTitle(now.item), ...who, fields: [] };
  }
  if (old) {
    if (isOmitted) {
      const who = ownership([isOmitted.origin], region);
      return {
        kind: 'omitted',
        id,
        title: itemTitle(old.item),
        ...who,
        fields: [],
        reason: isOmitted.reason,
      };
    }
    const who = ownership([anchorOf(old, region), ...originsOf(old)], region);
    return { kind: 'removed', id, title: itemTitle(old.item), ...who, fields: [] };
  }
  if (isOmitted && (!wasOmitted || wasOmitted.reason !== isOmitted.reason)) {
    const who = ownership([isOmitted.origin], region);
    const title = itemTitle(isOmitted.item);
    if (!wasOmitted)
      return { kind: 'omitted', id, title, ...who, fields: [], reason: isOmitted.reason };
    const reason: FieldChange = {
      field: 'omit',
      old: wasOmitted.reason,
      new: isOmitted.reason,
      origins: [isOmitted.origin],
      inherited: who.inherited,
      at: isOmitted.origin,
    };
    return { kind: 'changed', id, title, ...who, fields: [reason] };
  }
  // Omitted before and gone now: the item left the reference; nothing was published either way.
  return undefined;
}

function fieldArgs(change: FieldChange): FieldChangeArgs {
  return { field: ITEM_FIELD_LABELS[change.field], old: change.old, new: change.new };
}

/** The findings of one change, each at the place a reviewer should look. */
export function changeFindings(
  change: ItemChange,
  id: string,
  before: Side,
  after: Side,
  ctx: FindingContext,
): Diagnostic[] {
  const ref = { id, domain: domainName(ctx.domain), title: change.title };
  const now = after.items.get(id);
  const old = before.items.get(id);
  switch (change.kind) {
    case 'added':
      return now ? [diagnostic('diff-item-added', ref, at(anchorOf(now, ctx.region)))] : [];
    case 'removed': {
      // The old line is gone; the file that held the item is where to look.
      const where = old ? { file: anchorOf(old, ctx.region).file } : ctx.fallback;
      return [diagnostic('diff-item-removed', ref, where)];
    }
    case 'omitted': {
      const omission = after.omitted.get(id);
      const where = omission ? at(omission.origin) : ctx.fallback;
      return [diagnostic('diff-item-omitted', { ...ref, reason: change.reason ?? '' }, where)];
    }
    case 'restored': {
      const own = now ? itemAnchor(now, ctx.region) : undefined;
      const where = own && isOwn(own, ctx.region) ? at(own) : ctx.fallback;
      const previous = before.omitted.get(id);
      const place = change.inherited && previous ? { file: previous.origin.file } : where;
      return [diagnostic('diff-item-restored', { ...ref, reason: change.reason ?? '' }, place)];
    }
    case 'changed':
      return changedFindings(change, ref, now, ctx);
  }
}

/** One finding per place: a township's own edits and its county's inherited ones are apart. */
function changedFindings(
  change: ItemChange,
  ref: { id: string; domain: string; title: string },
  now: EffectiveItem | undefined,
  ctx: FindingContext,
): Diagnostic[] {
  const own = now ? itemAnchor(now, ctx.region) : undefined;
  const ownPlace = own && isOwn(own, ctx.region) ? at(own) : ctx.fallback;
  const groups = new Map<string, { where: Location; fields: FieldChange[] }>();
  for (const field of change.fields) {
    const where = field.at ? at(field.at) : ownPlace;
    const key = JSON.stringify(where);
    const group = groups.get(key) ?? { where, fields: [] };
    group.fields.push(field);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) =>
    diagnostic('diff-item-changed', { ...ref, changes: group.fields.map(fieldArgs) }, group.where),
  );
}
