/**
 * Field-by-field comparison of two versions of one effective item, each change with the origin
 * that made it, so that a township's report can say "inherited from 中原区".
 */
import { TABLE_FIELDS } from '../model/fields.js';
import { basisKey } from '../cells/basis/parse.js';
import { LEVEL_LABELS } from '../vocabulary/levels.js';
import type { EffectiveItem, Origin, RegionRef } from '../model/effective.js';
import type { Basis, Channel, Element, Item, ListField } from '../model/item.js';
import { ENTRY_NAMES } from '../merge/index.js';
import { isOwn } from './locate.js';

/** The fields a reviewer cares about, in table order; `source` and `incomplete` are bookkeeping. */
export const COMPARED_FIELDS = TABLE_FIELDS;

export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface FieldChange {
  field: ComparedField | 'omit';
  /** The value as people read it; null when the field is not set. */
  old: string | null;
  new: string | null;
  /** For lists: the entries that appear or disappear. */
  added?: string[];
  removed?: string[];
  /** The origins that made the change: new values' first, then old ones'. */
  origins: Origin[];
  /** Made by a layer above this region: none of its origins is the region's own. */
  inherited: boolean;
  /**
   * Where to point: the new value's origin; for an own change whose new value is inherited (an
   * override was removed) undefined, as the old line no longer exists.
   */
  at?: Origin;
}

const elementText = (e: Element): string =>
  (e.required === true ? '●' : e.required === false ? '〇' : '') + e.name;
const channelText = (c: Channel): string =>
  (c.required === true ? '■' : '') +
  c.name +
  (c.detail !== undefined ? `：${c.detail}` : '') +
  (c.url !== undefined ? ` ${c.url}` : '');
const basisText = (b: Basis): string =>
  b.title + (b.docNo !== undefined ? `（${b.docNo}）` : '') + (b.clause ?? '');

/**
 * Each list entry as text, the key that identifies it across versions, and its name as the merge
 * records it in a change (ENTRY_NAMES).
 */
function entries(item: Item, field: ListField): { text: string; key: string; name: string }[] {
  if (field === 'elements')
    return item.elements.map((e) => ({
      text: elementText(e),
      key: e.name,
      name: ENTRY_NAMES.elements(e),
    }));
  if (field === 'channels')
    return item.channels.map((c) => ({
      text: channelText(c),
      key: c.name,
      name: ENTRY_NAMES.channels(c),
    }));
  return item.bases.map((b) => ({
    text: basisText(b),
    key: basisKey(b.title),
    name: ENTRY_NAMES.bases(b),
  }));
}

/**
 * Where the newer version dropped an entry: the overlay's `remove` of it, or a `replace` of the
 * whole list. The entry's own origin is where it was once written (often the national baseline),
 * which says nothing about who took it away.
 */
function removalOrigin(after: EffectiveItem, field: ListField, name: string): Origin | undefined {
  return after.provenance.changes.findLast(
    (change) =>
      change.field === field &&
      (change.op === 'replace' || (change.op === 'remove' && change.key === name)),
  )?.origin;
}

const LIST_SEPARATOR: Record<ListField, string> = { elements: '；', bases: '、', channels: '、' };

function scalarText(item: Item, field: Exclude<ComparedField, ListField>): string | null {
  if (field === 'timeLimit') return item.timeLimit?.text ?? null;
  if (field === 'levels') {
    return item.levels.length > 0 ? item.levels.map((l) => LEVEL_LABELS[l]).join('、') : null;
  }
  const value = item[field];
  return value === undefined ? null : value;
}

/** A change before it is placed: `newOrigins` are the origins of the new side alone. */
type Draft = Omit<FieldChange, 'inherited' | 'at'> & { newOrigins: Origin[] };

function isList(field: ComparedField): field is ListField {
  return field === 'elements' || field === 'bases' || field === 'channels';
}

function listChange(
  before: EffectiveItem,
  after: EffectiveItem,
  field: ListField,
): Draft | undefined {
  const old = entries(before.item, field);
  const now = entries(after.item, field);
  const oldText = old.map((e) => e.text).join(LIST_SEPARATOR[field]);
  const newText = now.map((e) => e.text).join(LIST_SEPARATOR[field]);
  if (oldText === newText) return undefined;
  const oldSet = new Set(old.map((e) => e.text));
  const newSet = new Set(now.map((e) => e.text));
  const addedAt = now.flatMap((e, i) => (oldSet.has(e.text) ? [] : [i]));
  const removedAt = old.flatMap((e, i) => (newSet.has(e.text) ? [] : [i]));
  const newOrigins = after.provenance.lists[field];
  const oldOrigins = before.provenance.lists[field];
  // A reordering adds and removes nothing: its origin is the whole new list.
  const added = addedAt.flatMap((i) => newOrigins[i] ?? []);
  // An entry gone by a `remove` in the newer version is that line's doing; one gone because the
  // line that added it is gone is the older version's line's.
  const removedBy = removedAt.map((i) => {
    const entry = old[i];
    return entry === undefined ? undefined : removalOrigin(after, field, entry.name);
  });
  const removedOld = removedAt.flatMap((i, n) => (removedBy[n] ? [] : (oldOrigins[i] ?? [])));
  const removed = removedBy.filter((origin): origin is Origin => origin !== undefined);
  // An entry back because the older version's `remove` of it is gone is that line's doing too (as
  // a scalar whose override was dropped): without it, deleting a township's own remove would read
  // as inherited from where the entry was first written.
  const restoredBy = addedAt.flatMap((i) => {
    const entry = now[i];
    return (entry && removalOrigin(before, field, entry.name)) ?? [];
  });
  const fresh = [...added, ...removed];
  const origins = [...fresh, ...removedOld, ...restoredBy];
  return {
    field,
    old: oldText === '' ? null : oldText,
    new: newText === '' ? null : newText,
    added: addedAt.flatMap((i) => now[i]?.text ?? []),
    removed: removedAt.flatMap((i) => old[i]?.text ?? []),
    origins: origins.length > 0 ? origins : newOrigins,
    newOrigins: fresh.length > 0 ? fresh : newOrigins,
  };
}

function scalarChange(
  before: EffectiveItem,
  after: EffectiveItem,
  field: Exclude<ComparedField, ListField>,
): Draft | undefined {
  const old = scalarText(before.item, field);
  const now = scalarText(after.item, field);
  if (old === now) return undefined;
  const fresh = after.provenance.fields[field];
  const origins = [fresh, before.provenance.fields[field]].filter(
    (origin): origin is Origin => origin !== undefined,
  );
  return { field, old, new: now, origins, newOrigins: fresh ? [fresh] : [] };
}

/** Every compared field whose value differs, in table order. */
export function fieldChanges(
  before: EffectiveItem,
  after: EffectiveItem,
  region: RegionRef,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of COMPARED_FIELDS) {
    const change = isList(field)
      ? listChange(before, after, field)
      : scalarChange(before, after, field);
    if (!change) continue;
    const { newOrigins, ...rest } = change;
    // A change is the region's own when one of its origins is: removing an own override makes
    // the inherited value reappear, and that is still this region's doing.
    const inherited = !rest.origins.some((o) => isOwn(o, region));
    const at = inherited
      ? (newOrigins[0] ?? rest.origins[0])
      : newOrigins.find((o) => isOwn(o, region));
    changes.push(at ? { ...rest, inherited, at } : { ...rest, inherited });
  }
  return changes;
}
