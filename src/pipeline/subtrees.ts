/**
 * Loading and analysing a repository one subtree at a time, for compile: a province with all 26
 * domains does not fit in memory merged whole. The regions above the subtrees (a province's own
 * region, say) are merged once and kept; each subtree (the same ones `--shard` hands out) is merged,
 * analysed and dropped, leaving what the repository-wide pages need of it: each region's outline,
 * its coverage figures, its part of the search index, its findings (a `RegionPart`). Rendering
 * merges again the regions of a subtree with a file to render (`SubtreeRepository.model`).
 *
 * With a region cache (compile), a region whose part was kept under its key (its own files and
 * those above it) is not merged at all: only the changed regions and the regions above them are.
 *
 * Same findings, same figures and the same pages as loadRepository + analyse on the whole model:
 * the compile's golden and shard tests compare the bytes.
 */
import { resolve } from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../core/diagnostics/index.js';
import { coverageDiff } from '../core/diff/index.js';
import {
  addCounts,
  coverageTotals,
  ZERO,
  type CoverageTotals,
} from '../core/diff/coverage-types.js';
import { dedupeDiagnostics } from '../core/diff/dedupe.js';
import type { RegisterUnit } from '../core/documents/index.js';
import { registerJoiner } from '../core/documents/repository.js';
import {
  mergeStepwise,
  type RegionNode,
  type StepwiseMerge,
  type StepwiseResult,
} from '../core/merge/index.js';
import { resolveBundles } from '../core/model/bundles.js';
import type { RegionModel, RepositoryModel } from '../core/model/effective.js';
import {
  hollowOf,
  relativeHollow,
  restoredHollow,
  type HollowRegion,
} from '../core/model/hollow.js';
import { outlineOf, type RegionOutline } from '../core/model/outline.js';
import { subtreesOf } from '../core/output/shards.js';
import { officialCalendar } from '../io/official-calendar.js';
import { hashOf } from '../core/util/hash.js';
import { isRecord } from '../core/util/json.js';
import type { PinyinCache } from '../io/pinyin-cache.js';
import { REGION_CACHE_FORMAT, type RegionCache } from '../io/region-cache.js';
import {
  searchEntryOf,
  searchIndexBuilder,
  withParentRows,
  type SearchIndex,
  type SearchRegionEntry,
} from '../render/site/search-index.js';
import { pinyinOf } from '../render/site/search-pinyin.js';
import { nationalBaselines } from './analyse.js';
import { collectGarbage, HEAP_FLOOR } from './collect-garbage.js';
import { readRepository, type LoadRepositoryOptions } from './load-repository.js';
import { readsPart, type RepositoryParts } from './parts.js';

/**
 * Heap growth (bytes) since the last collection asked for (collect-garbage.ts) after which a
 * subtree boundary of pass one collects: a merged city of the 26-domain province leaves ~70 MB, so a
 * cold compile collects at every second city; after one changed township, the region cache's parts
 * read back leave about as much per city, and the full collections of a 300–500 MB heap (~0.2 s
 * each) that freed 16–36 MB are not asked for. The heap stays within this much of what the last
 * collection kept.
 */
const SUBTREE_GARBAGE = 128 * 1024 * 1024;

export interface SubtreeLoad {
  /** Display paths of the files read (national baselines included), sorted. */
  files: string[];
  /** Every finding of reading, validating, merging, the bundles and the coverage, sorted. */
  diagnostics: Diagnostic[];
  /** Absent when there was nothing to merge (see the diagnostics). */
  repository?: SubtreeRepository;
  /**
   * With `part`: the merge's subtrees are not the parts the files were read by (a region file that
   * did not load changed the tree); nothing was merged, and the caller checks the whole instead.
   */
  unparted?: true;
}

