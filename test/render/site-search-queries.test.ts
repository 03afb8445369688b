/**
 * How citizens ask, against the example repository: a list of queries with the row each must put
 * first (and rows it must find), searched by the very engine the browser runs. The synonym table is
 * checked against the national baselines: every word it leads to is in that domain's catalog.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOMAINS } from '../../src/core/vocabulary/domains.js';
import type { RepositoryModel } from '../../src/core/model/effective.js';
import { bundledBaselinesFolder, loadBaselines } from '../../src/pipeline/baselines.js';
import { loadRepository } from '../../src/pipeline/load-repository.js';
import { buildSearchIndex, type SearchIndex } from '../../src/render/site/search-index.js';
import { SYNONYMS, synonymTable } from '../../src/render/site/search-synonyms.js';
import { REPO_ROOT, TEST_TODAY } from '../helpers/cli.js';

interface Found {
  total: number;
  groups: { items: number[] }[];
  words: string[];
  asking: boolean;
  hits: { near: string; others: string[] }[];
}
interface Engine {
  createSearch: (index: SearchIndex) => (query: string) => Found;
  suggest: (index: SearchIndex, words: string[], limit: number) => string[];
}

function engineOf(index: SearchIndex): Engine {
  const window: Record<string, unknown> = { GKML_SEARCH: index };
  const source = readFileSync(join(REPO_ROOT, 'templates/site/assets/search-engine.js'), 'utf8');
  runInNewContext(source, { window });
  return window.gkmlSearchEngine as Engine;
}

/** A query and what it must give: the first result's name, names it must list, a region filter. */
interface Expectation {
  query: string;
  first: string;
  /** Names that must be among the results. */
  finds?: string[];
  /** Every result is published by exactly these regions (a region named in the query). */
  onlyIn?: string;
}

/** The queries of issue 15, and others citizens type. */
export const QUERIES: Expectation[] = [
  { query: '低保', first: '最低生活保障 › 政策法规文件', finds: ['最低生活保障 › 办事指南'] },
  { query: '低保 怎么申请', first: '最低生活保障 › 办事指南' },
  { query: '低保怎么申请', first: '最低生活保障 › 办事指南' },
  { query: '如何办理低保？', first: '最低生活保障 › 办事指南' },
  { query: 'dibao', first: '最低生活保障 › 政策法规文件' },
  { query: 'zdshbz', first: '最低生活保障 › 政策法规文件' },
  { query: '最底生活保障', first: '最低生活保障 › 政策法规文件' },
  { query: '最低生货', first: '最低生活保障 › 政策法规文件' },
  { query: '拆迁', first: '征收 › 房屋征收决定' },
  { query: '上学', first: '招生管理 › 招生政策', finds: ['招生管理 › 招生范围'] },
  { query: '落户', first: '迁移登记 › 迁出、迁入登记' },
  { query: '五保', first: '特困人员救助供养 › 政策法规文件' },
  { query: '五保户怎么申请', first: '特困人员救助供养 › 办事指南' },
  { query: '养老院 柳林县', first: '养老服务通用政策 › 养老机构投资指南', onlyIn: '柳林县' },
  { query: '河西区低保', first: '最低生活保障 › 政策法规文件', onlyIn: '河西区' },
  { query: '出生', first: '出生登记 › 出生登记' },
  { query: '义务教育学校名录在哪', first: '教育概况 › 义务教育学校名录' },
];

/** What is wrong with one expectation's results ('' when nothing). */
function problemOf(index: SearchIndex, found: Found, expected: Expectation): string {
  const nameOf = (i: number) => index.strings[index.items[i + 3] ?? 0] ?? '';
  const names = found.groups.map((group) => nameOf(group.items[0] ?? 0));
  if (names[0] !== expected.first) return `first is ${names[0] ?? 'nothing'}`;
  const missing = (expected.finds ?? []).filter((name) => !names.includes(name));
  if (missing.length > 0) return `misses ${missing.join(', ')}`;
  if (expected.onlyIn !== undefined) {
    const elsewhere = found.groups
      .flatMap((group) => group.items)
      .map((i) => index.regions[index.items[i] ?? 0]?.[0])
      .filter((name) => name !== expected.onlyIn);
    if (elsewhere.length > 0) return `also in ${elsewhere.join(', ')}`;
  }
  return '';
}

