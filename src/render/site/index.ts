/**
 * The static HTML directory: a pure function from a merged repository to the site's files (path →
 * content). Writing them (incrementally, atomically) is src/io/site-writer's job.
 */
import type { RepositoryModel } from '../../core/model/effective.js';
import { noDownloads, type DownloadPlan } from './downloads.js';
import { SEARCH, SEARCH_INDEX, SEARCH_SCRIPT } from './paths.js';
import { buildSearchIndex, searchIndexScript } from './search-index.js';
import { compileTemplates, type SiteTemplates } from './templates.js';
import { bundleView } from './views/bundle.js';
import { catalogView } from './views/catalog.js';
import { frame, siteContext } from './views/context.js';
import { homeView, regionView } from './views/region.js';

export interface SiteOptions {
  templates: SiteTemplates;
  /** Which downloads each region's pages link to (default: none). */
  downloads?: DownloadPlan;
}

/** Site files by path (posix, relative to the output folder), in a fixed order. */
export type SiteFiles = Map<string, string>;

export function renderSite(model: RepositoryModel, options: SiteOptions): SiteFiles {
  const pages = compileTemplates(options.templates);
  const ctx = siteContext(model, options.downloads ?? noDownloads);
  const files: SiteFiles = new Map();
  const home = homeView(ctx);
  files.set(home.page, pages.home(home));
  files.set(
    SEARCH,
    pages.search({
      frame: frame(ctx, SEARCH, `搜索 - ${ctx.siteName}`, [], [SEARCH_INDEX, SEARCH_SCRIPT]),
    }),
  );
  for (const region of model.regions) {
    const view = regionView(ctx, region);
    files.set(view.page, pages.region(view));
    for (const catalog of region.catalogs) {
      const catalogPageView = catalogView(ctx, region, catalog);
      files.set(catalogPageView.page, pages.catalog(catalogPageView));
    }
    for (const resolved of ctx.bundles.get(region.ref.code) ?? []) {
      const bundle = bundleView(ctx, region, resolved);
      files.set(bundle.page, pages.bundle(bundle));
    }
  }
  files.set(SEARCH_INDEX, searchIndexScript(buildSearchIndex(model)));
  for (const [path, content] of Object.entries(options.templates.assets).sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    files.set(`assets/${path}`, content);
  }
  return files;
}

export { noDownloads, type DownloadPlan, type Downloads } from './downloads.js';
export { MANIFEST } from './paths.js';
export { PAGE_TEMPLATES, type SiteTemplates } from './templates.js';
