/**
 * Raw items to normalised items for the round trip on the fixture model, the way core/merge's
 * toItem does it. Temporary: the merge's own normaliser replaces this once it is on main.
 */
import { parseBasis } from '../../src/core/basis.js';
import { normalizeChannel } from '../../src/core/channels.js';
import { parseLevel, sortLevels } from '../../src/core/levels.js';
import type { Basis, Channel, Item } from '../../src/core/model/item.js';
import type { RawBasis, RawChannel, RawItem } from '../../src/core/model/raw.js';
import { parseTimeLimit } from '../../src/core/time-limit.js';

function basis(raw: RawBasis): Basis {
  if (typeof raw !== 'string') return { ...raw };
  const parsed = parseBasis(raw);
  return parsed.docNo === undefined
    ? { title: parsed.title }
    : { title: parsed.title, docNo: parsed.docNo };
}

function channel(raw: RawChannel): Channel {
  const declared = typeof raw === 'string' ? { name: raw } : raw;
  if (declared.local === true) return { name: declared.name, local: true };
  const match = normalizeChannel(declared.name);
  const out: Channel = {
    name:
      match.kind === 'platform'
        ? match.platform
        : match.kind === 'unknown'
          ? declared.name
          : match.channel,
  };
  if (match.kind !== 'unknown' && match.detail !== undefined) out.detail = match.detail;
  const url = declared.url ?? (match.kind !== 'unknown' ? match.url : undefined);
  if (url !== undefined) out.url = url;
  return out;
}

export function normaliseRawItem(raw: RawItem): Item {
  const list = <T, R>(value: T[] | object | undefined, map: (entry: T) => R): R[] =>
    Array.isArray(value) ? (value as T[]).map(map) : [];
  const item: Item = {
    id: raw.id,
    elements: list(raw.elements, (e: string | { name: string; required?: boolean }) =>
      typeof e === 'string' ? { name: e } : { ...e },
    ),
    bases: list(raw.bases, basis),
    channels: list(raw.channels, channel),
    levels: sortLevels((raw.levels ?? []).flatMap((name) => parseLevel(name) ?? [])),
    incomplete: [...(raw.incomplete ?? [])],
  };
  if (raw.timeLimit !== undefined) {
    const parsed = parseTimeLimit(raw.timeLimit);
    item.timeLimit = parsed ? { text: raw.timeLimit, parsed } : { text: raw.timeLimit };
  }
  for (const key of [
    'l1',
    'l2',
    'l3',
    'subject',
    'audience',
    'audienceGroup',
    'method',
    'stage',
    'note',
  ] as const) {
    if (raw[key] !== undefined) Object.assign(item, { [key]: raw[key] });
  }
  return item;
}
