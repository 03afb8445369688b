/**
 * Loading and analysing a repository one subtree at a time, for compile: a province with all 26
 * domains does not fit in memory merged whole. The regions above the subtrees (a province's own
 * region, say) are merged once and kept; each subtree (the same ones `--shard` hands out) is merged,
 * analysed and dropped, leaving what the repository-wide pages need of it: each region's outline,
 * its coverage figures, its part of the search index, its findings. Rendering merges a subtree
 * again when one of its files must be rendered (`SubtreeLoad.model`).
 *
 * Same findings, same figures and the same pages as loadRepository + analyse on the whole model:
 * the compile's golden and shard tests compare the bytes.
 */
import { sortDiagnostics, type Diagnostic } from '../core/diagnostics/index.js';
import { coverageDiff } from '../core/diff/index.js';
import {
  addCounts,
  coverageTotals,
  ZERO,
  type CoverageTotals,
} from '../core/diff/coverage-types.js';
import { dedupeDiagnostics } from '../core/diff/dedupe.js';
import { joinRegisters } from '../core/documents/repository.js';
import { mergeStepwise, type RegionNode, type StepwiseMerge } from '../core/merge/index.js';
import { resolveBundles } from '../core/model/bundles.js';
import type { RegionModel, RepositoryModel } from '../core/model/effective.js';
import { outlineOf, type RegionOutline } from '../core/model/outline.js';
import { subtreesOf } from '../core/output/shards.js';
import { officialCalendar } from '../io/official-calendar.js';
import { searchIndexBuilder, type SearchIndex } from '../render/site/search-index.js';
import { nationalBaselines } from './analyse.js';
import { readRepository, type LoadRepositoryOptions } from './load-repository.js';

export interface SubtreeLoad {
  /** Display paths of the files read (national baselines included), sorted. */
  files: string[];
  /** Every finding of reading, validating, merging, the bundles and the coverage, sorted. */
  diagnostics: Diagnostic[];
  /** Absent when there was nothing to merge (see the diagnostics). */
  repository?: SubtreeRepository;
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
  /** A group's regions merged (again), with the regions above the subtrees. */
  model: (group: number) => RepositoryModel;
}

export async function loadBySubtree(
  folder: string,
  options: LoadRepositoryOptions,
): Promise<SubtreeLoad> {
  const read = await readRepository(folder, options);
  const files = [...read.files].sort();
  if (!read.input) return { files, diagnostics: sortDiagnostics(read.diagnostics) };
  const stepwise = mergeStepwise(read.input);
  const base = stepwise.model;
  const calendar = read.registers.length > 0 ? officialCalendar() : undefined;
  const join = (regions: RegionModel[]) =>
    calendar
      ? joinRegisters({ ...base, regions }, read.registers, { calendar, today: options.today })
      : { model: { ...base, regions }, diagnostics: [] };
  const groups = groupsOf(stepwise);
  const merged = stepwise.merge(groups[0] ?? [], { keep: true });
  const aboveJoined = join(merged.regions);
  const above = aboveJoined.model.regions;

  // Each list in the order the whole-model load collects it, so that the sorted result is the same.
  const mergeFindings = [...stepwise.diagnostics, ...merged.diagnostics];
  const registerFindings = [...aboveJoined.diagnostics];
  const bundleFindings: Diagnostic[] = [];
  const coverageFindings: Diagnostic[] = [];
  const outline: RegionOutline[] = [];
  const hollow: RegionModel[] = [];
  const coverageRegions: CoverageTotals['regions'][number][] = [];
  const search = searchIndexBuilder();
  const baselines = nationalBaselines(base);
  groups.forEach((nodes, group) => {
    let regions = above;
    if (group > 0) {
      const subtree = stepwise.merge(nodes);
      const joined = join(subtree.regions);
      mergeFindings.push(...subtree.diagnostics);
      registerFindings.push(...joined.diagnostics);
      regions = joined.model.regions;
    }
    const codes = new Set(regions.map((region) => region.ref.code));
    const coverage = coverageDiff(
      { ...base, regions: group > 0 ? [...above, ...regions] : above },
      { against: 'national', baselines, regions: codes },
    );
    coverageRegions.push(...coverageTotals(coverage).regions);
    coverageFindings.push(...coverage.regions.flatMap((r) => r.domains.flatMap((d) => d.findings)));
    for (const region of regions) {
      bundleFindings.push(...resolveBundles(region).diagnostics);
      outline.push(outlineOf(region));
      hollow.push(hollowOf(region));
      search.add(region);
    }
  });
  const loaded = sortDiagnostics([...read.diagnostics, ...mergeFindings, ...registerFindings]);
  const diagnostics = sortDiagnostics([
    ...loaded,
    ...bundleFindings,
    ...dedupeDiagnostics(coverageFindings),
  ]);
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
      searchIndex: () => search.finish(synonyms ? { synonyms } : {}),
      groupOf: (code) => groupByCode.get(code),
      model: (group) => {
        if (group === 0) return { ...base, regions: above };
        const subtree = stepwise.merge(groups[group] ?? []);
        return { ...base, regions: [...above, ...join(subtree.regions).model.regions] };
      },
    },
  };
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

/** A region without its items: its pages' paths and keys, not their content. */
function hollowOf(region: RegionModel): RegionModel {
  return {
    ...region,
    catalogs: region.catalogs.map((catalog) => ({ ...catalog, items: [], omitted: [] })),
  };
}
