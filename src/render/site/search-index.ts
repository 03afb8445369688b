/**
 * The search index, as a JavaScript file that a <script> tag loads: browsers refuse fetch() of local
 * files from file://, but a script beside the page loads. Compact for a province (~40k items):
 * every distinct text is stored once (inherited items repeat the same 公开内容 and 公开依据 in every
 * region), and items are a flat array of numbers pointing into that table.
 */
import { DOMAINS } from '../../core/vocabulary/domains.js';
import type { RepositoryModel } from '../../core/model/effective.js';
import type { Item } from '../../core/model/item.js';
import { regionFolder } from './paths.js';

/** Numbers per item in `items`: region, domain, id, name, contents, body, bases. */
export const ITEM_STRIDE = 7;

export interface SearchIndex {
  v: 1;
  /** [name, folder of its pages] per region. */
  regions: [string, string][];
  domains: [string, string][];
  strings: string[];
  items: number[];
}

export function buildSearchIndex(model: RepositoryModel): SearchIndex {
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
  const domainIndex = new Map<string, number>(DOMAINS.map((d, i) => [d.id, i]));
  const items: number[] = [];
  model.regions.forEach((region, regionIndex) => {
    for (const catalog of region.catalogs) {
      for (const { item } of catalog.items) {
        items.push(
          regionIndex,
          domainIndex.get(catalog.domain) ?? 0,
          intern(item.id),
          intern(itemName(item)),
          intern(item.elements.map((e) => e.name).join('、')),
          intern(item.subject ?? ''),
          intern(item.bases.map((b) => b.title + (b.docNo ?? '')).join('、')),
        );
      }
    }
  });
  return {
    v: 1,
    regions: model.regions.map((r) => [r.ref.name, regionFolder(r.ref.code)]),
    domains: DOMAINS.map((d) => [d.id, d.zh]),
    strings,
    items,
  };
}

export function itemName(item: Item): string {
  return [item.l1, item.l2, item.l3].filter(Boolean).join(' › ');
}

/** The index as a script: one global, read by assets/search.js. */
export function searchIndexScript(index: SearchIndex): string {
  return `window.GKML_SEARCH = ${JSON.stringify(index)};\n`;
}
