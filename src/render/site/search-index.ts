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
  /** A region's entry made earlier (`searchEntryOf`), e.g. kept in a compile's region cache. */
  addEntry: (entry: SearchRegionEntry) => void;
  finish: (options?: SearchIndexOptions) => SearchIndex;
}

/** What one region adds to the index, as plain data: [name, folder, pinyin] and its item rows. */
export interface SearchRegionEntry {
  region: [string, string, string];
  /** Per item: domain index, then id, name, contents, body and bases as text. */
  items: [number, string, string, string, string, string][];
}

const DOMAIN_INDEX = new Map<string, number>(DOMAINS.map((d, i) => [d.id, i]));

export function searchEntryOf(region: RegionModel): SearchRegionEntry {
  return {
    region: [region.ref.name, regionFolder(region.ref.code), pinyinOf(region.ref.name)],
    items: region.catalogs.flatMap((catalog) =>
      catalog.items.map(({ item }): SearchRegionEntry['items'][number] => [
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
  const regions: [string, string, string][] = [];
  const addEntry = (entry: SearchRegionEntry): void => {
    const regionIndex = regions.length;
    regions.push(entry.region);
    for (const [domain, id, itemName, contents, body, bases] of entry.items) {
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
  const finish = (options: SearchIndexOptions = {}): SearchIndex => ({
    v: 2,
    regions,
    domains: DOMAINS.map((d) => [d.id, d.zh, pinyinOf(d.zh)]),
    strings,
    pinyin: strings.map((text, id) => (names.has(id) ? pinyinOf(text) : '')),
    items,
    synonyms: synonymTable(options.synonyms).map(([word, values]) => [
      word,
      values,
      pinyinOf(word),
    ]),
    ask: QUESTION_WORDS,
    howTo: HOW_TO_NAMES,
  });
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
