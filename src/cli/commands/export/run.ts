/**
 * `gkml export <folder|files…> --format xlsx|csv|json --out <dir>`: the merged catalogs of a
 * repository's regions as official-layout workbooks, CSV or JSON, into an output folder written as
 * compile's is (write.ts): built aside and swapped in whole, never over a stranger's folder.
 */
import { exitCode, tally, type ExitCode } from '../../../core/diagnostics/index.js';
import { renderExport, type ExportFormat } from '../../../render/export.js';
import type { ChannelStyle } from '../../../render/xlsx/index.js';
import { UsageError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { reportToStderr } from '../../diagnostics-output.js';
import { loadExportModel, type ExportSelection } from './source.js';
import { exportTarget, writeExports } from './write.js';
import { exportMessages } from './messages.js';

export interface ExportOptions {
  paths: string[];
  format: ExportFormat;
  /** Output folder, relative to the working folder. */
  out: string;
  /** 公开渠道和载体 as the ■/□ checklist (default) or a plain list. */
  channels: ChannelStyle;
  /** Date of the data (YYYY-MM-DD); today (GKML_TODAY) by default. */
  date?: string;
  /** Export despite errors in the catalogs. */
  force: boolean;
  /** Replace a non-empty folder that is not an earlier gkml output. */
  replace?: boolean;
  /** Export the regions' document registers (documents.yaml) instead of their catalogs. */
  documents?: boolean;
}

export async function run(options: ExportOptions, io: CliIo): Promise<ExitCode> {
  const date = options.date ?? io.today;
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(date)) throw new UsageError(exportMessages.badDate(date));
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
  if (errors > 0 && !options.force) {
    io.stderr.write(`gkml: ${exportMessages.modelHasErrors(errors)[io.lang]}\n`);
    return exitCode(diagnostics, 'error');
  }
  const outputs = await renderExport(selection.model, selection.regions, {
    format: options.format,
    date: options.date,
    channels: options.channels,
  });
  const target = exportTarget(options, selection.model.root);
  return writeExports(outputs, target, exitCode(diagnostics, 'error'), io);
}
