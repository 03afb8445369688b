/**
 * `gkml export <folder|files…> --format xlsx|csv|json --out <dir>`: the merged catalogs of a
 * repository's regions as official-layout workbooks, CSV or JSON. Writes atomically, and never
 * over a file that an earlier export did not write (unless --force).
 */
import { resolve } from 'node:path';
import { exitCode, tally, type ExitCode } from '../../../core/diagnostics/index.js';
import { displayPath } from '../../../io/collect.js';
import { foreignFiles } from '../../../io/output-files.js';
import { outputFolder, writeOrExplain } from '../../output-folder.js';
import { renderExport, type ExportFormat } from '../../../render/export.js';
import type { ChannelStyle } from '../../../render/xlsx/index.js';
import { InputError, UsageError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { excelText } from '../../text-excel.js';
import { reportToStderr } from '../../diagnostics-output.js';
import { loadExportModel, type ExportSelection } from './source.js';

export interface ExportOptions {
  paths: string[];
  format: ExportFormat;
  /** Output folder, relative to the working folder. */
  out: string;
  /** 公开渠道和载体 as the ■/□ checklist (default) or a plain list. */
  channels: ChannelStyle;
  /** Date of the data (YYYY-MM-DD); today (GKML_TODAY) by default. */
  date?: string;
  /** Overwrite files that an earlier export did not write. */
  force: boolean;
  /** Export the regions' document registers (documents.yaml) instead of their catalogs. */
  documents?: boolean;
}

export async function run(options: ExportOptions, io: CliIo): Promise<ExitCode> {
  const date = options.date ?? io.today;
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(date)) throw new UsageError(excelText.badDate(date));
  if (options.documents === true) {
    const { exportRegisters } = await import('./documents.js');
    return exportRegisters({ ...options, date }, io);
  }
  const source = await loadExportModel(options.paths.length > 0 ? options.paths : ['.'], io);
  if (!source.ok) {
    reportToStderr(io, source.diagnostics, source.files);
    return exitCode(source.diagnostics, 'error');
  }
  return exportSelection(source, { ...options, date }, io);
}

/** Renders and writes a loaded selection: the part of the command that does not load YAML. */
export async function exportSelection(
  selection: ExportSelection,
  options: ExportOptions & { date: string },
  io: CliIo,
): Promise<ExitCode> {
  const { diagnostics } = selection;
  reportToStderr(io, diagnostics, selection.files);
  const errors = tally(diagnostics).errors;
  if (errors > 0) {
    io.stderr.write(`gkml: ${excelText.modelHasErrors(errors)[io.lang]}\n`);
    return exitCode(diagnostics, 'error');
  }
  const outputs = await renderExport(selection.model, selection.regions, {
    format: options.format,
    date: options.date,
    channels: options.channels,
  });
  if (outputs.length === 0) throw new InputError(excelText.nothingToExport);
  const folder = await outputFolder(options.out, io);
  const shown = displayPath(folder, io.cwd);
  const names = outputs.map((output) => output.name);
  const foreign = options.force ? [] : await foreignFiles(folder, names);
  if (foreign.length > 0) throw new InputError(excelText.foreignOutputs(shown, foreign));
  await writeOrExplain(folder, outputs, { manifest: true });
  for (const name of names) io.stdout.write(`${displayPath(resolve(folder, name), io.cwd)}\n`);
  io.stderr.write(`${excelText.written(outputs.length, shown)[io.lang]}\n`);
  return 0;
}
