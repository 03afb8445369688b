/**
 * The search index, as a JavaScript file that a <script> tag loads: browsers refuse fetch() of local
 * files from file://, but a script beside the page loads. Compact for a province (~40k items):
 * every distinct text is stored once (inherited items repeat the same 公开内容 and 公开依据 in every
 * region), and items are a flat array of numbers pointing into that table. What the browser cannot
 * cheaply know is computed here: the pinyin of names, the synonym table, the question words.
 */
import { DOMAINS } from '../../core/vocabulary/domains.js';
import type { RegionModel, RepositoryModel } from '../../core/model/effective.js';
import type { Item } from '../../core/model/item.js';
import { regionFolder } from './paths.js';
import { pinyinOf } from './search-pinyin.js';
import { synonymTable, type SynonymTable } from './search-synonyms.js';
import { HOW_TO_NAMES, QUESTION_WORDS } from './search-words.js';

/** Numbers per item in `items`: region, domain, id, name, contents, body, bases. */
export const ITEM_STRIDE = 7;

export interface SearchIndex {
  v: 2;
  /** [name, folder of its pages, pinyin] per region. */
  regions: [string, string, string][];
  /** [id, Chinese name, pinyin] per domain. */
  domains: [string, string, string][];
  strings: string[];
  /** Pinyin of each string that is an item's name (space-separated syllables), '' for the others. */
  pinyin: string[];
  items: number[];
  /** [colloquial word, the catalogs' words, its pinyin], sorted by word. */
  synonyms: [string, string[], string][];
  /** Question words: dropped from the query, they favour how-to rows. Longest first. */
  ask: readonly string[];
  /** Names that mark a how-to row (办事指南 …). */
  howTo: readonly string[];
}

export interface SearchIndexOptions {
  /** The repository's own synonyms (gkml.yaml site.search.synonyms), added to the curated ones. */
  synonyms?: SynonymTable;
  /** How a text's pinyin is had: `pinyinOf`, or a compile's kept table of it (io/pinyin-cache.ts). */
  pinyin?: (text: string) => string;
}

export function buildSearchIndex(
  model: RepositoryModel,
  options: SearchIndexOptions = {},
): SearchIndex {
  const builder = searchIndexBuilder();
  for (const region of model.regions) builder.add(region);
  return builder.finish(options);
}

/**
 * The index built region by region, in the repository's order: a compile adds each region while
 * its subtree is merged and keeps only the index's strings and numbers, not the regions.
 */
export interface SearchIndexBuilder {
  add: (region: RegionModel) => void;
  /**
   * A region's entry made earlier (`searchEntryOf`), e.g. kept in a compile's region cache; an
   * entry that refers to its parent's rows comes after its parent's.
   */
  addEntry: (entry: SearchRegionEntry) => void;
  finish: (options?: SearchIndexOptions) => SearchIndex;
}

/** One item's row as text: domain index, then id, name, contents, body and bases. */
export type SearchItemRow = [number, string, string, string, string, string];

/** A row as written out, or by its index in the parent's entry (with its own body). */
export type SearchEntryRow = SearchItemRow | number | [number, string];

/** What one region adds to the index, as plain data: [name, folder] and its item rows. */
export interface SearchRegionEntry {
  code: string;
  /** The region whose rows `items` refers to by index. */
  parent?: string;
  region: [string, string];
  /**
   * Per item, its row; or, for an item whose row is the same as one of the parent's, that row's
   * index in the parent's entry; or, when only the body (公开主体) differs, the index and the body.
   * A township repeats its county's rows but for its own bodies: kept by index, the region cache's
   * parts are a fraction of the size and are read back in a fraction of the time.
   */
  items: SearchEntryRow[];
}

const DOMAIN_INDEX = new Map<string, number>(DOMAINS.map((d, i) => [d.id, i]));

export function searchEntryOf(region: RegionModel): SearchRegionEntry {
  return {
    code: region.ref.code,
    region: [region.ref.name, regionFolder(region.ref.code)],
    items: region.catalogs.flatMap((catalog) =>
      catalog.items.map(({ item }): SearchItemRow => [
        DOMAIN_INDEX.get(catalog.domain) ?? 0,
        item.id,
        itemName(item),
        item.elements.map((e) => e.name).join('、'),
        item.subject ?? '',
        item.bases.map((b) => b.title + (b.docNo ?? '')).join('、'),
      ]),
    ),
  };
}