export interface SubtreeRepository {
  /**
   * Every region without its items (catalogs, bundles and register kept, `items` and `omitted`
   * empty): what planning the output's paths and keys needs, not what its pages show.
   */
  hollow: RepositoryModel;
  /** Every region in outline, in the repository's order. */
  outline: RegionOutline[];
  /** Coverage against the national baselines: figures per region and in total. */
  coverage: CoverageTotals;
  searchIndex: () => SearchIndex;
  /** The group of a region: 0 for the regions above the subtrees, 1 … for each subtree. */
  groupOf: (code: string) => number | undefined;
  /**
   * A group's regions merged (again), with the regions above the subtrees; with `only`, just those
   * regions of the group and the regions above them in it.
   */
  model: (group: number, only?: ReadonlySet<string>) => RepositoryModel;
}

/** What a compile keeps between runs of the regions it merged (io/region-cache.ts). */
export interface SubtreeCache {
  regions: RegionCache<RegionPart>;
  /** Content hash of every file of the repository and the bundled baselines, by display path. */
  hashes: ReadonlyMap<string, string>;
  /** The build of gkml (io/file-cache/key.ts): a part holds what this build found. */
  build: string;
  /** The pinyin the last compile's search index gave its texts: taken, not computed again. */
  pinyin?: PinyinCache;
}

/** What pass one keeps of a region, and the region cache between compiles. */
export interface RegionPart {
  outline: RegionOutline;
  /** Written relative to its parent's hollow region, which is collected before it. */
  hollow: HollowRegion;
  coverage: CoverageTotals['regions'][number];
  search: SearchRegionEntry;
  /** Findings of merging the region, checking its register, its bundles and its coverage. */
  merge: readonly Diagnostic[];
  register: readonly Diagnostic[];
  bundles: readonly Diagnostic[];
  coverageFindings: readonly Diagnostic[];
}

/**
 * The shape of a part read back from the region cache: its key covers the build that wrote it, so
 * this only guards against a part that is not one (the fields the collection step reads).
 */
export function isRegionPart(value: unknown): value is RegionPart {
  if (!isRecord(value)) return false;
  const { outline, hollow, coverage, search } = value;
  const lists = [value.merge, value.register, value.bundles, value.coverageFindings];
  return (
    isRecord(outline) &&
    isRecord(outline.ref) &&
    isRecord(hollow) &&
    isRecord(hollow.region) &&
    Array.isArray(hollow.region.catalogs) &&
    isRecord(coverage) &&
    isRecord(search) &&
    typeof search.code === 'string' &&
    Array.isArray(search.items) &&
    lists.every((list) => Array.isArray(list))
  );
}

export interface SubtreeLoadOptions extends LoadRepositoryOptions {
  cache?: SubtreeCache;
  /**
   * Only the findings are wanted (validate): no search index is made (~0.3 s and its garbage in a
   * 26-domain province's validate), and no `repository` is returned.
   */
  findingsOnly?: boolean;
  /**
   * The share of the process's memory this load may use (validate's parts, each in a thread): the
   * heap under which no collection is forced (collect-garbage.ts) and the garbage let pile up
   * between subtrees are this share of a whole load's.
   */
  memoryShare?: number;
}

/** What a region adds to the search index when no index is made. */
const NO_SEARCH_ENTRY: SearchRegionEntry = { code: '', region: ['', ''], items: [] };

