/**
 * The site as a list of pages, each rendered on demand and tagged with what it depends on, so that
 * compile can render only the pages whose inputs changed (renderSite renders them all).
 */
import type { RepositoryModel } from '../../core/model/effective.js';
import type { RegionOutline } from '../../core/model/outline.js';
import { noDownloads, type DownloadPlan } from './downloads.js';
import {
  bundlePage,
  catalogPage,
  DOMAINS_ANCHOR,
  HOME,
  regionPage,
  REPORT,
  SEARCH,
  SEARCH_ENGINE,
  SEARCH_INDEX,
  SEARCH_SCRIPT,
} from './paths.js';
import { buildSearchIndex, searchIndexScript, type SearchIndex } from './search-index.js';
import { compileTemplates, type SiteTemplates } from './templates.js';
import { bundleView } from './views/bundle.js';
import { catalogView } from './views/catalog.js';
import { documentsView } from './views/documents.js';
import { frame, siteContext } from './views/context.js';
import { homeView, regionView } from './views/region.js';
import { reportView, type ReportInput } from './views/report.js';

export interface SiteOptions {
  templates: SiteTemplates;
  /** Which downloads each region's pages link to (default: none). */
  downloads?: DownloadPlan;
  /** The compile report: rendered as report.html and linked from every page's footer. */
  report?: ReportInput;
  /** Site path of the portal's logo (gkml.yaml `site.logo`, copied there by src/io). */
  logo?: string;
  /**
   * Every region of the repository in outline, when `model` holds only some of them (a compile
   * renders one subtree at a time): the pages of those regions still show the others.
   */
  outline?: readonly RegionOutline[];
  /** The search index built beforehand, when `model` does not hold every region. */
  searchIndex?: () => SearchIndex;
}

/**
 * What a page is made from: the whole repository (`site`), or one region — with its children's
 * summaries for a region's own page (`region-and-children`).
 */
export type PageScope =
  | { kind: 'site' }
  | { kind: 'region'; code: string }
  | { kind: 'region-and-children'; code: string };

export interface SitePage {
  path: string;
  scope: PageScope;
  render: () => string;
}

export function planSite(model: RepositoryModel, options: SiteOptions): SitePage[] {
  const pages = compileTemplates(options.templates);
  const ctx = siteContext(
    model,
    options.downloads ?? noDownloads,
    options.report !== undefined,
    options.logo,
    options.outline,
  );
  const site: PageScope = { kind: 'site' };
  const out: SitePage[] = [
    { path: HOME, scope: site, render: () => pages.home(homeView(ctx)) },
    {
      path: SEARCH,
      scope: site,
      render: () =>
        pages.search({
          frame: frame(
            ctx,
            SEARCH,
            `搜索 - ${ctx.siteName}`,
            [],
            [SEARCH_INDEX, SEARCH_ENGINE, SEARCH_SCRIPT],
          ),
          domains: `${HOME}#${DOMAINS_ANCHOR}`,
        }),
    },
  ];
  const report = options.report;
  if (report) {
    out.push({ path: REPORT, scope: site, render: () => pages.report(reportView(ctx, report)) });
  }
  for (const region of model.regions) {
    const code = region.ref.code;
    // Paths from paths.ts, not from the views: a view is the whole page's data (every item with its
    // provenance), and building it only to learn its path cost a province every view twice.
    out.push({
      path: regionPage(code),
      scope: { kind: 'region-and-children', code },
      render: () => pages.region(regionView(ctx, region)),
    });
    for (const catalog of region.catalogs) {
      out.push({
        path: catalogPage(code, catalog.domain),
        scope: { kind: 'region', code },
        render: () => pages.catalog(catalogView(ctx, region, catalog)),
      });
    }
    if (region.register) {
      const view = () => documentsView(ctx, region);
      out.push({
        path: view().page,
        scope: { kind: 'region', code },
        render: () => pages.documents(view()),
      });
    }
    for (const resolved of ctx.bundles.get(code) ?? []) {
      out.push({
        path: bundlePage(code, resolved.bundle.id),
        scope: { kind: 'region', code },
        render: () => pages.bundle(bundleView(ctx, region, resolved)),
      });
    }
  }
  out.push({
    path: SEARCH_INDEX,
    scope: site,
    render: () =>
      searchIndexScript(
        options.searchIndex?.() ??
          buildSearchIndex(model, {
            ...(model.site?.search?.synonyms ? { synonyms: model.site.search.synonyms } : {}),
          }),
      ),
  });
  for (const [path, content] of Object.entries(options.templates.assets).sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    out.push({ path: `assets/${path}`, scope: site, render: () => content });
  }
  return out;
}

/**
 * Is the check report published with the site? gkml.yaml `site.report` decides; without it, an
 * example repository publishes it (it shows what gkml checks) and a real one keeps it internal.
 */
export function reportIsPublic(model: RepositoryModel): boolean {
  return (model.site?.report ?? (model.example ? 'public' : 'private')) === 'public';
}

/**
 * The report page kept outside the site (site.report: private), its links and stylesheets
 * leading into the site through `root` ("../site/"). The site's pages do not link to it.
 */
export function renderDetachedReport(
  model: RepositoryModel,
  options: SiteOptions & { report: ReportInput },
  root: string,
): string {
  const ctx = siteContext(
    model,
    options.downloads ?? noDownloads,
    false,
    options.logo,
    options.outline,
  );
  return compileTemplates(options.templates).report(reportView(ctx, options.report, root));
}
