/**
 * Sharding a compile across the jobs of a CI matrix (`gkml compile --shard K/N`): each shard renders
 * the artifacts of a set of whole subtrees, chosen deterministically and balanced by file count;
 * `--from-shards` puts the shards' outputs together. The subtrees are the regions below the top:
 * the top regions themselves, or, while a repository has a single top region (a province, a city),
 * the regions under it. What lies above the subtrees, and the repository-wide pages, every shard
 * renders (they are few, and equal in every shard).
 */
/** What sharding needs of a region (a RegionModel, or a region in outline). */
export interface ShardRegion {
  ref: { code: string; parent?: string };
  children: readonly string[];
  catalogs: readonly unknown[];
}

/** The K-th (1-based `index`) of `count` shards. */
export interface ShardSpec {
  index: number;
  count: number;
}

/** More jobs than this is a typo, not a CI matrix. */
const MAX_SHARDS = 1000;

/** "K/N" with 1 ≤ K ≤ N, or undefined. */
export function parseShard(text: string): ShardSpec | undefined {
  const match = /^(\d{1,4})\/(\d{1,4})$/u.exec(text.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (index < 1 || count < 1 || index > count || count > MAX_SHARDS) return undefined;
  return { index, count };
}

export interface ShardUnit {
  /** Code of the subtree's top region. */
  code: string;
  /** Files of the subtree: each region's region.yaml and catalogs. */
  files: number;
  /** 1-based shard the subtree goes to. */
  shard: number;
}

export interface ShardPlan {
  units: ShardUnit[];
  /** Region code → its shard, for every region inside a subtree (not those above them). */
  shardOf: Map<string, number>;
}

/**
 * Subtrees in order of size (largest first, then by code), each to the shard with the fewest files
 * so far (the lowest-numbered on a tie): the same repository always gives the same plan.
 */
export function planShards(regions: readonly ShardRegion[], count: number): ShardPlan {
  const { tops, members } = subtreesOf(regions);
  const sized = tops
    .map((top) => {
      const inside = members(top);
      const files = inside.reduce((sum, region) => sum + 1 + region.catalogs.length, 0);
      return { code: top.ref.code, files, inside };
    })
    .sort((a, b) => b.files - a.files || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const load = Array.from({ length: count }, () => 0);
  const units: ShardUnit[] = [];
  const shardOf = new Map<string, number>();
  for (const unit of sized) {
    const least = load.indexOf(Math.min(...load));
    load[least] = (load[least] ?? 0) + unit.files;
    units.push({ code: unit.code, files: unit.files, shard: least + 1 });
    for (const region of unit.inside) shardOf.set(region.ref.code, least + 1);
  }
  return { units, shardOf };
}

/**
 * The subtrees of a repository: the top regions or, while there is a single top region with
 * sub-regions, the regions under it (repeatedly). `members` lists a subtree's regions top-down.
 */
export function subtreesOf<R extends ShardRegion>(
  regions: readonly R[],
): { tops: R[]; members: (top: R) => R[] } {
  const byCode = new Map(regions.map((region) => [region.ref.code, region]));
  const childrenOf = (region: R) => region.children.flatMap((code) => byCode.get(code) ?? []);
  let tops = regions.filter((r) => r.ref.parent === undefined || !byCode.has(r.ref.parent));
  for (let only = tops[0]; tops.length === 1 && only && only.children.length > 0; only = tops[0]) {
    tops = childrenOf(only);
  }
  const members = (top: R): R[] => [top, ...childrenOf(top).flatMap((child) => members(child))];
  return { tops, members };
}
