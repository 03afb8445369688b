/**
 * Reading a whole 公开渠道和载体 cell from a spreadsheet (docs/data-model.md §2.1–2.5): the full printed
 * checklist with ■/□, only the checked items, bare names, numbered lists, any separator, any of the
 * glyph variants. Bare names (no glyph) count as checked: a cell that lists names without boxes
 * lists the channels used.
 */
import {
  channelNameStrength,
  isKnownChannel,
  matchChannelName,
  type ChannelMatch,
} from './match.js';
import { AMBIGUOUS_GLYPHS, glyphState } from '../glyphs.js';
import { asciiDigits, foldTraditional, stripPinyinGloss } from '../text.js';

export interface ChannelToken {
  /** The checkbox glyph as printed; absent for a bare name. */
  glyph?: string;
  match: ChannelMatch;
}

export interface ChannelCell {
  checked: ChannelToken[];
  unchecked: ChannelToken[];
  /** Text that names no channel: legends, stray glyphs, "同上", sentences. Callers warn. */
  unparsed: string[];
}

/** A stretch of the cell between separators, with the separator that preceded it. */
interface Piece {
  sep: string;
  name: string;
  glyph?: string;
  /** The name starts with 口/R/t, which may be a glyph or part of the name. */
  ambiguous?: boolean;
}

const SEPARATOR = /[\s；;，,。、]/u;
const MARKER = /^(?:\d{1,2}[.．、](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])\s*/u;
const LEGEND = /[（(][^（）()]*(?:表示|必选|可选|选择|标注)[^（）()]*[)）]/gu;
const NOT_A_CHANNEL = new Set([
  '同上',
  '必选',
  '可选',
  '必选项',
  '可选项',
  '无',
  '/',
  '公开渠道',
  '公开渠道和载体',
]);
/** Longer than any channel name seen: a sentence that slipped into the cell. */
const MAX_NAME_LENGTH = 30;

const isGlyph = (char: string): boolean => glyphState(char) !== undefined;
const isStrongGlyph = (char: string): boolean => isGlyph(char) && !AMBIGUOUS_GLYPHS.has(char);

/** True where a numbered item starts inside a run of text: "政府网站2.两微一端". */
function startsNumberedItem(chars: readonly string[], index: number): boolean {
  const previous = chars[index - 1] ?? '';
  return (
    /[\p{Script=Han})）]/u.test(previous) &&
    /^\d{1,2}[.．、](?!\d)/u.test(chars.slice(index, index + 4).join(''))
  );
}

/**
 * Cuts the cell at separators (outside parentheses, so "（注：…，…）" stays whole), before every
 * unambiguous glyph, before numbered items and at a colon that precedes a glyph (枣庄 uses ":").
 */
