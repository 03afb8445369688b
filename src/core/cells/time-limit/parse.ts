/**
 * 公开时限 (docs/data-model.md §3): the free text of the time-limit cell, read into clauses so that a local
 * limit can be compared with the national one. The original string stays the source of truth;
 * what cannot be read returns undefined and callers warn.
 */
import { rememberText } from '../../util/memo.js';
import { RECOGNISERS } from './clause.js';
import { cleanCell } from '../text.js';
import type { ParsedTimeLimit, TimeLimitClause } from './types.js';

/** The reservation clause in its many wordings, with its parentheses if it has them. */
const OVERRIDE =
  /[（(][^（）()]*另有规定[^（）()]*[)）]|[^。；;，,（）()]*另有规定[^。；;，,]*(?:[，,]\s*(?:应当?)?从其规定)?/gu;
/** Item numbers that start a part: "1.", "2、", "（1）". */
const MARKER = /^(?:\d{1,2}[.．、](?!\d)|[(（]\d{1,2}[)）])/u;
/** Words no recogniser should try: they defer to another cell or to unnamed rules. */
const VAGUE = /^(?:同上|同前|按规定|按有关规定|见上|\/|无|-|—)$/u;

/** Cuts the cell into parts of one rule each: numbered items, then ； 。 and ，. */
function parts(text: string): string[] {
  return text
    .split(/(?<!\d)(?=\d{1,2}[.．、](?!\d))|[；;。]|[，,](?![^（(]*[)）])/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** "处罚决定：20个工作日内" → scope 处罚决定. Labels hold no digits, so a date is no label. */
function splitLabel(part: string): { scope?: string; body: string } {
  const match = /^([^：:\d]{1,30})[：:](.+)$/u.exec(part);
  return match?.[1] && match[2]
    ? { scope: match[1].trim(), body: match[2].trim() }
    : { body: part };
}

function readPart(part: string): TimeLimitClause[] | undefined {
  const { scope, body } = splitLabel(part.replace(MARKER, '').trim());
  if (VAGUE.test(body)) return undefined;
  for (const recognise of RECOGNISERS) {
    const clauses = recognise(body);
    if (!clauses) continue;
    if (clauses.length === 0) return undefined;
    return clauses.map((clause) => ({
      ...clause,
      text: part,
      ...(scope !== undefined && clause.scope === undefined ? { scope } : {}),
    }));
  }
  return undefined;
}

/**
 * Reads a 公开时限 cell. Undefined when no clause can be read ("同上", "按规定"): the caller keeps the
 * text and warns. Full-width digits, spaces around numbers, traditional characters are accepted.
 */
export const parseTimeLimit: (text: string) => ParsedTimeLimit | undefined =
  rememberText(readTimeLimit);

function readTimeLimit(text: string): ParsedTimeLimit | undefined {
  let body = cleanCell(text).replace(/\s*(\d+)\s*/gu, '$1');
  const lawMayOverride = /另有规定|从其规定/u.test(body);
  body = body.replace(OVERRIDE, '');
  const clauses: TimeLimitClause[] = [];
  const unparsed: string[] = [];
  let carry = '';
  for (const part of parts(body)) {
    const read = readPart(carry + part);
    if (read) {
      clauses.push(...read);
      carry = '';
    } else if (/(?:起|后|时)$/u.test(part)) {
      // "自信息形成之日起，20个工作日内": the trigger stands before a comma.
      carry += part;
    } else {
      unparsed.push(carry + part);
      carry = '';
    }
  }
  if (carry !== '') unparsed.push(carry);
  return clauses.length > 0 ? { clauses, lawMayOverride, unparsed } : undefined;
}
