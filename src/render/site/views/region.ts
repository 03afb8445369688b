/** The home page (region tree, domains) and one page per region (office, domains, bundles). */
import type { RegionModel } from '../../../core/model/effective.js';
import { outlineItems, outlineOf, type RegionOutline } from '../../../core/model/outline.js';
import { publicDocuments } from '../../../core/documents/published.js';
import { bundlePage, documentsPage, HOME, regionPage, rootOf } from '../paths.js';
import { domainList } from './domains.js';
import { emailLink, linkOrText, phoneParts, type LinkOrText } from '../url.js';
import {
  domainInfo,
  downloadLinks,
  frame,
  levelLabel,
  regionCrumbs,
  topsOf,
  type SiteContext,
} from './context.js';

/** Repositories with more regions than this fold the home page's tree below the top level. */
const FOLD_ABOVE = 60;

interface TreeNode {
  name: string;
  level: string;
  count: number;
  href: string;
  children: TreeNode[];
  /**
   * In a large repository, sub-regions below the top fold away (a province's tree has over a
   * thousand townships); a city's tree stays open.
   */
  folded: boolean;
}

function tree(
  ctx: SiteContext,
  region: RegionOutline,
  page: string,
  seen: Set<string>,
  depth = 0,
): TreeNode {
  seen.add(region.ref.code);
  const children = region.children
    .map((code) => ctx.outline.get(code))
    .filter((child): child is RegionOutline => child !== undefined && !seen.has(child.ref.code));
  return {
    name: region.ref.name,
    level: levelLabel(region),
    count: outlineItems(region),
    href: rootOf(page) + regionPage(region.ref.code),
    children: children.map((child) => tree(ctx, child, page, seen, depth + 1)),
    folded: depth > 0 && ctx.order.length > FOLD_ABOVE,
  };
}

export function homeView(ctx: SiteContext) {
  const page = HOME;
  const tops = topsOf(ctx.order, ctx.outline);
  const seen = new Set<string>();
  return {
    page,
    frame: frame(ctx, page, ctx.siteName, []),
    heading: ctx.siteName,
    regionCount: ctx.order.length,
    itemTotal: ctx.order.reduce((sum, r) => sum + outlineItems(r), 0),
    tree: tops.map((top) => tree(ctx, top, page, seen)),
    tops: tops.map((top) => ({
      name: top.ref.name,
      href: regionPage(top.ref.code),
      domains: domainList(ctx, top, page),
    })),
  };
}

const OFFICE_FIELDS = [
  ['address', '办公地址'],
  ['hours', '办公时间'],
  ['postcode', '邮政编码'],
  ['phone', '联系电话'],
  ['fax', '传真'],
  ['email', '电子邮箱'],
  ['website', '网址'],
] as const;

/** The office's website, phone numbers and e-mail as links (http(s), tel:, mailto:), the rest as text. */
function officeValue(key: (typeof OFFICE_FIELDS)[number][0], value: string): LinkOrText[] {
  if (key === 'website') return [linkOrText(value)];
  if (key === 'phone') return phoneParts(value);
  if (key === 'email') return [emailLink(value)];
  return [{ text: value }];
}

export function regionView(ctx: SiteContext, region: RegionModel) {
  const page = regionPage(region.ref.code);
  const root = rootOf(page);
  const office = region.office;
  const children = region.children
    .map((code) => ctx.outline.get(code))
    .filter((child): child is RegionOutline => child !== undefined);
  const downloads = downloadLinks(ctx, region, page);
  return {
    page,
    frame: frame(
      ctx,
      page,
      `${region.ref.name}基层政务公开标准目录`,
      regionCrumbs(ctx, region, page),
    ),
    heading: `${region.ref.name}基层政务公开标准目录`,
    level: levelLabel(region),
    code: region.ref.code,
    count: outlineItems(outlineOf(region)),
    office: office
      ? {
          name: office.name,
          fields: OFFICE_FIELDS.flatMap(([key, label]) => {
            const value = office[key];
            if (value === undefined) return [];
            return [{ label, parts: officeValue(key, value) }];
          }),
        }
      : undefined,
    children: children.map((child) => ({
      name: child.ref.name,
      level: levelLabel(child),
      count: outlineItems(child),
      href: root + regionPage(child.ref.code),
    })),
    domains: domainList(ctx, outlineOf(region), page),
    bundles: (ctx.bundles.get(region.ref.code) ?? []).map((resolved) => ({
      name: resolved.bundle.name,
      steps: resolved.steps.length,
      href: root + bundlePage(region.ref.code, resolved.bundle.id),
    })),
    documents: region.register
      ? { href: root + documentsPage(region.ref.code), count: publicDocuments(region).length }
      : undefined,
    workbook: downloads.workbook,
    domainDownloads: region.catalogs.flatMap((catalog) => {
      const links = downloads.domain(catalog.domain);
      return links.length === 0 ? [] : [{ name: domainInfo(catalog.domain).zh, links }];
    }),
  };
}