export async function loadBySubtree(
  folder: string,
  options: SubtreeLoadOptions,
): Promise<SubtreeLoad> {
  const read = await readRepository(folder, options);
  const files = [...read.files].sort();
  if (!read.input) return { files, diagnostics: sortDiagnostics(read.diagnostics) };
  const share = options.memoryShare ?? 1;
  // Reading every file left its garbage; the merge's comes on top of what is alive.
  collectGarbage(0, HEAP_FLOOR * share);
  const stepwise = mergeStepwise(read.input);
  const base = stepwise.model;
  const calendar = read.registers.length > 0 ? officialCalendar() : undefined;
  const joinOne = calendar
    ? registerJoiner(read.registers, { calendar, today: options.today })
    : (region: RegionModel) => ({ region, diagnostics: [] });
  const join = (regions: RegionModel[]) => regions.map((region) => joinOne(region).region);
  const groups = groupsOf(stepwise);
  // With `part` (validate's threads and selections, findings only), the subtrees of the other parts
  // are not ours: their catalogs were not read here.
  const part = options.part;
  const owners = read.parts && groupOwners(groups, read.parts, options.cwd);
  if (part && owners === undefined) return { files, diagnostics: [], unparted: true };
  const isOurs = (group: number) => part === undefined || readsPart(part, owners?.[group]);
  const baselines = nationalBaselines(base);
  const cache = options.cache;
  const keys = cache
    ? regionKeys(stepwise.order, read, cache, {
        today: options.today,
        findingsOnly: options.findingsOnly === true,
      })
    : new Map<RegionNode, string>();

  // The regions merged that have children, as their children's parts are written relative to them:
  // their search entries (every row written out) and hollow regions. Parents are merged first.
  const parents = new Map<string, { entry: SearchRegionEntry; hollow: RegionModel }>();
  const relativeParts = (region: RegionModel) => {
    const entry = options.findingsOnly === true ? NO_SEARCH_ENTRY : searchEntryOf(region);
    const hollow = hollowOf(region);
    if (region.children.length > 0) parents.set(region.ref.code, { entry, hollow });
    const parent = region.ref.parent === undefined ? undefined : parents.get(region.ref.parent);
    return {
      search: parent === undefined ? entry : withParentRows(entry, parent.entry),
      hollow: relativeHollow(hollow, parent?.hollow),
    };
  };

  /** The parts of `nodes` merged now (after `above`, the regions they inherit from). */
  const partsOf = (
    merged: StepwiseResult,
    above: readonly RegionModel[],
  ): { regions: RegionModel[]; parts: Map<string, RegionPart> } => {
    const joined = merged.regions.map(joinOne);
    const regions = joined.map((j) => j.region);
    const codes = new Set(regions.map((region) => region.ref.code));
    const coverage = coverageDiff(
      { ...base, regions: [...above, ...regions] },
      { against: 'national', baselines, regions: codes },
    );
    const figures = coverageTotals(coverage).regions;
    const parts = new Map<string, RegionPart>();
    regions.forEach((region, at) => {
      const code = region.ref.code;
      const covered = coverage.regions[at];
      const total = figures[at];
      if (covered?.region.code !== code || total === undefined) {
        throw new Error(`coverage of ${code} is not in the merge's order`);
      }
      parts.set(code, {
        outline: outlineOf(region),
        coverage: total,
        ...relativeParts(region),
        merge: merged.byRegion.get(code) ?? [],
        register: joined[at]?.diagnostics ?? [],
        bundles: resolveBundles(region).diagnostics,
        coverageFindings: covered.domains.flatMap((d) => d.findings),
      });
    });
    return { regions, parts };
  };

  // What the pages need of every region, collected region by region in the repository's order.
  const outline: RegionOutline[] = [];
  const hollow: RegionModel[] = [];
  const coverageRegions: CoverageTotals['regions'][number][] = [];
  const search = searchIndexBuilder();
  const mergeFindings = [...stepwise.diagnostics];
  const registerFindings: Diagnostic[] = [];
  const bundleFindings: Diagnostic[] = [];
  const coverageFindings: Diagnostic[] = [];
  const hollowByCode = new Map<string, RegionModel>();
  const collect = (part: RegionPart) => {
    const { ref } = part.outline;
    const restored = restoredHollow(
      part.hollow,
      ref.parent === undefined ? undefined : hollowByCode.get(ref.parent),
    );
    hollowByCode.set(ref.code, restored);
    outline.push(part.outline);
    hollow.push(restored);
    coverageRegions.push(part.coverage);
    search.addEntry(part.search);
    mergeFindings.push(...part.merge);
    registerFindings.push(...part.register);
    bundleFindings.push(...part.bundles);
    coverageFindings.push(...part.coverageFindings);
  };

  const aboveMerge = stepwise.merge(groups[0] ?? [], { keep: true });
  const aboveParts = partsOf(aboveMerge, []);
  const above = aboveParts.regions;
  for (const part of aboveParts.parts.values()) collect(part);
  for (const [at, nodes] of groups.entries()) {
    if (at === 0 || !isOurs(at)) continue;
    const cached = new Map<RegionNode, RegionPart>();
    for (const node of nodes) {
      const key = keys.get(node);
      const part = key === undefined ? undefined : cache?.regions.get(key);
      if (part) cached.set(node, part);
    }
    // Merged again: the regions not in the cache, and the regions above them they inherit from.
    const dirty = nodes.filter((node) => !cached.has(node));
    const fresh =
      dirty.length === 0
        ? new Map<string, RegionPart>()
        : partsOf(stepwise.merge(withAncestors(dirty, nodes)), above).parts;
    for (const node of nodes) {
      const part = fresh.get(node.input.region.code) ?? cached.get(node);
      if (!part) continue; // not merged: its parent could not be (the tree's findings say why)
      collect(part);
      const key = keys.get(node);
      if (key !== undefined) cache?.regions.put(key, part);
    }
    // This subtree's merge, or the parts read back from the cache, are garbage now.
    collectGarbage(SUBTREE_GARBAGE * share, HEAP_FLOOR * share);
  }

  // Each list in the order the whole-model load collects it, so that the sorted result is the same.
  const loaded = sortDiagnostics([...read.diagnostics, ...mergeFindings, ...registerFindings]);
  const diagnostics = sortDiagnostics([
    ...loaded,
    ...bundleFindings,
    ...dedupeDiagnostics(coverageFindings),
  ]);
  if (options.findingsOnly === true) return { files, diagnostics };
  const groupByCode = new Map<string, number>();
  groups.forEach((nodes, group) => {
    for (const node of nodes) groupByCode.set(node.input.region.code, group);
  });
  const synonyms = base.site?.search?.synonyms;
  return {
    files,
    diagnostics,
    repository: {
      hollow: { ...base, regions: hollow },
      outline,
      coverage: {
        against: 'national',
        counts: coverageRegions.reduce((sum, r) => addCounts(sum, r.counts), ZERO),
        regions: coverageRegions,
      },
      searchIndex: () => {
        // The pinyin of a text the last compile's index had is taken from it (io/pinyin-cache.ts).
        const kept = options.cache?.pinyin;
        const pinyin = kept ? (text: string) => kept.of(text, pinyinOf) : pinyinOf;
        return search.finish({ ...(synonyms ? { synonyms } : {}), pinyin });
      },
      groupOf: (code) => groupByCode.get(code),
      model: (group, only) => {
        if (group === 0) return { ...base, regions: above };
        const nodes = groups[group] ?? [];
        const wanted = only
          ? withAncestors(
              nodes.filter((node) => only.has(node.input.region.code)),
              nodes,
            )
          : nodes;
        return { ...base, regions: [...above, ...join(stepwise.merge(wanted).regions)] };
      },
    },
  };
}

