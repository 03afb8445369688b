/**
 * Downloads linked from a region's pages: its workbook (every domain), and each catalog's CSV and
 * JSON, under downloads/ with the file names gkml export gives them (export-downloads.ts makes
 * them). The site links what the plan names.
 */
import type { DomainId } from '../../core/domains.js';
import type { RegionModel } from '../../core/model/effective.js';

export interface Downloads {
  /** Paths relative to the site root, not yet URL-encoded. */
  xlsx?: string;
  csv: Partial<Record<DomainId, string>>;
  json: Partial<Record<DomainId, string>>;
}

export type DownloadPlan = (region: RegionModel) => Downloads;

/** No downloads: the site alone, with no links to files it does not have. */
export const noDownloads: DownloadPlan = () => ({ csv: {}, json: {} });

export const DOWNLOADS_FOLDER = 'downloads';

/** A site path as an href: each segment percent-encoded (names may hold # % ? or spaces). */
export function hrefOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
