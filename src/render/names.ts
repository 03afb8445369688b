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

/** A file-name part: no path separators, reserved characters or control characters. */
export function fileNamePart(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
  const cleaned = text.replace(/[\\/:*?"<>|\u0000-\u001f]/gu, '_').trim();
  return cleaned === '' ? '_' : cleaned;
}

/** "410102-中原区": the stem of a region's export files. */
export function regionStem(region: RegionRef): string {
  return `${fileNamePart(region.code)}-${fileNamePart(region.name)}`;
}

/** "410102-中原区-就业": the stem of one catalog's export file. */
export function catalogStem(catalog: EffectiveCatalog): string {
  return `${regionStem(catalog.region)}-${fileNamePart(domainInfo(catalog.domain).zh)}`;
}
