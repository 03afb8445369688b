/**
 * The site's downloads, made by export: each region's workbook and each catalog's CSV and JSON,
 * under downloads/, and the plan that links them (the names export gives them).
 */
import type { RepositoryModel } from '../../core/model/effective.js';
import { renderExport, type ExportOutput } from '../export.js';
import { DOWNLOADS_FOLDER, exportDownloadPlan, type DownloadPlan } from './downloads.js';

export interface ExportedDownloads {
  /** Site path → bytes or text. */
  files: Map<string, string | Uint8Array>;
  plan: DownloadPlan;
}

/** Renders every region's downloads; `date` is the date of the data printed in the workbooks. */
export async function renderDownloads(
  model: RepositoryModel,
  date: string,
): Promise<ExportedDownloads> {
  const outputs: ExportOutput[] = [];
  for (const format of ['xlsx', 'csv', 'json'] as const) {
    outputs.push(
      ...(await renderExport(model, model.regions, { format, date, channels: 'checklist' })),
    );
  }
  const files = new Map<string, string | Uint8Array>(
    outputs.map((output) => [`${DOWNLOADS_FOLDER}/${output.name}`, output.data]),
  );
  return { files, plan: exportDownloadPlan };
}
