/**
 * The values a sheet states, compared the way the sheet shows them: what a row says about a field
 * is the same as the item's value when the exported cell would read the same. Lists compare by
 * what the table prints (element names, basis text, the channels ticked), so that what a sheet
 * cannot express (■ required flags, website columns, a basis's rank) never counts as a change.
 */
import { LEVEL_LABELS } from '../../core/vocabulary/levels.js';
import { applicableLevels } from '../../core/merge/levels.js';
import type { Channel, Item } from '../../core/model/item.js';
import type { RawItem } from '../../core/model/raw.js';
import { basisText, channelText } from '../../render/catalog-text.js';
import type { SheetField } from '../types.js';

/** The fields a sheet's columns hold, in table order. */
export const SHEET_FIELDS: readonly SheetField[] = [
  'l1',
  'l2',
  'l3',
  'elements',
  'bases',
  'timeLimit',
  'subject',
  'channels',
  'audience',
  'method',
  'levels',
  'stage',
  'note',
];

/** The row states the field: its cell was not blank (blank means "not stated", never "remove"). */
export function states(row: RawItem, field: SheetField): boolean {
  return row[field] !== undefined;
}

/** A channel as the sheet tells it apart: the checklist name and what 其他 stands for. */
export function channelKeyOf(channel: Channel): string {
  return channel.detail === undefined ? channel.name : `${channel.name}：${channel.detail}`;
}

/** The field as the table prints it, for comparing and for the report ("old → new"). */
export function shown(item: Item, field: SheetField): string {
  switch (field) {
    case 'elements':
      return item.elements.map((element) => element.name).join('；');
    case 'bases':
      return item.bases.map(basisText).join('；');
    case 'channels':
      return item.channels.map(channelText).join('；');
    case 'timeLimit':
      return item.timeLimit?.text ?? '';
    case 'audience':
      return item.audienceGroup === undefined
        ? (item.audience ?? '')
        : `${item.audience ?? ''}（${item.audienceGroup}）`;
    case 'levels':
      return applicableLevels(item)
        .map((level) => LEVEL_LABELS[level])
        .join('、');
    default:
      return item[field] ?? '';
  }
}

/** The channels ticked: a set (a baseline may name one channel twice, as 部门网站 and 政府网站). */
const sortedKeys = (channels: readonly Channel[]): string =>
  [...new Set(channels.map(channelKeyOf))].sort().join('|');

/**
 * The row (read as `sheet`, written as `row`) says the same as `item` about the field. Channels
 * compare as the set ticked (the checklist has its own order), plus any URL the sheet prints;
 * element flags only when the sheet shows them; the group only when the sheet names one.
 */
export function sameAs(sheet: Item, row: RawItem, item: Item, field: SheetField): boolean {
  switch (field) {
    case 'channels': {
      if (sortedKeys(sheet.channels) !== sortedKeys(item.channels)) return false;
      return sheet.channels.every(
        (channel) =>
          channel.url === undefined ||
          item.channels.find((other) => channelKeyOf(other) === channelKeyOf(channel))?.url ===
            channel.url,
      );
    }
    case 'elements': {
      const flagged = sheet.elements.some((element) => element.required !== undefined);
      if (!flagged) return shown(sheet, field) === shown(item, field);
      return (
        sheet.elements.length === item.elements.length &&
        sheet.elements.every((element, index) => {
          const other = item.elements[index];
          return other?.name === element.name && other.required === element.required;
        })
      );
    }
    case 'audience':
      return (
        sheet.audience === item.audience &&
        (row.audienceGroup === undefined || sheet.audienceGroup === item.audienceGroup)
      );
    default:
      return shown(sheet, field) === shown(item, field);
  }
}