/**
 * `entry` with the rows that are the same as its parent's given by their index in `parent` (the
 * parent's entry as `searchEntryOf` made it, every row written out).
 */
export function withParentRows(
  entry: SearchRegionEntry,
  parent: SearchRegionEntry,
): SearchRegionEntry {
  const parentRows = new Map<string, number>();
  parent.items.forEach((row, at) => {
    if (isWrittenOut(row)) parentRows.set(`${row[0]}\0${row[1]}`, at);
  });
  const items = entry.items.map((row): SearchEntryRow => {
    if (!isWrittenOut(row)) return row;
    const at = parentRows.get(`${row[0]}\0${row[1]}`);
    if (at === undefined) return row;
    const same = parent.items[at];
    // Every field but the body the same as the parent's? (`parentRows` holds rows written out.)
    if (!isWrittenOut(same) || !same.every((value, i) => i === BODY || value === row[i]))
      return row;
    return same[BODY] === row[BODY] ? at : [at, row[BODY]];
  });
  const shared = items.some((row, at) => row !== entry.items[at]);
  return shared ? { code: entry.code, parent: parent.code, region: entry.region, items } : entry;
}

/** Where a row keeps the body (公开主体), the text a region most often has of its own. */
const BODY = 4;

function isWrittenOut(row: SearchEntryRow | undefined): row is SearchItemRow {
  return typeof row === 'object' && row.length === 6;
}

export function searchIndexBuilder(): SearchIndexBuilder {
  const strings: string[] = [''];
  const ids = new Map<string, number>([['', 0]]);
  const intern = (text: string): number => {
    let id = ids.get(text);
    if (id === undefined) {
      id = strings.length;
      strings.push(text);
      ids.set(text, id);
    }
    return id;
  };
  const items: number[] = [];
  const names = new Set<number>();
  const regions: [string, string][] = [];
  /** Where each region's rows start in `items`: a child's rows may repeat its parent's. */
  const starts = new Map<string, number>();
  const addEntry = (entry: SearchRegionEntry): void => {
    const regionIndex = regions.length;
    regions.push(entry.region);
    const parentStart = entry.parent === undefined ? undefined : starts.get(entry.parent);
    starts.set(entry.code, items.length);
    for (const row of entry.items) {
      if (!isWrittenOut(row)) {
        // The parent's row, already interned (its strings, its name among the names).
        if (parentStart === undefined) {
          throw new Error(`search entry of ${entry.code}: ${entry.parent} was not indexed before`);
        }
        const [index, body] = typeof row === 'number' ? [row, undefined] : row;
        const at = parentStart + index * ITEM_STRIDE;
        items.push(regionIndex, ...items.slice(at + 1, at + ITEM_STRIDE));
        if (body !== undefined) items[items.length - 2] = intern(body);
        continue;
      }
      const [domain, id, itemName, contents, body, bases] = row;
      const name = intern(itemName);
      names.add(name);
      items.push(
        regionIndex,
        domain,
        intern(id),
        name,
        intern(contents),
        intern(body),
        intern(bases),
      );
    }
  };
  const finish = (options: SearchIndexOptions = {}): SearchIndex => {
    const pinyin = options.pinyin ?? pinyinOf;
    return {
      v: 2,
      regions: regions.map(([name, folder]) => [name, folder, pinyin(name)]),
      domains: DOMAINS.map((d) => [d.id, d.zh, pinyin(d.zh)]),
      strings,
      pinyin: strings.map((text, id) => (names.has(id) ? pinyin(text) : '')),
      items,
      synonyms: synonymTable(options.synonyms).map(([word, values]) => [
        word,
        values,
        pinyin(word),
      ]),
      ask: QUESTION_WORDS,
      howTo: HOW_TO_NAMES,
    };
  };
  const add = (region: RegionModel): void => {
    addEntry(searchEntryOf(region));
  };
  return { add, addEntry, finish };
}

export function itemName(item: Item): string {
  return [item.l1, item.l2, item.l3].filter(Boolean).join(' › ');
}

/** The index as a script: one global, read by assets/search.js. */
export function searchIndexScript(index: SearchIndex): string {
  return `window.GKML_SEARCH = ${JSON.stringify(index)};\n`;
}
