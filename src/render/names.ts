/**
 * Names that exports print or write: table titles, sheet names, file names. Deterministic, and
 * safe on every file system an office uses (Windows forbids \ / : * ? " < > |).
 */
import { DOMAINS, type DomainId, type DomainInfo } from '../core/vocabulary/domains.js';
import type { EffectiveCatalog, RegionRef } from '../core/model/effective.js';

export function domainInfo(id: DomainId): DomainInfo {
  const found = DOMAINS.find((domain) => domain.id === id);
  if (!found) throw new Error(`unknown domain id ${id}`);
  return found;
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 26 → 二十六 (up to 99: a workbook never has more sheets than that). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${DIGITS[ones] ?? ''}`;
}

/** "（一）义务教育": the sections of a workbook are numbered as township sites number their tables. */
export function sheetName(position: number, domain: DomainId): string {
  return `（${chineseNumeral(position)}）${domainInfo(domain).zh}`
    .replace(/[[\]:*?/\\]/gu, '')
    .slice(0, 31);
}

export const DEFAULT_TITLE_SUFFIX = '领域基层政务公开标准目录';

/**
 * "<地名><领域>领域基层政务公开标准目录". A title set in a catalog is kept, with this region's name in
 * front: in place of an ancestor's name it starts with (inherited from the county above), or
 * added when it names no place (the national baselines' titles).
 */
export function tableTitle(catalog: EffectiveCatalog, ancestors: readonly RegionRef[]): string {
  const place = catalog.region.name;
  const title = catalog.title?.trim();
  if (title === undefined || title === '') {
    return `${place}${domainInfo(catalog.domain).zh}${DEFAULT_TITLE_SUFFIX}`;
  }
  if (title.startsWith(place)) return title;
  const inherited = ancestors.find((ancestor) => title.startsWith(ancestor.name));
  return `${place}${inherited ? title.slice(inherited.name.length) : title}`;
}

/**
 * Invisible characters that change how a name reads: bidi controls can make `桥东\u202Egpj.exe.xlsx`
 * display as `桥东xslx.exe.jpg`; zero-width characters make two names look alike.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

/** A file-name part: no path separators, reserved, control or invisible characters. */
export function fileNamePart(text: string): string {
  const cleaned = text
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/gu, '_')
    .replace(INVISIBLE, '')
    .trim();
  return cleaned === '' ? '_' : cleaned;
}

/**
 * The most UTF-8 bytes a region's name takes in a file name. File systems allow 255 bytes per name;
 * a catalog's file adds the code, the domain and an extension, and atomic writes a temporary suffix.
 */
export const NAME_BYTES = 120;

/** `text` cut to at most `bytes` UTF-8 bytes, never inside a character. */
export function cutToBytes(text: string, bytes: number): string {
  let used = 0;
  let cut = '';
  for (const char of text) {
    const size =
      char.length === 2 ? 4 : char.charCodeAt(0) < 0x80 ? 1 : char.charCodeAt(0) < 0x800 ? 2 : 3;
    if (used + size > bytes) break;
    used += size;
    cut += char;
  }
  return cut;
}

/** "410102-中原区": the stem of a region's export files (a long name is cut; the code identifies). */
export function regionStem(region: RegionRef): string {
  // Catalogs exported outside a repository belong to no coded region, and may name no common
  // place: their folder's name stands in.
  const named = region.name === '' ? (region.path.split('/').pop() ?? '') : region.name;
  const name = cutToBytes(fileNamePart(named), NAME_BYTES);
  return region.code === '' ? name : `${fileNamePart(region.code)}-${name}`;
}

/** "410102-中原区-就业": the stem of one catalog's export file. */
export function catalogStem(catalog: EffectiveCatalog): string {
  return `${regionStem(catalog.region)}-${fileNamePart(domainInfo(catalog.domain).zh)}`;
}
