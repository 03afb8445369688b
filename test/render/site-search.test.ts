/**
 * The site's search: the index the renderer writes, searched by the very script the browser runs
 * (templates/site/assets/search-engine.js, evaluated here without a DOM).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { RepositoryModel } from '../../src/core/model/effective.js';
import {
  buildSearchIndex,
  ITEM_STRIDE,
  searchEntryOf,
  searchIndexBuilder,
  withParentRows,
  type SearchIndex,
  type SearchRegionEntry,
} from '../../src/render/site/search-index.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { fixtureModel } from '../helpers/site-fixture.js';
import { effective, item, NATIONAL, origin, region, repository } from '../helpers/site-model.js';

const engineScript = readFileSync(
  join(REPO_ROOT, 'templates/site/assets/search-engine.js'),
  'utf8',
);

interface Group {
  score: number;
  items: number[];
}
interface Found {
  total: number;
  groups: Group[];
  words: string[];
  asking: boolean;
  hits: { word: string; others: string[]; near: string }[];
}
type Search = (query: string) => Found;
interface Engine {
  createSearch: (index: SearchIndex) => Search;
  suggest: (index: SearchIndex, words: string[], limit: number) => string[];
  STRIDE: number;
}

function engineOver(index: SearchIndex): Engine {
  const window: Record<string, unknown> = { GKML_SEARCH: index };
  runInNewContext(engineScript, { window });
  const engine = window.gkmlSearchEngine as Engine;
  expect(engine.STRIDE).toBe(ITEM_STRIDE);
  return engine;
}

const searchOver = (index: SearchIndex): Search => engineOver(index).createSearch(index);

/** The name of each result (one per group), best first. */
const names = (index: SearchIndex, found: Found) =>
  found.groups.map((group) => index.strings[index.items[(group.items[0] ?? 0) + 3] ?? 0]);
/** The regions of a result, in the index's order. */
const regionsOf = (index: SearchIndex, group: Group | undefined) =>
  (group?.items ?? []).map((i) => index.regions[index.items[i] ?? 0]?.[0]);

describe('search over the fixture', () => {
  const index = buildSearchIndex(fixtureModel());
  const search = searchOver(index);

  it('finds items by a part of their name, contents, body or basis', () => {
    expect(names(index, search('出生'))).toEqual([
      '户口登记 › 出生登记',
      '妇幼健康服务 › 出生医学证明办理',
    ]);
    expect(search('所需材料').total).toBe(1);
    expect(search('公安机关').total).toBe(1);
    expect(search('母婴保健法').total).toBe(1);
  });

  it('needs every word of a query, and ignores case, full-width forms and punctuation', () => {
    expect(search('就业 中原区').total).toBe(3);
    expect(search('就业 林山寨').total).toBe(1);
    expect(search('就业 不存在的词').total).toBe(0);
    expect(search('ＳＣＲＩＰＴ').total).toBe(1);
    expect(search('《母婴保健法》').total).toBe(1);
    expect(search('   ').total).toBe(0);
  });

  it('lists items whose name matches first', () => {
    // 岗位信息发布 comes first in the index but matches only by its contents (招聘单位).
    expect(names(index, search('招聘'))).toEqual([
      '公共就业服务专项活动 › 中原区春风行动招聘会',
      '<script>alert("l1")</script> › <img src=x onerror=alert(2)>招聘',
      '就业信息服务 › 岗位信息发布',
    ]);
    expect(search('就业').total).toBe(6);
  });

  it('groups an item that several regions publish into one result', () => {
    const found = search('就业政策法规咨询');
    expect(found.total).toBe(3);
    expect(found.groups.length).toBe(1);
    expect(regionsOf(index, found.groups[0])).toEqual(['郑州市', '中原区', '林山寨街道']);
  });

  it('stores each distinct text once', () => {
    expect(new Set(index.strings).size).toBe(index.strings.length);
  });
});

