/** The 26 domains as a region's pages list them, each leading somewhere. */
import { DOMAINS, domainOrdinal, type DomainId } from '../../../core/vocabulary/domains.js';
import type { RegionOutline } from '../../../core/model/outline.js';
import { catalogPage, rootOf } from '../paths.js';
import { chineseOrdinal, type SiteContext } from './context.js';

/** Regions named under a domain before "等 N 个区域": a province has hundreds below it. */
const PUBLISHERS_SHOWN = 12;

/**
 * The 26 domains of a region, each with its item count and a link where it has a catalog, and the
 * regions below that publish it: a city without a 社会救助 catalog is no dead end when its counties
 * have one. The nearest level that publishes it is named (counties before their townships).
 */
export function domainList(ctx: SiteContext, region: RegionOutline, page: string) {
  const root = rootOf(page);
  return DOMAINS.map((domain) => {
    const catalog = region.catalogs.find((c) => c.domain === domain.id);
    const below = publishersBelow(ctx, region, domain.id);
    return {
      id: domain.id,
      ordinal: chineseOrdinal(domainOrdinal(domain.id)),
      name: domain.zh,
      count: catalog?.items ?? 0,
      href: catalog ? root + catalogPage(region.ref.code, domain.id) : undefined,
      publishers: below.slice(0, PUBLISHERS_SHOWN).map((r) => ({
        name: r.ref.name,
        href: root + catalogPage(r.ref.code, domain.id),
      })),
      morePublishers: Math.max(0, below.length - PUBLISHERS_SHOWN),
    };
  });
}

/** The regions below `region` with a catalog of `domain`, level by level: the first level that has any. */
function publishersBelow(
  ctx: SiteContext,
  region: RegionOutline,
  domain: DomainId,
): RegionOutline[] {
  const seen = new Set<string>([region.ref.code]);
  let level = childrenOf(ctx, [region], seen);
  while (level.length > 0) {
    const publishing = level.filter((r) => r.catalogs.some((c) => c.domain === domain));
    if (publishing.length > 0) return publishing;
    level = childrenOf(ctx, level, seen);
  }
  return [];
}

function childrenOf(
  ctx: SiteContext,
  parents: readonly RegionOutline[],
  seen: Set<string>,
): RegionOutline[] {
  const out: RegionOutline[] = [];
  for (const parent of parents) {
    for (const code of parent.children) {
      const child = ctx.outline.get(code);
      if (child && !seen.has(code)) {
        seen.add(code);
        out.push(child);
      }
    }
  }
  return out;
}
