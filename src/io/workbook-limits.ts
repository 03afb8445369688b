/**
 * Limits checked on an .xlsx package before exceljs reads it. exceljs inflates every part and builds
 * an object per cell, so a small hostile file (a zip bomb, one 300-million-character string, 200,000
 * rows) costs gigabytes and minutes before any of our code sees a cell. Here the zip's central
 * directory is read first (declared sizes, compression ratio), then each part is inflated with a hard
 * output cap (declared sizes may lie) and its XML scanned for text lengths, rows and cells.
 */
import { inflateRawSync } from 'node:zlib';

/** Sum of all unzipped parts. A catalog workbook of the limits below unzips to well under this. */
export const MAX_UNZIPPED_BYTES = 128 * 1024 * 1024;
/** Unzipped / zipped size of one part above 1 MiB; spreadsheet XML compresses 5–50 times. */
export const MAX_RATIO = 200;
const RATIO_APPLIES_ABOVE = 1024 * 1024;
/** Excel's own limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32_767;
/** Rows in all sheets together; a county's catalog has a few thousand. */
export const MAX_ROWS = 50_000;
/** Cells in all sheets together. */
export const MAX_CELLS = 500_000;

export type LimitKind = 'unzipped' | 'ratio' | 'text' | 'rows' | 'cells';

export interface LimitExceeded {
  kind: LimitKind;
  /** The zip part where the limit was passed, e.g. `xl/sharedStrings.xml`. */
  part: string;
  found: number;
  max: number;
}

interface ZipPart {
  name: string;
  method: number;
  zipped: number;
  declared: number;
  localHeader: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

/** The central directory's entries, or undefined when the zip's structure cannot be read. */
function centralDirectory(zip: Buffer): ZipPart[] | undefined {
  let eocd = zip.length - 22;
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  while (eocd >= lowest && zip.readUInt32LE(eocd) !== EOCD_SIGNATURE) eocd--;
  if (eocd < lowest) return undefined;
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const parts: ZipPart[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== CENTRAL_SIGNATURE)
      return undefined;
    const nameLength = zip.readUInt16LE(offset + 28);
    parts.push({
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: zip.readUInt16LE(offset + 10),
      zipped: zip.readUInt32LE(offset + 20),
      declared: zip.readUInt32LE(offset + 24),
      localHeader: zip.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return parts;
}

/** The part's bytes, inflated to at most `cap` bytes; undefined when it would be longer. */
function inflatePart(zip: Buffer, part: ZipPart, cap: number): Buffer | undefined | 'unknown' {
  const local = part.localHeader;
  if (local + 30 > zip.length) return 'unknown';
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const raw = zip.subarray(start, start + part.zipped);
  if (part.method === 0) return raw.length > cap ? undefined : raw;
  if (part.method !== 8) return 'unknown';
  try {
    return inflateRawSync(raw, { maxOutputLength: Math.max(1, cap) });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    // A damaged stream is exceljs's to report; only "too long" is ours.
    return code === 'ERR_BUFFER_TOO_LARGE' ? undefined : 'unknown';
  }
}

/**
 * The longest cell text in the XML: a shared or inline string (`<si>`, `<is>`) counts all its
 * rich-text runs together; a value (`<v>`) counts alone.
 */
function longestText(xml: string): number {
  let longest = 0;
  for (const group of xml.matchAll(/<(?:\w+:)?(si|is)(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?\1>/gu)) {
    let length = 0;
    for (const run of (group[2] ?? '').matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)</gu)) {
      length += run[1]?.length ?? 0;
    }
    longest = Math.max(longest, length);
  }
  for (const value of xml.matchAll(/<(?:\w+:)?v(?:\s[^>]*)?>([^<]*)</gu)) {
    longest = Math.max(longest, value[1]?.length ?? 0);
  }
  return longest;
}

function countTags(xml: string, tag: string): number {
  return xml.match(new RegExp(`<(?:\\w+:)?${tag}[\\s>/]`, 'gu'))?.length ?? 0;
}

const SCANNED_PART = /^xl\/(?:sharedStrings\.xml|worksheets\/[^/]+\.xml)$/u;

/** The first limit the workbook passes, or undefined when it stays within all of them. */
export function checkWorkbookLimits(zip: Buffer): LimitExceeded | undefined {
  const parts = centralDirectory(zip);
  if (parts === undefined) return undefined; // not our finding: exceljs says what is wrong
  const declared = parts.reduce((sum, part) => sum + part.declared, 0);
  if (declared > MAX_UNZIPPED_BYTES) {
    return { kind: 'unzipped', part: '', found: declared, max: MAX_UNZIPPED_BYTES };
  }
  for (const part of parts) {
    const ratio = part.declared / Math.max(1, part.zipped);
    if (part.declared > RATIO_APPLIES_ABOVE && ratio > MAX_RATIO) {
      return { kind: 'ratio', part: part.name, found: Math.round(ratio), max: MAX_RATIO };
    }
  }
  let unzipped = 0;
  let rows = 0;
  let cells = 0;
  for (const part of parts) {
    const budget = MAX_UNZIPPED_BYTES - unzipped;
    const bytes = inflatePart(zip, part, budget);
    if (bytes === 'unknown') continue;
    if (bytes === undefined) {
      return {
        kind: 'unzipped',
        part: part.name,
        found: unzipped + budget + 1,
        max: MAX_UNZIPPED_BYTES,
      };
    }
    unzipped += bytes.length;
    if (!SCANNED_PART.test(part.name)) continue;
    const xml = bytes.toString('utf8');
    const longest = longestText(xml);
    if (longest > MAX_CELL_TEXT) {
      return { kind: 'text', part: part.name, found: longest, max: MAX_CELL_TEXT };
    }
    if (part.name === 'xl/sharedStrings.xml') continue;
    rows += countTags(xml, 'row');
    if (rows > MAX_ROWS) return { kind: 'rows', part: part.name, found: rows, max: MAX_ROWS };
    cells += countTags(xml, 'c');
    if (cells > MAX_CELLS) return { kind: 'cells', part: part.name, found: cells, max: MAX_CELLS };
  }
  return undefined;
}
