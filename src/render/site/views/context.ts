/** What every page view shares: the repository, lookups, and the page frame (title, links). */
import { resolveBundles, type ResolvedBundle } from '../../../core/model/bundles.js';
import { DOMAINS, type DomainId, type DomainInfo } from '../../../core/vocabulary/domains.js';
import { LEVEL_LABELS } from '../../../core/vocabulary/levels.js';
import type { RegionModel, RepositoryModel } from '../../../core/model/effective.js';
import { outlineOf, type RegionOutline } from '../../../core/model/outline.js';
import { hrefOf, type DownloadPlan, type Downloads } from '../downloads.js';
import { portalFrame, type PortalFrame } from './portal.js';
import { HOME, regionPage, REPORT, rootOf, SEARCH, SITE_SCRIPT, STYLESHEETS } from '../paths.js';

export interface SiteContext {
  /** The regions whose pages are rendered (in a compile, one subtree and the regions above it). */
  model: RepositoryModel;
  /** Every region of the repository in outline, in the repository's order: what pages show of others. */
  order: readonly RegionOutline[];
  outline: ReadonlyMap<string, RegionOutline>;
  bundles: Map<string, ResolvedBundle[]>;
  downloads: DownloadPlan;
  /** The name of the whole site: the top region's name. */
  siteName: string;
  /** The site has a compile report (report.html) to link to. */
  hasReport: boolean;
  /** Site path of the portal's logo, when gkml.yaml names one (copied by src/io). */
  logo?: string;
}

export function siteContext(
  model: RepositoryModel,
  downloads: DownloadPlan,
  hasReport = false,
  logo?: string,
  order: readonly RegionOutline[] = model.regions.map(outlineOf),
): SiteContext {
  const outline = new Map(order.map((r) => [r.ref.code, r]));
  const bundles = new Map(model.regions.map((r) => [r.ref.code, resolveBundles(r).bundles]));
  const top = topsOf(order, outline);
  const siteName =
    model.site?.title ?? `${top.map((r) => r.ref.name).join('、')}基层政务公开标准目录`;
  return {
    model,
    order,
    outline,
    bundles,
    downloads,
    siteName,
    hasReport,
    ...(logo !== undefined ? { logo } : {}),
  };
}

/** The regions at the top of the tree: without a parent, or whose parent is not in the repository. */
export function topsOf(
  order: readonly RegionOutline[],
  outline: ReadonlyMap<string, RegionOutline>,
): RegionOutline[] {
  return order.filter((r) => r.ref.parent === undefined || !outline.has(r.ref.parent));
}

export interface Crumb {
  text: string;
  href: string;
}

/** The frame of a page: everything layout.hbs needs besides the page's own content. */
export interface PageFrame {
  title: string;
  siteName: string;
  root: string;
  stylesheets: string[];
  home: string;
  search: string;
  /** The script every page loads first (the 大字版 switch). */
  siteScript: string;
  scripts: string[];
  crumbs: Crumb[];
  example: boolean;
  /** The search box's value (the search page fills it from the address). */
  query?: string;
  /** Link to the compile report, when there is one. */
  report?: string;
  portal: PortalFrame;
}

export function frame(
  ctx: SiteContext,
  page: string,
  title: string,
  crumbs: Crumb[],
  scripts: string[] = [],
  /** The way back to the site's root: from `page` by default (the private report lies outside). */
  root = rootOf(page),
): PageFrame {
  return {
    title,
    siteName: ctx.siteName,
    root,
    stylesheets: STYLESHEETS.map((sheet) => root + sheet),
    home: root + HOME,
    search: root + SEARCH,
    siteScript: root + SITE_SCRIPT,
    scripts: scripts.map((script) => root + script),
    crumbs,
    example: ctx.model.example,
    ...(ctx.hasReport ? { report: root + REPORT } : {}),
    portal: portalFrame(ctx.model.site, root, ctx.logo),
  };
}

/** Home › city › county › … › this region, each linked relative to `page`. */
export function regionCrumbs(ctx: SiteContext, region: RegionModel, page: string): Crumb[] {
  const root = rootOf(page);
  const chain: RegionOutline[] = [];
  const own = ctx.outline.get(region.ref.code) ?? outlineOf(region);
  for (let r: RegionOutline | undefined = own; r; r = parentOf(ctx, r)) {
    if (chain.includes(r)) break;
    chain.unshift(r);
  }
  return [
    { text: '首页', href: root + HOME },
    ...chain.map((r) => ({ text: r.ref.name, href: root + regionPage(r.ref.code) })),
  ];
}

function parentOf(ctx: SiteContext, region: RegionOutline): RegionOutline | undefined {
  return region.ref.parent === undefined ? undefined : ctx.outline.get(region.ref.parent);
}

export const levelLabel = (region: { ref: { level: RegionModel['ref']['level'] } }): string =>
  LEVEL_LABELS[region.ref.level];

export function domainInfo(id: DomainId): DomainInfo {
  const found = DOMAINS.find((domain) => domain.id === id);
  if (!found) throw new Error(`unknown domain ${id}`);
  return found;
}

/** "（十三）" for the 13th domain, as printed tables number them. */
export function chineseOrdinal(n: number): string {
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensText = tens === 0 ? '' : tens === 1 ? '十' : `${digits[tens] ?? ''}十`;
  return `（${tensText}${digits[ones] ?? ''}）`;
}

export interface DownloadLink {
  text: string;
  href: string;
}

/** The links to a region's downloads from `page`: its workbook, and per domain CSV and JSON. */
export function downloadLinks(ctx: SiteContext, region: RegionModel, page: string) {
  const root = rootOf(page);
  const planned: Downloads = ctx.downloads(region);
  const link = (path: string | undefined, text: string): DownloadLink[] =>
    path === undefined ? [] : [{ text, href: root + hrefOf(path) }];
  return {
    workbook: link(planned.xlsx, `Excel 表格（${region.ref.name}，全部领域，官方格式）`),
    domain: (id: DomainId) => [
      ...link(planned.csv[id], 'CSV 表格'),
      ...link(planned.json[id], 'JSON 数据'),
    ],
  };
}
