/**
 * Downloads linked from a region's pages: its workbook (every domain), and each catalog's CSV and
 * JSON, under downloads/ with the file names gkml export gives them. The site links what the plan
 * names; the caller puts the files there.
 */
import { DOMAINS, type DomainId } from '../../core/domains.js';
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

/** A file-name part as export writes it: no path separators or reserved characters. */
function fileNamePart(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
  const cleaned = text.replace(/[\\/:*?"<>|\u0000-\u001f]/gu, '_').trim();
  return cleaned === '' ? '_' : cleaned;
}

/**
 * export's layout: downloads/<代码>-<名称>.xlsx per region, <代码>-<名称>-<领域>.csv and .json per
 * catalog (src/render/names.ts on the export branch names them the same way).
 */
export const exportDownloads: DownloadPlan = (region) => {
  const stem = `${DOWNLOADS_FOLDER}/${fileNamePart(region.ref.code)}-${fileNamePart(region.ref.name)}`;
  const per = (extension: string) =>
    Object.fromEntries(
      region.catalogs.map((catalog) => [
        catalog.domain,
        `${stem}-${fileNamePart(DOMAINS.find((d) => d.id === catalog.domain)?.zh ?? catalog.domain)}.${extension}`,
      ]),
    );
  return region.catalogs.length === 0
    ? { csv: {}, json: {} }
    : { xlsx: `${stem}.xlsx`, csv: per('csv'), json: per('json') };
};

/** A site path as an href: each segment percent-encoded (names may hold # % ? or spaces). */
export function hrefOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
