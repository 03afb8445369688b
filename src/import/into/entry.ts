/**
 * What a changed cell writes into the region's file. The value the row asks for keeps what the
 * sheet cannot show from the item as it is (■ flags, URLs and details of channels kept, element
 * flags when the sheet has none, a basis's rank); an override then writes only what differs from
 * the inherited item, as the smallest change (channels as add/remove, so inherited ■ flags stay).
 */
import { isDeepStrictEqual } from 'node:util';
import { channelKey } from '../../core/cells/channel/match.js';
import { applicableLevels } from '../../core/merge/levels.js';
import { toBasis } from '../../core/merge/normalize.js';
import { toRawBasis, toRawChannel, toRawElement } from '../../core/merge/raw-catalog.js';
import type { Basis, Channel, Element, Item } from '../../core/model/item.js';
import type { RawBasis, RawItem } from '../../core/model/raw.js';
import { basisText } from '../../render/catalog-text.js';
import type { SheetField } from '../types.js';
import { channelKeyOf, shown } from './fields.js';

export interface RowValues {
  /** The row as the import wrote it. */
  row: RawItem;
  /** The row normalised. */
  sheet: Item;
  /** The item as the region has it now. */
  current: Item;
}

function wantedElements({ sheet, current }: RowValues): Element[] {
  if (sheet.elements.some((element) => element.required !== undefined)) return sheet.elements;
  return sheet.elements.map(
    (element) => current.elements.find((other) => other.name === element.name) ?? element,
  );
}

function wantedBases({ sheet, current }: RowValues): Basis[] {
  return sheet.bases.map(
    (basis) => current.bases.find((other) => basisText(other) === basisText(basis)) ?? basis,
  );
}

/** The channels ticked, each kept as the item has it (■, URL) unless the sheet prints a new URL. */
function wantedChannels({ sheet, current }: RowValues): Channel[] {
  return sheet.channels.map((channel) => {
    const kept = current.channels.find((other) => channelKeyOf(other) === channelKeyOf(channel));
    if (kept === undefined) return channel;
    return channel.url === undefined || channel.url === kept.url
      ? kept
      : { ...kept, url: channel.url };
  });
}

/** A basis as text when that text reads back the same, else in the object form. */
function rawBasis(basis: Basis): RawBasis {
  const text = basisText(basis);
  return isDeepStrictEqual(toBasis(text), basis) ? text : toRawBasis(basis);
}

/** Sets the field of a local item (an entry holding the whole row) to what the row says. */
export function setLocalField(entry: RawItem, field: SheetField, values: RowValues): void {
  switch (field) {
    case 'elements':
      entry.elements = wantedElements(values).map(toRawElement);
      break;
    case 'bases':
      entry.bases = wantedBases(values).map(rawBasis);
      break;
    case 'channels':
      entry.channels = wantedChannels(values).map(toRawChannel);
      break;
    case 'audience':
      entry.audience = values.row.audience;
      if (values.row.audienceGroup !== undefined) entry.audienceGroup = values.row.audienceGroup;
      if (values.row.audience === '全社会') delete entry.audienceGroup;
      break;
    default:
      Object.assign(entry, { [field]: values.row[field] });
  }
}

/** Sets (or drops) the field of an override so that the inherited item becomes what the row says. */
export function setOverrideField(
  entry: RawItem,
  field: SheetField,
  values: RowValues,
  inherited: Item,
): void {
  switch (field) {
    case 'elements': {
      const wanted = wantedElements(values);
      if (isDeepStrictEqual(wanted, inherited.elements)) delete entry.elements;
      else entry.elements = wanted.map(toRawElement);
      break;
    }
    case 'bases': {
      const wanted = wantedBases(values);
      if (isDeepStrictEqual(wanted, inherited.bases)) delete entry.bases;
      else entry.bases = wanted.map(rawBasis);
      break;
    }
    case 'channels':
      setChannels(entry, wantedChannels(values), inherited.channels);
      break;
    case 'audience':
      setAudience(entry, values, inherited);
      break;
    case 'levels': {
      const same = isDeepStrictEqual(applicableLevels(values.sheet), applicableLevels(inherited));
      if (same) delete entry.levels;
      else entry.levels = values.row.levels;
      break;
    }
    default:
      if (shown(values.sheet, field) === shown(inherited, field))
        Reflect.deleteProperty(entry, field);
      else Object.assign(entry, { [field]: values.row[field] });
  }
}

/** Channels as add/remove against the inherited list, so that inherited ■ flags and URLs stay. */
function setChannels(entry: RawItem, wanted: readonly Channel[], inherited: readonly Channel[]) {
  const key = (channel: Channel) => channelKey(channel.name);
  const remove = inherited
    .filter((channel) => !wanted.some((other) => key(other) === key(channel)))
    .map((channel) => channelKeyOf(channel));
  const add = wanted
    .filter((channel) => {
      const before = inherited.find((other) => key(other) === key(channel));
      return before === undefined || !isDeepStrictEqual(before, channel);
    })
    .map(toRawChannel);
  if (add.length === 0 && remove.length === 0) delete entry.channels;
  else
    entry.channels = {
      ...(add.length > 0 ? { add } : {}),
      ...(remove.length > 0 ? { remove } : {}),
    };
}

function setAudience(entry: RawItem, { row, sheet }: RowValues, inherited: Item): void {
  if (sheet.audience === inherited.audience) delete entry.audience;
  else entry.audience = row.audience;
  if (sheet.audience === '全社会') {
    delete entry.audienceGroup;
    return;
  }
  if (row.audienceGroup === undefined) return;
  if (row.audienceGroup === inherited.audienceGroup && sheet.audience === inherited.audience)
    delete entry.audienceGroup;
  else entry.audienceGroup = row.audienceGroup;
}
