/**
 * The cell texts of a catalog table, shared by the xlsx and csv renderers: how an item's lists,
 * marks and levels read in the official layout (docs/data-model.md §1).
 */
import { CHECKLIST_CHANNELS } from '../core/vocabulary/table-values.js';
import { LEVEL_LABELS, type Level } from '../core/vocabulary/levels.js';
import type { Basis, Channel, Element, Item } from '../core/model/item.js';

/** A note that continues the title as written ("第十条", "及其实施细则"), not a bracketed remark. */
const RUNNING_NOTE = /^(?:第|及|等|和|、)/u;

/**
 * "《title》（docNo）note", the way tables print a basis: the number bracketed, a remark such as
 * the amendment history bracketed too ("（2007年8月30日通过，2015年4月24日修正）"), an article or
 * "及其实施细则" run on. parseBasis reads this text back into the same parts.
 */
export function basisText(basis: Basis): string {
  const docNo = basis.docNo === undefined ? '' : `（${basis.docNo}）`;
  const note =
    basis.note === undefined
      ? ''
      : RUNNING_NOTE.test(basis.note)
        ? basis.note
        : `（${basis.note}）`;
  const clause = basis.clause === undefined ? '' : ` ${basis.clause}`;
  return `${basis.title}${docNo}${note}${clause}`;
}

/** A channel as a table names it: "其他：办税服务厅", "政府网站 http://…". */
export function channelText(channel: Channel): string {
  const detail = channel.detail === undefined ? '' : `：${channel.detail}`;
  const url = channel.url === undefined ? '' : ` ${channel.url}`;
  return `${channel.name}${detail}${url}`;
}

/** True when any element carries a ●/〇 flag, so the header needs the legend. */
export function hasElementFlags(items: readonly Item[]): boolean {
  return items.some((item) => item.elements.some((element) => element.required !== undefined));
}

/**
 * Element lines: "1.name" numbered, or "●name"/"〇name" when the sheet uses the flags (a flagged
 * list reads like the national template, where the number would only add noise).
 */
export function elementLines(elements: readonly Element[], flags: boolean): string[] {
  return elements.map((element, index) => {
    if (!flags) return `${index + 1}.${element.name}`;
    const flag = element.required === false ? '〇' : element.required === true ? '●' : '';
    return `${flag}${element.name}`;
  });
}

/** Checked ■ and unchecked □ glyphs of the checklist. */
export const CHECKED = '■';
export const UNCHECKED = '□';

/**
 * The channel checklist as the 2019 template prints it, two boxes a line (the long 公示栏 alone),
 * with the item's channels checked; channels that are not on the list follow, checked.
 */
export function channelChecklist(channels: readonly Channel[]): string[] {
  const byName = new Map(channels.map((channel) => [channel.name, channel] as const));
  const box = (name: string): string => {
    const channel = byName.get(name);
    return channel === undefined ? `${UNCHECKED}${name}` : `${CHECKED}${channelText(channel)}`;
  };
  const fixed: readonly string[] = CHECKLIST_CHANNELS;
  const lines: string[] = [];
  const pending: string[] = [];
  for (const name of CHECKLIST_CHANNELS) {
    if (name.length > 10) {
      lines.push(box(name));
      continue;
    }
    pending.push(box(name));
    if (pending.length === 2) lines.push(pending.splice(0).join(' '));
  }
  if (pending.length > 0) lines.push(pending.join(' '));
  for (const channel of channels) {
    if (!fixed.includes(channel.name)) lines.push(`${CHECKED}${channelText(channel)}`);
  }
  return lines;
}

/** The names of the levels, top-down: ["县级", "乡级"]. */
export function levelLabels(levels: readonly Level[]): string[] {
  return levels.map((level) => LEVEL_LABELS[level]);
}
