/**
 * The small part of XML the workbook parts need: escaping text and attribute values, and A1-style
 * cell references. Text that reaches here is untrusted (catalog files): it is escaped, never
 * spliced in as markup.
 */

const TEXT_SPECIAL = /[&<>]/u;
const ATTRIBUTE_SPECIAL = /[&<>"\n\t]/u;

/** Text content: & < > escaped. Callers pass text already cleaned of what XML 1.0 cannot carry. */
export function xmlText(text: string): string {
  if (!TEXT_SPECIAL.test(text)) return text;
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/**
 * An attribute value in double quotes: besides & < > and ", line feeds and tabs are written as
 * character references, since a parser turns them into spaces otherwise.
 */
export function xmlAttribute(text: string): string {
  if (!ATTRIBUTE_SPECIAL.test(text)) return text;
  return xmlText(text).replace(/"/gu, '&quot;').replace(/\n/gu, '&#10;').replace(/\t/gu, '&#9;');
}

const LETTERS: string[] = [];

/** 1 → A, 26 → Z, 27 → AA. */
export function columnLetter(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  LETTERS[col] = letters;
  return letters;
}

/** "B4" for row 4, column 2. */
export function cellRef(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** "B4:B7", or "B4" for a single cell. */
export function rangeRef(range: {
  top: number;
  left: number;
  bottom: number;
  right: number;
}): string {
  const from = cellRef(range.top, range.left);
  const to = cellRef(range.bottom, range.right);
  return from === to ? from : `${from}:${to}`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
