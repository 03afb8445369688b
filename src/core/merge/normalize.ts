/**
 * From the file as written (raw.ts) to the normalised item (item.ts): canonical channel names,
 * bases split into title and number, the time limit parsed, levels as ids. Also the keys list
 * entries are merged by: channels by canonical name, elements by name, bases by `basisKey`.
 */
import { parseBasis, basisKey } from '../cells/basis/parse.js';
import { channelKey, normalizeChannel } from '../cells/channel/match.js';
import { parseLevel, sortLevels, type Level } from '../vocabulary/levels.js';
import type { Basis, Channel, Element, Item, ListField, TimeLimit } from '../model/item.js';
import type { LevelName, RawBasis, RawChannel, RawElement, RawItem } from '../model/raw.js';
import { parseTimeLimit } from '../cells/time-limit/parse.js';
import { rememberText } from '../util/memo.js';

export function toElement(raw: RawElement): Element {
  if (typeof raw === 'string') return { name: raw.trim() };
  return raw.required === undefined
    ? { name: raw.name.trim() }
    : { name: raw.name.trim(), required: raw.required };
}

/**
 * A basis written as text is read with parseBasis; its rank is kept only when the text printed it
 * (a 【法律】 tag), as an inferred rank is a guess that a table should not show as fact.
 */
export function toBasis(raw: RawBasis): Basis {
  if (typeof raw !== 'string') {
    const basis: Basis = { title: raw.title.trim() };
    if (raw.docNo !== undefined) basis.docNo = raw.docNo;
    if (raw.rank !== undefined) basis.rank = raw.rank;
    if (raw.clause !== undefined) basis.clause = raw.clause;
    if (raw.note !== undefined) basis.note = raw.note;
    return basis;
  }
  const parsed = parseBasis(raw);
  const basis: Basis = { title: parsed.title === '' ? raw.trim() : parsed.title };
  if (parsed.docNo !== undefined) basis.docNo = parsed.docNo;
  if (parsed.rank !== undefined && parsed.rankSource === 'tag') basis.rank = parsed.rank;
  if (parsed.note !== undefined) basis.note = parsed.note;
  return basis;
}

/**
 * A channel by its canonical name. A channel declared local is the region's own and keeps its name,
 * as `gkml validate` takes it (it looks nothing up for it); an unknown name is kept as written and
 * is local too (validate reports it).
 */
export function toChannel(raw: RawChannel): Channel {
  const declared: Exclude<RawChannel, string> = typeof raw === 'string' ? { name: raw } : raw;
  const channel: Channel = { name: declared.name.trim() };
  const match = declared.local === true ? undefined : normalizeChannel(declared.name);
  if (match === undefined || match.kind === 'unknown') {
    channel.local = true;
  } else {
    channel.name = match.kind === 'platform' ? match.platform : match.channel;
    if (match.detail !== undefined) channel.detail = match.detail;
    if (match.url !== undefined) channel.url = match.url;
  }
  if (declared.required !== undefined) channel.required = declared.required;
  if (declared.url !== undefined) channel.url = declared.url;
  return channel;
}

export function toTimeLimit(text: string): TimeLimit {
  const parsed = parseTimeLimit(text);
  return parsed === undefined ? { text } : { text, parsed };
}

export function toLevels(names: readonly LevelName[]): Level[] {
  return sortLevels(names.flatMap((name) => parseLevel(name) ?? []));
}

/** The key an entry is merged by, in comparison form. */
export const ENTRY_KEYS = {
  elements: (entry: Element) => elementKey(entry.name),
  bases: (entry: Basis) => basisKey(entry.title),
  channels: (entry: Channel) => channelKey(entry.name),
} as const satisfies Record<ListField, (entry: never) => string>;

/** The key a `remove` entry (written as text) refers to. */
export const REMOVE_KEYS: Record<ListField, (written: string) => string> = {
  elements: (written) => elementKey(written),
  bases: (written) => basisKey(toBasis(written).title),
  channels: (written) => channelKey(toChannel(written).name),
};

const elementKey = rememberText((name) => name.normalize('NFKC').replace(/\s+/gu, ''));

/** Display text of a list entry, for messages and explanations. */
export const ENTRY_NAMES = {
  elements: (entry: Element) => entry.name,
  bases: (entry: Basis) =>
    entry.docNo === undefined ? entry.title : `${entry.title}（${entry.docNo}）`,
  channels: (entry: Channel) => entry.name,
} as const satisfies Record<ListField, (entry: never) => string>;

/** A complete item (a baseline's, or a local addition) normalised; absent lists are empty. */
export function toItem(raw: RawItem): Item {
  const item: Item = {
    id: raw.id,
    elements: Array.isArray(raw.elements) ? raw.elements.map(toElement) : [],
    bases: Array.isArray(raw.bases) ? raw.bases.map(toBasis) : [],
    channels: Array.isArray(raw.channels) ? raw.channels.map(toChannel) : [],
    levels: raw.levels === undefined ? [] : toLevels(raw.levels),
    incomplete: raw.incomplete === undefined ? [] : [...raw.incomplete],
  };
  if (raw.timeLimit !== undefined) item.timeLimit = toTimeLimit(raw.timeLimit);
  for (const field of PLAIN_SCALARS) {
    const value = raw[field];
    if (value !== undefined) Object.assign(item, { [field]: value });
  }
  return item;
}

/** Scalar fields copied as written (timeLimit and levels are normalised separately). */
export const PLAIN_SCALARS = [
  'l1',
  'l2',
  'l3',
  'subject',
  'audience',
  'audienceGroup',
  'method',
  'stage',
  'column',
  'url',
  'reviewed',
  'source',
  'note',
] as const;
