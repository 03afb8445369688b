/**
 * Is a region's item weaker than the reference item it derives from? Each check is a small
 * function; together they give the findings for one item, located at the overlay line that
 * caused them.
 */
import type { Reference } from '../diagnostics/codes/diff.js';
import type { Diagnostic, Location } from '../diagnostics/index.js';
import { diagnostic } from '../diagnostics/index.js';
import { CHANNEL_SUCCESSORS } from '../cells/channel/names.js';
import { LEVEL_LABELS, levelRank, type Level } from '../vocabulary/levels.js';
import type { EffectiveItem, RegionRef } from '../model/effective.js';
import type { Item, ListField } from '../model/item.js';
import type { ScalarField } from '../model/item.js';
import { compareTimeLimits } from '../cells/time-limit/compare.js';
import { removeSpaces } from '../cells/text.js';
import { rememberText } from '../util/memo.js';
import type { DomainId } from '../vocabulary/domains.js';
import { at, itemAnchor } from './locate.js';
import { applicableLevels, itemRef } from './scope.js';

export interface WeakenContext {
  region: RegionRef;
  domain: DomainId;
  reference: Reference;
  /** Where a finding goes when provenance names no overlay line (the region's own file). */
  fallback: Location;
}

type Check = (mine: EffectiveItem, theirs: Item, ctx: WeakenContext) => Diagnostic[];

/** The line that set a scalar field, else the overlay entry of the item, else the fallback. */
function fieldLocation(mine: EffectiveItem, field: ScalarField, ctx: WeakenContext): Location {
  const origin = mine.provenance.fields[field];
  if (origin && origin.layer.kind === 'region') return at(origin);
  return anchorLocation(mine, ctx);
}

/**
 * Where entries of a list were dropped: the overlay lines that removed them by name, or replaced
 * the whole list (the item's change history records both), the region's own lines first; else the
 * item's overlay entry.
 */
function dropLocation(
  mine: EffectiveItem,
  field: ListField,
  names: readonly string[],
  ctx: WeakenContext,
): Location {
  const wanted = new Set(names.map(nameKey));
  const causes = mine.provenance.changes
    .filter(
      (change) =>
        change.field === field &&
        (change.op === 'replace' ||
          (change.op === 'remove' && change.key !== undefined && wanted.has(nameKey(change.key)))),
    )
    .map((change) => change.origin);
  const origin = itemAnchor(mine, ctx.region, causes) ?? itemAnchor(mine, ctx.region);
  return origin ? at(origin) : ctx.fallback;
}

function anchorLocation(mine: EffectiveItem, ctx: WeakenContext): Location {
  const origin = itemAnchor(mine, ctx.region);
  return origin ? at(origin) : ctx.fallback;
}

const method: Check = (mine, theirs, ctx) =>
  theirs.method === '主动' && mine.item.method === '依申请'
    ? [
        diagnostic(
          'diff-method-weakened',
          { ...itemRef(mine.item, ctx.domain), ...ctx.reference, from: '主动', to: '依申请' },
          fieldLocation(mine, 'method', ctx),
        ),
      ]
    : [];

const audience: Check = (mine, theirs, ctx) => {
  if (theirs.audience !== '全社会' || mine.item.audience !== '特定群体') return [];
  const to = mine.item.audienceGroup ? `特定群体（${mine.item.audienceGroup}）` : '特定群体';
  return [
    diagnostic(
      'diff-audience-weakened',
      { ...itemRef(mine.item, ctx.domain), ...ctx.reference, from: '全社会', to },
      fieldLocation(mine, 'audience', ctx),
    ),
  ];
};

/** Longer is a warning; different but not comparable (工作日 against 日 …) is said, as an info. */
const timeLimit: Check = (mine, theirs, ctx) => {
  const local = mine.item.timeLimit;
  const reference = theirs.timeLimit;
  if (!local || !reference || removeSpaces(local.text) === removeSpaces(reference.text)) return [];
  const comparison = compareTimeLimits(local.parsed, reference.parsed);
  const args = {
    ...itemRef(mine.item, ctx.domain),
    ...ctx.reference,
    local: local.text,
    reference: reference.text,
  };
  const where = fieldLocation(mine, 'timeLimit', ctx);
  if (comparison.kind === 'longer') return [diagnostic('diff-time-limit-longer', args, where)];
  if (comparison.kind === 'incomparable') {
    return [diagnostic('diff-time-limit-incomparable', { ...args, why: comparison.reason }, where)];
  }
  return [];
};