function cut(text: string): { sep: string; text: string }[] {
  const parts: { sep: string; text: string }[] = [];
  const chars = Array.from(text);
  let sep = '';
  let current = '';
  let depth = 0;
  const flush = (): void => {
    if (current !== '') parts.push({ sep, text: current });
    sep = current === '' ? sep : '';
    current = '';
  };
  chars.forEach((char, index) => {
    const colonBeforeGlyph = /[:：]/u.test(char) && isGlyph(chars[index + 1] ?? '');
    // "1、政府网站": the 、 after an item number is part of the number, not a separator.
    const numbering = /^[(（]?\d{1,2}$/u.test(current);
    if ((depth === 0 && SEPARATOR.test(char) && !numbering) || colonBeforeGlyph) {
      flush();
      sep += char;
      return;
    }
    // A glyph always starts an item, even after an unbalanced "(": it resets the nesting.
    if (isStrongGlyph(char)) {
      flush();
      depth = 0;
    } else if (depth === 0 && startsNumberedItem(chars, index)) {
      flush();
    }
    if (char === '(' || char === '（') depth++;
    if (char === ')' || char === '）') depth = Math.max(0, depth - 1);
    current += char;
  });
  flush();
  return parts;
}

/** Turns cut parts into pieces: markers dropped, glyphs split off, lone glyphs carried forward. */
function toPieces(text: string, unparsed: string[]): Piece[] {
  const pieces: Piece[] = [];
  let pending: string | undefined;
  for (const part of cut(text)) {
    const body = part.text.replace(MARKER, '');
    if (body === '') continue;
    const chars = Array.from(body);
    if (chars.every(isGlyph)) {
      if (pending !== undefined) unparsed.push(pending);
      pending = chars[chars.length - 1];
      continue;
    }
    const first = chars[0] ?? '';
    if (isStrongGlyph(first)) {
      if (pending !== undefined) unparsed.push(pending);
      pieces.push({ sep: part.sep, glyph: first, name: chars.slice(1).join('').trim() });
    } else if (pending !== undefined) {
      pieces.push({ sep: part.sep, glyph: pending, name: body });
    } else {
      pieces.push({ sep: part.sep, name: body, ambiguous: AMBIGUOUS_GLYPHS.has(first) });
    }
    pending = undefined;
  }
  if (pending !== undefined) unparsed.push(pending);
  return pieces;
}

/** Is this bare piece the tail of the previous one: "(电子屏)", a URL, a "注：" note? */
function isTail(piece: Piece, previous: Piece | undefined): boolean {
  if (previous === undefined || piece.glyph !== undefined) return false;
  return (
    /^[（(]/u.test(piece.name) ||
    /^(?:https?:|www\.)/iu.test(piece.name) ||
    /^注[:：]/u.test(piece.name) ||
    /[:：]$/u.test(previous.name)
  );
}

const known = (name: string): boolean => isKnownChannel(matchChannelName(name));
/**
 * Known by an exact table entry, not only by its ending: "A平台、B平台、政府网站" ends like a
 * 政府网站 but is three channels, so pieces are joined only into exactly known names.
 */
const exact = (name: string): boolean => channelNameStrength(name) >= 2;
/** Does the name read better without its first character, 口/R/t being a box? */
const boxed = (name: string): boolean =>
  channelNameStrength(name.slice(1)) > channelNameStrength(name);

/**
 * Rejoins what the separators cut too eagerly: tails, and names that contain a separator
 * ("社区/企事业单位、村公示栏（电子屏）") when the parts alone are not names but the whole is.
 */
function rejoin(pieces: Piece[]): Piece[] {
  const joined: Piece[] = [];
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index];
    if (piece === undefined) continue;
    const previous = joined[joined.length - 1];
    if (previous && isTail(piece, previous)) {
      const tight = /^[（(]/u.test(piece.name) || /[:：]$/u.test(previous.name);
      const glue = tight ? '' : ' ';
      previous.name = `${previous.name}${glue}${piece.name}`;
      continue;
    }
    if (!known(piece.name) && !(piece.ambiguous === true && boxed(piece.name))) {
      for (const span of [2, 3]) {
        const group = pieces.slice(index, index + span);
        if (group.length < span || group.slice(1).some((next) => next.glyph !== undefined))
          continue;
        const name = group
          .map((next, at) => (at === 0 ? next.name : next.sep + next.name))
          .join('');
        if (!exact(name)) continue;
        piece.name = name;
        index += span - 1;
        break;
      }
    }
    joined.push(piece);
  }
  return joined;
}

/** Exactly known as written, or once a leading 口/R/t is read as its box ("口发布会/听证会"). */
const exactPiece = (piece: Piece): boolean =>
  exact(piece.name) || (piece.ambiguous === true && exact(piece.name.slice(1)));

/**
 * Last resort for a piece not exactly known: "政府网站/财政部门网站", "政府网站/片区公示栏" (a slash
 * between names, one of them exactly known, so that no name hides behind another's ending), or
 * "政府网站口政府公报" without a space.
 */
function splitUnknown(piece: Piece): Piece[] | undefined {
  const slashed = piece.name.split('/').filter((name) => name.trim() !== '');
  if (slashed.length > 1 && (slashed.every(known) || slashed.some(exact))) {
    return slashed.map((name) => ({ ...piece, name: name.trim() }));
  }
  if (known(piece.name)) return undefined;
  const chars = Array.from(piece.name);
  for (let at = 1; at < chars.length - 1; at++) {
    const char = chars[at] ?? '';
    const head = chars.slice(0, at).join('');
    const tail = chars.slice(at + 1).join('');
    if (AMBIGUOUS_GLYPHS.has(char) && known(head) && known(tail)) {
      return [
        { ...piece, name: head },
        { sep: '', glyph: char, name: tail },
      ];
    }
  }
  return undefined;
}

/** Reads a 公开渠道和载体 cell into checked and unchecked channels. */
export function parseChannelCell(cell: string): ChannelCell {
  const result: ChannelCell = { checked: [], unchecked: [], unparsed: [] };
  let text = foldTraditional(stripPinyinGloss(asciiDigits(cell))).replace(/[\u2044\u2215]/gu, '/');
  text = text.replace(LEGEND, (legend) => {
    result.unparsed.push(legend);
    return ' ';
  });
  const pieces = rejoin(toPieces(text, result.unparsed)).flatMap(
    (piece) => (exactPiece(piece) ? undefined : splitUnknown(piece)) ?? [piece],
  );
  // 口/R/t count as glyphs in the whole cell once one of them stood before a known name.
  const confirmed = new Set<string>();
  for (const piece of pieces) {
    if (piece.ambiguous === true && boxed(piece.name)) confirmed.add(piece.name.charAt(0));
  }
  for (const piece of pieces) {
    let { name, glyph } = piece;
    const first = name.charAt(0);
    if (piece.ambiguous === true && (boxed(name) || (!known(name) && confirmed.has(first)))) {
      glyph = name.charAt(0);
      name = name.slice(1).trim();
    }
    const match = matchChannelName(name);
    const tooLong = match.kind === 'unknown' && Array.from(name).length > MAX_NAME_LENGTH;
    if (name === '' || NOT_A_CHANNEL.has(name) || tooLong) {
      result.unparsed.push(`${glyph ?? ''}${name}`);
      continue;
    }
    const token: ChannelToken = glyph === undefined ? { match } : { glyph, match };
    (glyph === undefined || glyphState(glyph) === true ? result.checked : result.unchecked).push(
      token,
    );
  }
  return result;
}