describe('queries as citizens type them, over the examples', () => {
  let model: RepositoryModel;
  let index: SearchIndex;
  let engine: Engine;
  let search: (query: string) => Found;

  beforeAll(async () => {
    const loaded = await loadRepository(join(REPO_ROOT, 'examples'), {
      cwd: REPO_ROOT,
      today: TEST_TODAY,
    });
    if (!loaded.model) throw new Error('the examples did not load');
    model = loaded.model;
    index = buildSearchIndex(model);
    engine = engineOf(index);
    search = engine.createSearch(index);
  });

  for (const expected of QUERIES) {
    it(`“${expected.query}” puts ${expected.first} first`, () => {
      expect(problemOf(index, search(expected.query), expected)).toBe('');
    });
  }

  it('the check fails on a wrong expectation (the harness can fail)', () => {
    const found = search('低保');
    expect(problemOf(index, found, { query: '低保', first: '迁移登记 › 迁出、迁入登记' })).toMatch(
      /^first is/u,
    );
    const first = '最低生活保障 › 政策法规文件';
    expect(problemOf(index, found, { query: '低保', first, finds: ['不存在的事项'] })).toMatch(
      /^misses/u,
    );
    expect(problemOf(index, found, { query: '低保', first, onlyIn: '柳林县' })).toMatch(
      /^also in/u,
    );
  });

  it('question words steer but are not required; a query of them alone is searched as written', () => {
    const asked = search('低保怎么申请');
    expect(asked.words).toEqual(['低保']);
    expect(asked.asking).toBe(true);
    expect(search('申请条件').words).toEqual(['申请条件']);
  });

  it('tolerates one wrong character only in words of four or more', () => {
    expect(search('最底生活保障').hits[0]?.near).toBe('最低生活保障');
    expect(search('底保').total).toBe(0);
    expect(search('最底生活保险费').total).toBe(0);
  });

  it('a query that finds nothing gets the nearest words, each of which finds something', () => {
    const found = search('最低生活费用');
    expect(found.total).toBe(0);
    const suggested = engine.suggest(index, found.words, 6);
    expect(suggested[0]).toBe('最低生活保障');
    for (const word of suggested) expect(search(word).total, word).toBeGreaterThan(0);
  });

  it('the pinyin of a region finds its items; pinyin matches whole syllables', () => {
    const found = search('liulin');
    expect(found.total).toBeGreaterThan(0);
    // "hexi" is 河西, not 和行 (he xing) of 行政处罚行政强制和行政命令.
    const names = search('hexi').groups.map(
      (g) => index.strings[index.items[(g.items[0] ?? 0) + 3] ?? 0],
    );
    expect(names).not.toContain('行政处罚行政强制和行政命令 › 行政处罚流程');
  });

  it('is small and fast enough for the examples', () => {
    const bytes = Buffer.byteLength(JSON.stringify(index));
    expect(bytes).toBeLessThan(120_000);
    expect(model.regions.length).toBeGreaterThan(5);
  });
});

describe('the synonym table', () => {
  it('covers all 26 domains, several words each', () => {
    expect(Object.keys(SYNONYMS).sort()).toEqual(DOMAINS.map((d) => d.id).sort());
    for (const [domain, table] of Object.entries(SYNONYMS)) {
      expect(Object.keys(table).length, domain).toBeGreaterThanOrEqual(3);
    }
  });

  it("leads only to words that the domain's national baseline uses", async () => {
    const { baselines } = await loadBaselines(bundledBaselinesFolder(), {
      cwd: REPO_ROOT,
      today: TEST_TODAY,
    });
    expect(baselines.length).toBe(26);
    const unused: string[] = [];
    for (const baseline of baselines) {
      const text = JSON.stringify(baseline.catalog.items);
      const table: Record<string, readonly string[]> = SYNONYMS[baseline.domain.id];
      for (const [word, values] of Object.entries(table)) {
        for (const value of values) {
          if (!text.includes(value)) unused.push(`${baseline.domain.id}: ${word} → ${value}`);
        }
      }
    }
    expect(unused).toEqual([]);
  });

  it('is printed in docs/site.md as it is in the code', () => {
    const doc = readFileSync(join(REPO_ROOT, 'docs/site.md'), 'utf8');
    for (const table of Object.values<Record<string, readonly string[]>>(SYNONYMS)) {
      for (const [word, values] of Object.entries(table)) {
        expect(doc, word).toContain(`${word} → ${values.join('、')}`);
      }
    }
  });

  it("a repository's own words are added, and extend a curated word", () => {
    const table = new Map(synonymTable({ 低保: ['低保金'], 老年证: ['老年人'] }));
    expect(table.get('低保')).toEqual(['最低生活保障', '低保金']);
    expect(table.get('老年证')).toEqual(['老年人']);
  });
});
