/**
 * Everything `gkml export` writes, as named outputs: one workbook per region (xlsx), or one file
 * per catalog (csv, json). Pure; the workbook writer is loaded only when a workbook is wanted.
 */
import type { DomainId } from '../core/vocabulary/domains.js';
import type { RegionModel, RegionRef, RepositoryModel } from '../core/model/effective.js';
import { renderCsv } from './csv.js';
import { renderCatalogJson } from './json.js';
import { catalogStem, regionStem } from './names.js';
import type { ChannelStyle, DomainSummaryCoverage } from './xlsx/index.js';

export const EXPORT_FORMATS = ['xlsx', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOutput {
  /** File name, relative to the output folder. */
  name: string;
  data: string | Buffer;
}

export interface ExportSettings {
  format: ExportFormat;
  /** The date of the data (YYYY-MM-DD), printed in the workbook's 说明 sheet. */
  date: string;
  channels: ChannelStyle;
  /** Coverage of the national guideline per region code and domain (from gkml diff). */
  coverage?: (region: string) => ReadonlyMap<DomainId, DomainSummaryCoverage> | undefined;
}

/** The regions above a region, top-down. */
export function ancestorsOf(model: RepositoryModel, region: RegionModel): RegionRef[] {
  const byCode = new Map(model.regions.map((r) => [r.ref.code, r.ref] as const));
  const chain: RegionRef[] = [];
  for (let code = region.ref.parent; code !== undefined;) {
    const parent = byCode.get(code);
    if (!parent || chain.includes(parent)) break;
    chain.unshift(parent);
    code = parent.parent;
  }
  return chain;
}

export async function renderExport(
  model: RepositoryModel,
  regions: readonly RegionModel[],
  settings: ExportSettings,
): Promise<ExportOutput[]> {
  const outputs: ExportOutput[] = [];
  const withCatalogs = regions.filter((region) => region.catalogs.length > 0);
  if (settings.format === 'xlsx') {
    const { renderWorkbook } = await import('./xlsx/index.js');
    for (const region of withCatalogs) {
      const coverage = settings.coverage?.(region.ref.code);
      const data = await renderWorkbook(
        { region, ancestors: ancestorsOf(model, region), example: model.example },
        { date: settings.date, channels: settings.channels, ...(coverage ? { coverage } : {}) },
      );
      outputs.push({ name: `${regionStem(region.ref)}.xlsx`, data });
    }
    return outputs;
  }
  for (const region of withCatalogs) {
    for (const catalog of region.catalogs) {
      const data =
        settings.format === 'csv'
          ? renderCsv(catalog)
          : renderCatalogJson(catalog, { example: model.example });
      outputs.push({ name: `${catalogStem(catalog)}.${settings.format}`, data });
    }
  }
  return outputs;
}