/**
 * The part each group's files were read by (undefined for the regions above the subtrees, which
 * every part reads), or undefined when the groups are not the parts' subtrees.
 */
function groupOwners(
  groups: readonly (readonly RegionNode[])[],
  parts: RepositoryParts,
  cwd: string,
): (number | undefined)[] | undefined {
  const owners: (number | undefined)[] = [];
  for (const [at, nodes] of groups.entries()) {
    const found = new Set(nodes.map((node) => parts.partOfRegion(resolve(cwd, node.input.file))));
    if (found.size > 1) return undefined;
    const [owner] = found;
    // The regions above the subtrees are every part's; a subtree is one part's.
    if (nodes.length > 0 && (at === 0) !== (owner === undefined)) return undefined;
    owners.push(owner);
  }
  return owners;
}

/** `selected` with the regions above them among `nodes`, in the order of `nodes`. */
function withAncestors(
  selected: readonly RegionNode[],
  nodes: readonly RegionNode[],
): RegionNode[] {
  const inside = new Set(nodes);
  const wanted = new Set<RegionNode>();
  for (const node of selected) {
    for (
      let at: RegionNode | undefined = node;
      at && inside.has(at) && !wanted.has(at);
      at = at.parent
    ) {
      wanted.add(at);
    }
  }
  return nodes.filter((node) => wanted.has(node));
}

