/**
 * A repository cut into parts for validate's threads (pipeline/parallel-findings.ts): each part is a
 * set of whole subtrees, chosen as `--shard` chooses them (core/output/shards.ts, balanced by file
 * count), and told apart before any file is parsed, from the paths alone: a region's sub-regions are
 * the region files in the folders below it, and a catalog or register belongs to the nearest region
 * file above it, as the load itself decides (io/layout.ts).
 *
 * A part reads the files of its subtrees and every file above the subtrees (the top regions, the
 * project, stray files), which all parts read; the merge then checks that its groups are these
 * subtrees (`groupOwners` in subtrees.ts): a region file that does not load (a syntax error, a
 * duplicate code) can change the tree, and then the repository is checked in one part instead.
 *
 * Validate of paths that all lie in a few subtrees reads only those (`partsHolding`): no finding
 * of another subtree's regions can land in their files, since a region inherits only from the
 * regions above it.
 */
import { dirname, sep } from 'node:path';
import { planShards, type ShardRegion } from '../core/output/shards.js';
import { fileKind, parentRegionFile, regionFileOfCatalog, rememberedExists } from '../io/layout.js';

/** Which parts of a repository cut into `count` a load reads (1-based). */
export interface PartSpec {
  count: number;
  indexes: readonly number[];
}

/** Does a load of `spec` read the files of `part` (undefined: above the subtrees, every load)? */
export function readsPart(spec: PartSpec, part: number | undefined): boolean {
  return part === undefined || spec.indexes.includes(part);
}

export interface RepositoryParts {
  /** The part (1-based) of the subtree a file is in; undefined above the subtrees (every part). */
  partOfFile(path: string): number | undefined;
  /** The part of a region, by the absolute path of its region file; undefined above the subtrees. */
  partOfRegion(regionFile: string): number | undefined;
}

/**
 * Cuts made, by the list of files they were made from: validate's `partsHolding` cuts the walked
 * list, and the load it starts cuts the same list again (0.2 s for the 26-domain bench province).
 */
const cuts = new WeakMap<readonly string[], Map<number, RepositoryParts>>();

/** `files`: absolute paths of the repository's files, as its walk lists them. */
export function repositoryParts(files: readonly string[], count: number): RepositoryParts {
  let byCount = cuts.get(files);
  if (byCount === undefined) cuts.set(files, (byCount = new Map<number, RepositoryParts>()));
  let parts = byCount.get(count);
  if (parts === undefined) byCount.set(count, (parts = cut(files, count)));
  return parts;
}

function cut(files: readonly string[], count: number): RepositoryParts {
  const exists = rememberedExists();
  const regionFiles = files.filter((file) => fileKind(file) === 'region');
  const known = new Set(regionFiles);
  const regionOf = new Map<string, string | undefined>();
  const ownRegion = (file: string): string | undefined => {
    if (fileKind(file) === 'region') return file;
    const folder = dirname(file);
    if (!regionOf.has(folder)) regionOf.set(folder, regionFileOfCatalog(file, exists));
    return regionOf.get(folder);
  };
  // Regions by region file; `catalogs` holds one entry per file of the region's own (planShards
  // balances the parts by their number).
  const shapes = new Map<string, ShardRegion & { children: string[]; catalogs: null[] }>();
  for (const file of regionFiles)
    shapes.set(file, { ref: { code: file }, children: [], catalogs: [] });
  for (const file of regionFiles) {
    const parent = parentRegionFile(file, exists);
    const shape = shapes.get(file);
    const above = parent === undefined || !known.has(parent) ? undefined : shapes.get(parent);
    if (!shape || !above || parent === undefined) continue;
    shape.ref.parent = parent;
    above.children.push(file);
  }
  for (const file of files) {
    const region = ownRegion(file);
    if (region !== file && region !== undefined) shapes.get(region)?.catalogs.push(null);
  }
  const { shardOf } = planShards([...shapes.values()], count);
  return {
    partOfFile: (file) => {
      const region = ownRegion(file);
      return region === undefined ? undefined : shardOf.get(region);
    },
    partOfRegion: (regionFile) => shardOf.get(regionFile),
  };
}

/**
 * With the repository cut into one part per subtree, the parts holding every file at or under
 * `paths` (absolute); undefined when a path holds none of `files`, or a file above the subtrees
 * (the top regions, gkml.yaml, a baseline kept in the repository): then the whole is checked.
 */
export function partsHolding(
  files: readonly string[],
  paths: readonly string[],
): PartSpec | undefined {
  const listed = new Set(files);
  const held: string[] = [];
  for (const path of paths) {
    const prefix = path.endsWith(sep) ? path : path + sep;
    const inside = listed.has(path) ? [path] : files.filter((file) => file.startsWith(prefix));
    // Nothing listed, or the root (gkml.yaml lies above every subtree): the whole, without a cut.
    if (inside.length === 0 || inside.some((file) => fileKind(file) === 'project'))
      return undefined;
    held.push(...inside);
  }
  // As many parts as region files, at least one per subtree: planShards gives each its own.
  const count = Math.max(1, files.filter((file) => fileKind(file) === 'region').length);
  const parts = repositoryParts(files, count);
  const indexes = new Set<number>();
  for (const file of held) {
    const part = parts.partOfFile(file);
    if (part === undefined) return undefined;
    indexes.add(part);
  }
  return { count, indexes: [...indexes].sort((a, b) => a - b) };
}
