/**
 * 公开内容（要素） cells (docs/data-model.md §1.1): element lists written as "1.x;2.y", "1、x 2、y", "·x ·y",
 * "●x 〇y", "①…②…", lines, or prose joined with ； and 、. The cell is split at the outermost kind
 * of list it uses, never inside parentheses ("办理地点（方式）"), and a plain phrase stays whole.
 */
import { elementFlag } from './glyphs.js';
import { asciiDigits } from './text.js';

export interface ElementEntry {
  name: string;
  /** ● required, 〇 optional (national template legend); absent when the cell has no flag. */
  required?: boolean;
}

/**
 * Bullets and flags. ● is also a plain bullet in some domains (社会救助, 食药); it still reads as
 * required here, and callers drop the flags when the header has no ●/〇 legend. ○ is a typed 〇.
 */
const BULLETS = new Set(['●', '〇', '○', '·', '•', '▪', '・']);
const OPENING = '（(【〔《“[';
const CLOSING = '）)】〕》”]';
const MARKER = /^(?:\d{1,2}[.．、)）](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])\s*/u;
const NUMBERED = /(?:\d{1,2}[.．、)）](?!\d)|[(（]\d{1,2}[)）]|\d{1,2}(?=\p{Script=Han}))/gu;
/**
 * A number run into the text ("7地点", a dot lost in typing) counts only as the next number of a
 * chain already started, and not before a unit ("20个工作日", "3年", "第2条").
 */
const BARE_NUMBER = /^\d{1,2}$/u;
const UNIT_AFTER = /^[个日年月号条项天次名人户万元岁周时分倍批类级款章节]/u;
/** A sentence that introduces the list ("公开以下内容：", "包括：") rather than heads one element. */
const INTRODUCTION = /(?:包括|如下|以下|下列|主要|内容|信息)[^，,]*[：:。]$/u;
/** Prose that says what is published ("分地区、分项目公开") is one element, not a list. */
const PREDICATE = /(?:公开|说明|解释|公布|发布)$/u;
const MAX_LIST_ITEM = 20;

/** Bracket depth before each UTF-16 index (every bracket we track is in the BMP). */
function depths(text: string): number[] {
  const result: number[] = [];
  let depth = 0;
  for (const char of text.split('')) {
    result.push(depth);
    if (OPENING.includes(char)) depth++;
    else if (CLOSING.includes(char)) depth = Math.max(0, depth - 1);
  }
  return result;
}

/** Indices of top-level characters that pass the test. */
function topLevel(text: string, level: number[], test: (char: string) => boolean): number[] {
  const found: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if (level[index] === 0 && test(text.charAt(index))) found.push(index);
  }
  return found;
}

/** Starts of numbered items counting up from the first one ("1." "2." …): stray digits are not. */
function numberedItems(text: string, level: number[]): number[] {
  const chain: number[] = [];
  let expected: number | undefined;
  for (const match of text.matchAll(NUMBERED)) {
    const before = text.charAt(match.index - 1);
    if (level[match.index] !== 0 || /[\d.A-Za-z]/u.test(before)) continue;
    const number = Number(/\d+/u.exec(match[0])?.[0]);
    if (BARE_NUMBER.test(match[0])) {
      const after = text.slice(match.index + match[0].length);
      if (number !== expected || UNIT_AFTER.test(after)) continue;
    }
    if (expected === undefined || number === expected) {
      chain.push(match.index);
      expected = number + 1;
    }
  }
  return chain.length >= 2 || chain[0] === 0 ? chain : [];
}

function entry(piece: string, bareNumber = false): ElementEntry | undefined {
  let name = piece.trim().replace(MARKER, '');
  if (bareNumber) name = name.replace(/^\d{1,2}(?=\p{Script=Han})/u, '');
  const first = name.charAt(0);
  const flag = elementFlag(first === '○' ? '〇' : first);
  if (BULLETS.has(first)) name = name.slice(1);
  name = name
    .replace(MARKER, '')
    .replace(/[\s；;，,。、]+$/u, '')
    .trim();
  if (name === '') return undefined;
  return flag === undefined ? { name } : { name, required: flag };
}

/** The elements of a cell, and the sentence that introduced them, if any. */
export interface ElementCell {
  elements: ElementEntry[];
  /** "按规定公开以下内容：" before a numbered list: the item's note, not an element. */
  introduction?: string;
}

/** Cuts at the given starts; text before the first start is a heading or an element of its own. */
function cutAt(
  text: string,
  starts: readonly number[],
  separators: boolean,
  numbered = false,
): ElementCell {
  const preamble = text.slice(0, starts[0]).trim();
  const introduction = numbered && INTRODUCTION.test(preamble) ? preamble : undefined;
  // "一般公共预算：①…②…", "申请材料：⏎…": a heading qualifies every item, so the cell is one element.
  if (introduction === undefined && /[：:]$/u.test(preamble)) {
    return { elements: [{ name: text.replace(/\s+/gu, ' ') }] };
  }
  const bounds = separators ? [-1, ...starts] : [0, ...starts];
  const pieces = bounds.map((start, index) =>
    text.slice(separators ? start + 1 : start, bounds[index + 1]),
  );
  if (introduction !== undefined) pieces.shift();
  const elements = pieces
    .map((piece) => entry(piece, numbered))
    .filter((item): item is ElementEntry => item !== undefined);
  return introduction === undefined ? { elements } : { elements, introduction };
}

/** Splits a 公开内容（要素） cell into elements, with ●/〇 flags where the cell has them. */
export function splitElements(cell: string): ElementEntry[] {
  return readElementCell(cell).elements;
}

/** Reads a 公开内容（要素） cell: its elements, and a sentence introducing a numbered list. */
export function readElementCell(cell: string): ElementCell {
  const text = asciiDigits(cell)
    .replace(/[\u00a0\u3000\t]+/gu, ' ')
    .replace(/\r\n?/gu, '\n')
    .trim();
  if (text === '') return { elements: [] };
  const level = depths(text);
  const numbered = numberedItems(text, level);
  // "1.●文件名称;2.〇文号": numbers that open the cell outrank the flags after them.
  if (numbered[0] === 0) return cutAt(text, numbered, false, true);
  const bullets = topLevel(text, level, (char) => BULLETS.has(char));
  if (bullets.length > 0) return cutAt(text, bullets, false);
  if (numbered.length > 0) return cutAt(text, numbered, false, true);
  const lines = topLevel(text, level, (char) => char === '\n');
  if (lines.length > 0) return cutAt(text, lines, true);
  const semicolons = topLevel(text, level, (char) => char === '；' || char === ';');
  if (semicolons.length > 0) return cutAt(text, semicolons, true);
  const circled = topLevel(text, level, (char) => /[①-⑳]/u.test(char));
  if (circled.length > 0) return cutAt(text, circled, false);
  // "第2、3条": a 、 between digits joins numbers, it does not separate elements.
  const commas = topLevel(text, level, (char) => char === '、').filter(
    (index) => !/^\d\d$/u.test(text.charAt(index - 1) + text.charAt(index + 1)),
  );
  const prose = topLevel(text, level, (char) => /[，,。：:]/u.test(char)).length > 0;
  const parts = cutAt(text, commas, true).elements;
  const list =
    commas.length > 0 &&
    !prose &&
    !PREDICATE.test(text) &&
    parts.every((part) => Array.from(part.name).length <= MAX_LIST_ITEM);
  if (list) return { elements: parts };
  const whole = entry(text);
  return { elements: whole ? [whole] : [] };
}
