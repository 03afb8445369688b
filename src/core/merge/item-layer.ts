/**
 * One item through one layer: introduced whole (a baseline's item, a local addition), or an
 * inherited item with an overlay's override applied. Pure: the inherited item is never changed,
 * because sibling regions share it.
 */
import type { JsonPath } from '../diagnostics/index.js';
import type { EffectiveItem, FieldChange, ItemProvenance } from '../model/effective.js';
import type { Basis, Channel, Element, Item, ListField, ScalarField } from '../model/item.js';
import type { RawBasis, RawChannel, RawElement, RawItem, RawList } from '../model/raw.js';
import { scalarText } from './display.js';
import { applyList, type ListKind, type Unmatched } from './lists.js';
import {
  ENTRY_KEYS,
  ENTRY_NAMES,
  REMOVE_KEYS,
  toBasis,
  toChannel,
  toElement,
  toItem,
} from './normalize.js';
import { originOf, type LayerFile } from './origin.js';

const ELEMENTS: ListKind<Element, RawElement> = {
  field: 'elements',
  read: toElement,
  key: ENTRY_KEYS.elements,
  removeKey: REMOVE_KEYS.elements,
  name: ENTRY_NAMES.elements,
};
const BASES: ListKind<Basis, RawBasis> = {
  field: 'bases',
  read: toBasis,
  key: ENTRY_KEYS.bases,
  removeKey: REMOVE_KEYS.bases,
  name: ENTRY_NAMES.bases,
};
const CHANNELS: ListKind<Channel, RawChannel> = {
  field: 'channels',
  read: toChannel,
  key: ENTRY_KEYS.channels,
  removeKey: REMOVE_KEYS.channels,
  name: ENTRY_NAMES.channels,
};

/** Every scalar field an overlay may set, in table order. */
export const SCALAR_FIELDS: readonly ScalarField[] = [
  'l1',
  'l2',
  'l3',
  'timeLimit',
  'subject',
  'audience',
  'audienceGroup',
  'method',
  'levels',
  'stage',
  'column',
  'url',
  'reviewed',
  'source',
  'note',
];

export const LIST_FIELDS: readonly ListField[] = ['elements', 'bases', 'channels'];

/** An item written whole at `path` of a layer's file: every value originates there. */
export function introduce(
  raw: RawItem,
  at: LayerFile,
  path: JsonPath,
  local: boolean,
): EffectiveItem {
  const item = toItem(raw);
  const fields: ItemProvenance['fields'] = {};
  for (const field of SCALAR_FIELDS) {
    if (scalarText(item, field) !== undefined) fields[field] = originOf(at, [...path, field]);
  }
  const listOrigins = (field: ListField) =>
    item[field].map((_, index) => originOf(at, [...path, field, index]));
  return {
    item,
    local,
    provenance: {
      introduced: originOf(at, [...path, 'id']),
      fields,
      lists: {
        elements: listOrigins('elements'),
        bases: listOrigins('bases'),
        channels: listOrigins('channels'),
      },
      changes: [],
    },
  };
}

export interface Overridden {
  effective: EffectiveItem;
  unmatched: (Unmatched & { field: ListField })[];
}

/** The inherited item with the overlay entry `raw` (at `path`) applied. */
export function override(
  inherited: EffectiveItem,
  raw: RawItem,
  at: LayerFile,
  path: JsonPath,
): Overridden {
  const item: Item = { ...inherited.item, incomplete: [...inherited.item.incomplete] };
  const fields = { ...inherited.provenance.fields };
  const lists = { ...inherited.provenance.lists };
  const changes: FieldChange[] = [...inherited.provenance.changes];
  const unmatched: Overridden['unmatched'] = [];

  const written = toItem(raw);
  for (const field of SCALAR_FIELDS) {
    if (raw[field] === undefined) continue;
    const previous = scalarText(item, field);
    const previousOrigin = fields[field];
    Object.assign(item, { [field]: written[field] });
    const origin = originOf(at, [...path, field]);
    fields[field] = origin;
    changes.push({
      field,
      op: 'set',
      ...(previous === undefined ? {} : { previous }),
      ...(previousOrigin === undefined ? {} : { previousOrigin }),
      origin,
    });
    // A field the source lacked is no longer missing once a layer fills it in.
    item.incomplete = item.incomplete.filter((missing) => missing !== field);
  }
  // 全社会 names no group: a group inherited from a 特定群体 item would contradict it.
  if (
    raw.audience === '全社会' &&
    raw.audienceGroup === undefined &&
    item.audienceGroup !== undefined
  ) {
    const previousOrigin = fields.audienceGroup;
    changes.push({
      field: 'audienceGroup',
      op: 'clear',
      previous: item.audienceGroup,
      ...(previousOrigin === undefined ? {} : { previousOrigin }),
      origin: originOf(at, [...path, 'audience']),
    });
    delete item.audienceGroup;
    delete fields.audienceGroup;
  }
  if (raw.incomplete !== undefined) item.incomplete = [...raw.incomplete];

  const applyField = <E extends object, R>(
    kind: ListKind<E, R>,
    entries: E[],
    list: RawList<R> | undefined,
  ): E[] => {
    if (list === undefined) return entries;
    const state = { entries, origins: lists[kind.field] };
    const result = applyList(kind, state, list, at, [...path, kind.field]);
    lists[kind.field] = result.origins;
    changes.push(...result.changes);
    for (const miss of result.unmatched) unmatched.push({ ...miss, field: kind.field });
    item.incomplete = item.incomplete.filter((missing) => missing !== kind.field);
    return result.entries;
  };
  item.elements = applyField(ELEMENTS, item.elements, raw.elements);
  item.bases = applyField(BASES, item.bases, raw.bases);
  item.channels = applyField(CHANNELS, item.channels, raw.channels);
  return {
    effective: {
      item,
      local: inherited.local,
      provenance: { introduced: inherited.provenance.introduced, fields, lists, changes },
    },
    unmatched,
  };
}
