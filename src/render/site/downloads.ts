/**
 * Downloads linked from a region's pages: its workbook (every domain), and each catalog's CSV and
 * JSON, under downloads/ with the file names gkml export gives them (export-downloads.ts makes
 * them). The site links what the plan names.
 */
import type { DomainId } from '../../core/vocabulary/domains.js';
import type { RegionModel } from '../../core/model/effective.js';
import { catalogStem, regionStem } from '../names.js';

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

/** What gkml export writes for a region: a workbook if it has catalogs, a CSV and JSON per catalog. */
export const exportDownloadPlan: DownloadPlan = (region) => {
  // Each stem once for both files: a compile plans a province's 45,000 catalogs on every run.
  const stems = region.catalogs.map((catalog) => [catalog.domain, catalogStem(catalog)] as const);
  const per = (extension: 'csv' | 'json') =>
    Object.fromEntries(
      stems.map(([domain, stem]) => [domain, `${DOWNLOADS_FOLDER}/${stem}.${extension}`]),
    );
  return {
    ...(region.catalogs.length > 0
      ? { xlsx: `${DOWNLOADS_FOLDER}/${regionStem(region.ref)}.xlsx` }
      : {}),
    csv: per('csv'),
    json: per('json'),
  };
};
