/**
 * Downloads linked from a region's pages: its workbook, its JSON, and one CSV per catalog. The site
 * links the files the caller says exist (export writes them); it never writes them itself.
 */
import type { DomainId } from '../../core/domains.js';
import type { RegionModel } from '../../core/model/effective.js';
import { downloadFolder } from './paths.js';

export interface Downloads {
  /** Paths relative to the site root. */
  xlsx?: string;
  json?: string;
  csv: Partial<Record<DomainId, string>>;
}

export type DownloadPlan = (region: RegionModel) => Downloads;

/** No downloads: the site alone, with no links to files it does not have. */
export const noDownloads: DownloadPlan = () => ({ csv: {} });

/**
 * The layout `gkml site` links to: downloads/<code>/<code>.xlsx, <code>.json and <domain>.csv,
 * where export writes them into the same output folder.
 */
export const plannedDownloads: DownloadPlan = (region) => {
  const folder = downloadFolder(region.ref.code);
  return {
    xlsx: `${folder}/${region.ref.code}.xlsx`,
    json: `${folder}/${region.ref.code}.json`,
    csv: Object.fromEntries(
      region.catalogs.map((catalog) => [catalog.domain, `${folder}/${catalog.domain}.csv`]),
    ),
  };
};
