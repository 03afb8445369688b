/**
 * The static HTML directory: a pure function from a merged repository to the site's files (path →
 * content). Writing them (built aside, swapped in whole) is src/io/output's job.
 */
import type { RepositoryModel } from '../../core/model/effective.js';
import { planSite, type SiteOptions } from './plan.js';

export {
  planSite,
  renderDetachedReport,
  reportIsPublic,
  type PageScope,
  type SiteOptions,
  type SitePage,
} from './plan.js';
export type { ReportInput } from './views/report.js';
/** Site files by path (posix, relative to the output folder), in a fixed order. */
export type SiteFiles = Map<string, string>;

export function renderSite(model: RepositoryModel, options: SiteOptions): SiteFiles {
  return new Map(planSite(model, options).map((page) => [page.path, page.render()]));
}

export { noDownloads, type DownloadPlan, type Downloads } from './downloads.js';
export { PAGE_TEMPLATES, type SiteTemplates } from './templates.js';