describe('search on a province', () => {
  // ~40k items: 1,600 regions × 25 items, with the same national texts in every region.
  function province(): RepositoryModel {
    const regions = Array.from({ length: 1600 }, (_, r) => {
      const code = String(410100 + r).padStart(6, '0');
      const items = Array.from({ length: 25 }, (_, i) =>
        effective(
          item(`item-${i}`, { l2: `事项${i}`, subject: `第${r}区人力资源和社会保障局` }),
          origin(NATIONAL, 'national.yaml', i),
        ),
      );
      return region({
        code,
        name: `第${r}区`,
        level: 'county',
        path: code,
        catalogs: { employment: items },
      });
    });
    return repository(regions);
  }

  const index = buildSearchIndex(province());
  const search = searchOver(index);

  it('is compact: shared texts stored once, a few bytes per item', () => {
    expect(index.items.length / ITEM_STRIDE).toBe(40_000);
    // 25 names + 1,600 bodies + ids and shared texts, not 40,000 × 4 strings.
    expect(index.strings.length).toBeLessThan(1_700);
    const bytes = Buffer.byteLength(JSON.stringify(index));
    expect(bytes / 40_000).toBeLessThan(60);
  });

  it('counts every match and groups the regions of each item', () => {
    const found = search('人力资源');
    expect(found.total).toBe(40_000);
    expect(found.groups.length).toBe(25);
    expect(found.groups[0]?.items.length).toBe(1600);
    expect(search('第1599区').total).toBe(25);
  });
});

describe("entries that refer to their parent's rows (the region cache keeps them so)", () => {
  // A city, two counties and a township: most rows inherited unchanged, some with their own 主体.
  const items = (subject: (i: number) => string) =>
    Array.from({ length: 6 }, (_, i) =>
      effective(
        item(`item-${i}`, { l2: `事项${i}`, subject: subject(i) }),
        origin(NATIONAL, 'national.yaml', i),
      ),
    );
  const place = (code: string, parent: string | undefined, children: string[], own: number) =>
    region({
      code,
      name: `区划${code}`,
      level: parent === undefined ? 'city' : code.length > 6 ? 'township' : 'county',
      path: code,
      ...(parent === undefined ? {} : { parent }),
      children,
      catalogs: { employment: items((i) => (i < own ? `${code}人社局` : '人社部门')) },
    });
  const model = repository([
    place('410100', undefined, ['410102', '410103'], 0),
    place('410102', '410100', ['410102001'], 2),
    place('410102001', '410102', [], 3),
    place('410103', '410100', [], 6),
  ]);
  const full = new Map(model.regions.map((r) => [r.ref.code, searchEntryOf(r)]));
  const relative = model.regions.map((r) => {
    const entry = full.get(r.ref.code);
    const parent = r.ref.parent === undefined ? undefined : full.get(r.ref.parent);
    if (entry === undefined) throw new Error(r.ref.code);
    return parent === undefined ? entry : withParentRows(entry, parent);
  });
  const shared = (entry: SearchRegionEntry) =>
    entry.items.filter((row) => typeof row === 'number' || row.length === 2).length;

  it('build the same index as the entries written out', () => {
    expect(relative.reduce((sum, entry) => sum + shared(entry), 0)).toBeGreaterThan(0);
    const builder = searchIndexBuilder();
    for (const entry of relative) builder.addEntry(entry);
    expect(JSON.stringify(builder.finish())).toBe(JSON.stringify(buildSearchIndex(model)));
  });

  it('share rows equal in every field but the body, and keep the body', () => {
    const [parent] = model.regions;
    const entry = parent === undefined ? undefined : full.get(parent.ref.code);
    const row = entry?.items[0];
    if (!entry || !Array.isArray(row) || row.length !== 6) throw new Error('a row written out');
    const [domain, id, name, contents, body, bases] = row;
    const child: SearchRegionEntry = {
      code: 'child',
      region: ['下级', 'child'],
      items: [
        row,
        [domain, id, name, contents, `${body}（改）`, bases],
        [domain, id, name, `${contents}（改）`, body, bases],
      ],
    };
    expect(withParentRows(child, entry).items).toEqual([0, [0, `${body}（改）`], child.items[2]]);
  });

  it('are refused before their parent is indexed', () => {
    const child = relative.find((entry) => shared(entry) > 0);
    if (!child) throw new Error('an entry shares rows');
    expect(() => {
      searchIndexBuilder().addEntry(child);
    }).toThrow(/was not indexed before/);
  });
});
