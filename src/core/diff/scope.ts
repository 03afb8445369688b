/** Which items a region is expected to carry, and how findings name an item. */
import type { ItemRef } from '../diagnostics/codes/diff.js';
import { DOMAINS, type DomainId } from '../vocabulary/domains.js';
import type { Item } from '../model/item.js';

/**
 * Does an item apply at this level? The merge's rule, so that diff expects exactly what merge
 * hands down: an item whose source gives no levels applies at 县级 and 乡级 (core/merge/levels.ts).
 */
export { appliesAt, applicableLevels } from '../merge/levels.js';

export function domainName(domain: DomainId): string {
  return DOMAINS.find((d) => d.id === domain)?.zh ?? domain;
}

/** "就业信息服务 / 岗位信息发布"; the id when the item has no names. */
export function itemTitle(item: Item): string {
  const names = [item.l1, item.l2, item.l3].filter((name) => name !== undefined && name !== '');
  return names.length > 0 ? names.join(' / ') : item.id;
}

export function itemRef(item: Item, domain: DomainId): ItemRef {
  return { id: item.id, domain: domainName(domain), title: itemTitle(item) };
}

/** A region and every region below it, by code: what `gkml diff <region-folder>` reports on. */
export function subtree(
  regions: readonly { ref: { code: string }; children: readonly string[] }[],
  code: string,
): Set<string> {
  const byCode = new Map(regions.map((region) => [region.ref.code, region]));
  const out = new Set<string>();
  const visit = (current: string): void => {
    if (out.has(current)) return;
    out.add(current);
    for (const child of byCode.get(current)?.children ?? []) visit(child);
  };
  if (byCode.has(code)) visit(code);
  return out;
}