const nameKey = rememberText((name) => removeSpaces(name.normalize('NFKC')));

/** A required channel counts as kept when its successor is there (两微一端 → 政务新媒体). */
const channels: Check = (mine, theirs, ctx) => {
  const have = new Set(mine.item.channels.map((c) => nameKey(c.name)));
  const kept = (name: string): boolean => {
    const successor = Object.entries(CHANNEL_SUCCESSORS).find(([from]) => from === name)?.[1];
    return have.has(nameKey(name)) || (successor !== undefined && have.has(nameKey(successor)));
  };
  const dropped = theirs.channels.filter((c) => c.required === true && !kept(c.name));
  if (dropped.length === 0) return [];
  return [
    diagnostic(
      'diff-channel-dropped',
      {
        ...itemRef(mine.item, ctx.domain),
        ...ctx.reference,
        channels: dropped.map((c) => c.name),
      },
      dropLocation(
        mine,
        'channels',
        dropped.map((c) => c.name),
        ctx,
      ),
    ),
  ];
};

const elements: Check = (mine, theirs, ctx) => {
  const have = new Set(mine.item.elements.map((e) => nameKey(e.name)));
  const dropped = theirs.elements.filter((e) => e.required === true && !have.has(nameKey(e.name)));
  if (dropped.length === 0) return [];
  return [
    diagnostic(
      'diff-element-dropped',
      {
        ...itemRef(mine.item, ctx.domain),
        ...ctx.reference,
        elements: dropped.map((e) => e.name),
      },
      dropLocation(
        mine,
        'elements',
        dropped.map((e) => e.name),
        ctx,
      ),
    ),
  ];
};

/**
 * Fewer levels: only levels the reference states (where it states none, a region's levels are a
 * decision, not a weakening), and only at or below the region's own, since a township cannot
 * decide what its county publishes.
 */
const levels: Check = (mine, theirs, ctx) => {
  if (theirs.levels.length === 0) return [];
  const floor = levelRank(ctx.region.level);
  const own = applicableLevels(mine.item);
  const dropped = theirs.levels.filter(
    (level: Level) => levelRank(level) >= floor && !own.includes(level),
  );
  if (dropped.length === 0) return [];
  return [
    diagnostic(
      'diff-levels-dropped',
      {
        ...itemRef(mine.item, ctx.domain),
        ...ctx.reference,
        levels: dropped.map((level) => LEVEL_LABELS[level]),
        referenceLevels: theirs.levels.map((level) => LEVEL_LABELS[level]),
      },
      fieldLocation(mine, 'levels', ctx),
    ),
  ];
};

const CHECKS: readonly Check[] = [method, audience, timeLimit, channels, elements, levels];

/**
 * Pairs (an item as merged, the reference item) found to have no weakness, with the levels of the
 * regions they were checked at. Regions share the items they inherit unchanged, so a province meets
 * the same pair in each of its townships; whether there is a weakness depends only on the two items
 * and the region's level (where it is reported depends on the region, so findings are not kept).
 */
const noWeakness = new WeakMap<Item, WeakMap<Item, Set<Level>>>();

/** Every way `mine` is weaker than (or cannot be compared with) `theirs`. */
export function weaknesses(mine: EffectiveItem, theirs: Item, ctx: WeakenContext): Diagnostic[] {
  const level = ctx.region.level;
  if (noWeakness.get(mine.item)?.get(theirs)?.has(level) === true) return [];
  const found = CHECKS.flatMap((check) => check(mine, theirs, ctx));
  if (found.length === 0) {
    let byReference = noWeakness.get(mine.item);
    if (byReference === undefined) noWeakness.set(mine.item, (byReference = new WeakMap()));
    let levels = byReference.get(theirs);
    if (levels === undefined) byReference.set(theirs, (levels = new Set()));
    levels.add(level);
  }
  return found;
}

/** 主动 items must name their column on the portal (seed item 21). */
export function columnFinding(mine: EffectiveItem, ctx: WeakenContext): Diagnostic[] {
  const item = mine.item;
  if (item.method !== '主动' || item.column !== undefined || item.url !== undefined) return [];
  return [diagnostic('diff-no-column', itemRef(item, ctx.domain), anchorLocation(mine, ctx))];
}
