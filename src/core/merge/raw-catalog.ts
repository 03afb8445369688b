/**
 * An effective catalog written back in the file format: a complete baseline that validates
 * against catalog.schema.json and merges to the same items again (see the idempotence test).
 * `gkml merge` prints this; export formats may start from it.
 */
import type { Level } from '../vocabulary/levels.js';
import type { Basis, Channel, Element, Item } from '../model/item.js';
import type {
  LevelName,
  RawBasis,
  RawCatalog,
  RawChannel,
  RawElement,
  RawItem,
} from '../model/raw.js';

export function toRawElement(entry: Element): RawElement {
  return entry.required === undefined ? entry.name : { name: entry.name, required: entry.required };
}

/** Always the object form: text would be parsed again, and parsing is not guaranteed to round-trip. */
export function toRawBasis(entry: Basis): RawBasis {
  const basis: Exclude<RawBasis, string> = { title: entry.title };
  if (entry.docNo !== undefined) basis.docNo = entry.docNo;
  if (entry.rank !== undefined) basis.rank = entry.rank;
  if (entry.clause !== undefined) basis.clause = entry.clause;
  if (entry.note !== undefined) basis.note = entry.note;
  return basis;
}

/** 其他 with its detail is written "其他：办税服务厅", which reads back the same. */
export function toRawChannel(entry: Channel): RawChannel {
  const name = entry.detail === undefined ? entry.name : `${entry.name}：${entry.detail}`;
  if (entry.required === undefined && entry.local === undefined && entry.url === undefined)
    return name;
  const channel: Exclude<RawChannel, string> = { name };
  if (entry.required !== undefined) channel.required = entry.required;
  if (entry.local !== undefined) channel.local = entry.local;
  if (entry.url !== undefined) channel.url = entry.url;
  return channel;
}

const LEVEL_NAMES: Record<Level, LevelName> = {
  city: '市级',
  county: '县级',
  township: '乡级',
  village: '村级',
};

/** An item in the file format, fields in table order. */
export function toRawItem(item: Item): RawItem {
  const raw: RawItem = { id: item.id };
  if (item.l1 !== undefined) raw.l1 = item.l1;
  if (item.l2 !== undefined) raw.l2 = item.l2;
  if (item.l3 !== undefined) raw.l3 = item.l3;
  if (item.elements.length > 0) raw.elements = item.elements.map(toRawElement);
  if (item.bases.length > 0) raw.bases = item.bases.map(toRawBasis);
  if (item.timeLimit !== undefined) raw.timeLimit = item.timeLimit.text;
  if (item.subject !== undefined) raw.subject = item.subject;
  if (item.channels.length > 0) raw.channels = item.channels.map(toRawChannel);
  if (item.audience !== undefined) raw.audience = item.audience;
  if (item.audienceGroup !== undefined) raw.audienceGroup = item.audienceGroup;
  if (item.method !== undefined) raw.method = item.method;
  if (item.levels.length > 0) raw.levels = item.levels.map((level) => LEVEL_NAMES[level]);
  if (item.stage !== undefined) raw.stage = item.stage;
  if (item.column !== undefined) raw.column = item.column;
  if (item.url !== undefined) raw.url = item.url;
  if (item.reviewed !== undefined) raw.reviewed = item.reviewed;
  if (item.note !== undefined) raw.note = item.note;
  if (item.incomplete.length > 0) raw.incomplete = [...item.incomplete];
  if (item.source !== undefined) raw.source = item.source;
  return raw;
}

export interface RawCatalogParts {
  domain: string;
  title?: string;
  notes?: string;
  items: readonly Item[];
}

export function toRawCatalog(parts: RawCatalogParts): RawCatalog {
  const raw: RawCatalog = { domain: parts.domain, items: parts.items.map(toRawItem) };
  if (parts.title !== undefined) raw.title = parts.title;
  if (parts.notes !== undefined) raw.notes = parts.notes;
  return raw;
}
