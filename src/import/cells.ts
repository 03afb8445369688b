/**
 * Reading the cells of one row, column by column (docs/data-model.md §1.1, §2, §6, §10): item names without
 * their numbering, element and basis lists, the ■/□ channel checklist in every glyph variant, and
 * the √ mark columns (which may hold a group's name or a level's name instead of √).
 */
import { parseChannelCell } from '../core/cells/channel/cell.js';
import { splitBases } from '../core/cells/basis/split.js';
import { readElementCell } from '../core/cells/elements.js';
import { elementFlag } from '../core/cells/glyphs.js';
import { glyphState } from '../core/cells/glyphs.js';
import { parseLevelLabel } from '../core/vocabulary/level-labels.js';
import type { Level } from '../core/vocabulary/levels.js';
import type { RawChannel, RawElement } from '../core/model/raw.js';
import { cleanCell, removeSpaces } from '../core/cells/text.js';
import { STAGES, type Method, type Stage } from '../core/vocabulary/table-values.js';

/**
 * Numbering written into item names: "1.", "1.1", "2、", "（一）", "一、", "(3)". A number directly
 * followed by text ("12345热线", "2019年…") is part of the name.
 */
const NAME_NUMBER =
  /^(?:\d{1,3}(?:[.．]\d{1,3})*[.．、]?(?=[^\d.．、年月日号])|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])\s*/u;
/** What tables write where there is no 二级 (东莞寮步): dashes, a slash, 无. */
const NO_NAME = /^(?:[-－—─―–/／\\]+|无)$/u;

export function itemName(text: string): string {
  const name = text.replace(/\s*\n\s*/gu, '').trim();
  if (NO_NAME.test(name)) return '';
  return name.replace(NAME_NUMBER, '').trim();
}

export type MarkState = 'checked' | 'blank' | 'text';

/** Cells mirrors or typists use for "not ticked": ?, ×, 否, 无, dashes, an empty box. */
const BLANK_MARKS = /^(?:[?？×✗✘xX]|否|无|[-－—─/]|□|口|£|○)$/u;
const CHECK_WORDS = /^(?:是|有|Y|y|yes|Yes|YES)$/u;

export function markState(text: string): MarkState {
  const mark = removeSpaces(text);
  if (mark === '') return 'blank';
  if (BLANK_MARKS.test(mark)) return 'blank';
  if (glyphState(mark) === true || mark === '●' || CHECK_WORDS.test(mark)) return 'checked';
  return 'text';
}

/** Levels named in a level cell instead of a √ (新疆: "县级", "州级"). */
export function levelsInCell(text: string): Level[] | undefined {
  return parseLevelLabel(text);
}

export function methodFromText(text: string): Method | undefined {
  const words = removeSpaces(text);
  if (/申请/u.test(words)) return '依申请';
  if (/主动/u.test(words)) return '主动';
  return undefined;
}

export function stageFromText(text: string): Stage | undefined {
  const words = removeSpaces(text);
  return STAGES.find((stage) => words.startsWith(stage));
}

/**
 * Elements; the ●/〇 flags only when the header's legend says what they mean, as ● is also a
 * plain bullet (社会救助, 食药).
 */
export function elementsOf(
  text: string,
  flags: boolean,
): { elements: RawElement[]; introduction?: string } {
  if (flags) return { elements: flaggedElements(text) };
  const cell = readElementCell(text);
  const elements = cell.elements.map((entry) => entry.name);
  return cell.introduction === undefined
    ? { elements }
    : { elements, introduction: cell.introduction };
}

/**
 * A flagged list (the template's "●表示必选项") has one element per flag or per line; an element
 * without a flag is a whole line, whatever punctuation it holds ("部门和地方政府规章、各类教育政策文件").
 */
function flaggedElements(text: string): RawElement[] {
  const out: RawElement[] = [];
  for (const line of text.split(/\r?\n/u)) {
    for (const part of line.split(/(?=[●〇])/u)) {
      const required = elementFlag(part.charAt(0));
      const name = (required === undefined ? part : part.slice(1)).trim();
      if (name === '') continue;
      out.push(required === undefined ? name : { name, required });
    }
  }
  return out;
}

export function basesOf(text: string): string[] {
  return splitBases(text);
}

export interface ChannelRead {
  channels: RawChannel[];
  /** Names not on any list: imported as local channels. */
  local: string[];
  /** Text that names no channel. */
  unreadable: string[];
}

/** Legend text inside a channel cell is no channel, and no loss either. */
const LEGEND = /表示|必选|可选|至少选择|另有规定/u;

/** The checked channels of a 公开渠道和载体 cell; the unchecked boxes are the template's. */
export function channelsOf(text: string): ChannelRead {
  const cell = parseChannelCell(text);
  const read: ChannelRead = { channels: [], local: [], unreadable: [] };
  const seen = new Set<string>();
  for (const { match } of cell.checked) {
    let channel: RawChannel;
    if (match.kind === 'unknown') {
      const name = cleanCell(match.written).replace(/^[■▄◆▲√☑✔✓]/u, '');
      read.local.push(name);
      channel = { name, local: true };
    } else {
      const base = match.kind === 'platform' ? match.platform : match.channel;
      const name = match.detail === undefined ? base : `${base}：${match.detail}`;
      channel = match.url === undefined ? name : { name, url: match.url };
    }
    const key = typeof channel === 'string' ? channel : channel.name;
    if (seen.has(key)) continue;
    seen.add(key);
    read.channels.push(channel);
  }
  read.unreadable = cell.unparsed.filter((piece) => !LEGEND.test(piece) && piece.trim() !== '');
  return read;
}