/**
 * Each region's key in the region cache: its own files' hashes and its children's codes, chained
 * with its parent's key; at the top, the build of gkml, today's date (rules and registers depend on
 * it), whether the parts hold findings only (validate's lack search entries) and every file that is
 * no region's own (gkml.yaml, the national baselines, unreadable catalogs). A region with a file
 * that was not hashed gets no key, and is merged every time.
 */
function regionKeys(
  order: readonly RegionNode[],
  read: { registers: readonly RegisterUnit[] },
  cache: SubtreeCache,
  { today, findingsOnly }: { today: string; findingsOnly: boolean },
): Map<RegionNode, string> {
  const registerOf = new Map(read.registers.map((unit) => [unit.regionFile, unit.source.file]));
  const ownFiles = (node: RegionNode) => {
    const register = registerOf.get(node.input.file);
    return [
      node.input.file,
      ...node.input.catalogs.map((catalog) => catalog.source.file),
      ...(register === undefined ? [] : [register]),
    ].sort();
  };
  const own = new Set(order.flatMap(ownFiles));
  const shared = [...cache.hashes]
    .filter(([file]) => !own.has(file))
    .map(([file, hash]) => `${file}=${hash}`)
    .sort();
  const mode = findingsOnly ? 'findings only' : 'whole';
  const top = hashOf(cache.build, 'regions', String(REGION_CACHE_FORMAT), today, mode, ...shared);
  const keys = new Map<RegionNode, string>();
  for (const node of order) {
    const parent = node.parent === undefined ? top : keys.get(node.parent);
    const hashed = ownFiles(node).map((file) => {
      const hash = cache.hashes.get(file);
      return hash === undefined ? undefined : `${file}=${hash}`;
    });
    if (parent === undefined || hashed.includes(undefined)) continue;
    // A region's model lists its children: a township added or removed below changes the part.
    const children = node.children.map((child) => child.input.region.code).sort();
    const own = [node.input.region.code, ...hashed.map(String)];
    keys.set(node, hashOf(parent, ...own, 'children', ...children));
  }
  return keys;
}

/**
 * The regions in groups, in the merge's order: first those above the subtrees, then one group per
 * subtree. Each group is a run of the top-down order (a subtree is contiguous in it), so the groups
 * one after another are the repository's order.
 */
function groupsOf(stepwise: StepwiseMerge): RegionNode[][] {
  const shapes = stepwise.order.map((node) => ({
    node,
    ref: {
      code: node.input.region.code,
      ...(node.parent ? { parent: node.parent.input.region.code } : {}),
    },
    children: node.children.map((child) => child.input.region.code),
    catalogs: [],
  }));
  const { tops, members } = subtreesOf(shapes);
  const index = new Map(stepwise.order.map((node, at) => [node, at]));
  const start = (inside: readonly { node: RegionNode }[]) =>
    inside[0] === undefined ? 0 : (index.get(inside[0].node) ?? 0);
  const subtrees = tops.map((top) => members(top)).sort((a, b) => start(a) - start(b));
  const groupOf = new Map<RegionNode, number>();
  subtrees.forEach((inside, at) => {
    for (const shape of inside) groupOf.set(shape.node, at + 1);
  });
  const groups: RegionNode[][] = [[], ...subtrees.map(() => [])];
  for (const node of stepwise.order) groups[groupOf.get(node) ?? 0]?.push(node);
  // Should a group not be a run of the order (it always is), merge everything as one group: slower
  // in memory, never different in output.
  const runs = groups.flat();
  return runs.every((node, at) => node === stepwise.order[at]) ? groups : [[...stepwise.order]];
}
