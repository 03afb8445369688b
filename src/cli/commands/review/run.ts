/**
 * `gkml review [folder] --year 2026`: the 动态调整 list of the regions' document registers.
 * Text on stdout by default; `-f json` on stdout or to `--out`; `-f xlsx` to `--out`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { exitCode, type Diagnostic, type ExitCode } from '../../../core/diagnostics/index.js';
import { reviewList, type ReviewList } from '../../../core/documents/review.js';
import type { RepositoryModel } from '../../../core/model/effective.js';
import { writeFileAtomic } from '../../../io/write-atomic.js';
import { loadRepository } from '../../../pipeline/load-repository.js';
import { reviewJson, reviewSheets, reviewText } from '../../../render/documents/review.js';
import { reportToStderr } from '../../diagnostics-output.js';
import { UsageError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { sharedMessages } from '../../messages.js';
import { reviewMessages } from './messages.js';

export type ReviewFormat = 'text' | 'json' | 'xlsx';

export interface ReviewOptions {
  folder: string;
  /** Four digits; this year (by `today`) when absent. */
  year?: string;
  format: ReviewFormat;
  out?: string;
}

export async function run(options: ReviewOptions, io: CliIo): Promise<ExitCode> {
  if (!existsSync(resolve(io.cwd, options.folder))) {
    throw new UsageError(sharedMessages.pathsMissing([options.folder]));
  }
  const year = Number(options.year ?? io.today.slice(0, 4));
  if (!/^\d{4}$/u.test(options.year ?? io.today.slice(0, 4))) {
    throw new UsageError(reviewMessages.badYear(options.year ?? ''));
  }
  if (options.format === 'xlsx' && options.out === undefined) {
    throw new UsageError(reviewMessages.xlsxNeedsOut);
  }
  const loaded = await loadRepository(options.folder, {
    cwd: io.cwd,
    today: io.today,
    registers: true,
  });
  // The list is the output; findings are validate's and compile's to explain, errors excepted.
  const errors = loaded.diagnostics.filter((d: Diagnostic) => d.severity === 'error');
  reportToStderr(io, errors, loaded.files);
  const model = loaded.model;
  if (!model) return exitCode(loaded.diagnostics, 'error');
  const list = reviewList(selected(model), year, io.today);
  if (options.format === 'text') io.stdout.write(reviewText(list, io.lang));
  else if (options.format === 'json' && options.out === undefined)
    io.stdout.write(reviewJson(list));
  else if (options.out !== undefined) {
    const data =
      options.format === 'json' ? reviewJson(list) : await workbook(list, model.example, io.today);
    await writeFileAtomic(resolve(io.cwd, options.out), data);
  }
  return exitCode(errors, 'error');
}

/** The region asked for and the regions below it; every region when the root was asked for. */
function selected(model: RepositoryModel): RepositoryModel {
  const requested = model.requested;
  if (requested === undefined) return model;
  const keep = new Set<string>([requested]);
  for (const region of model.regions) {
    if (region.ref.parent !== undefined && keep.has(region.ref.parent)) keep.add(region.ref.code);
  }
  return { ...model, regions: model.regions.filter((region) => keep.has(region.ref.code)) };
}

async function workbook(list: ReviewList, example: boolean, date: string): Promise<Buffer> {
  // The workbook writer is loaded only when a workbook is asked for.
  const { renderListWorkbook } = await import('../../../render/documents/sheets.js');
  const title = `${String(list.year)}年度动态调整清单`;
  return renderListWorkbook({ title, sheets: reviewSheets(list, example), date, example });
}
