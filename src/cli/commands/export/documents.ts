/**
 * `gkml export --documents`: each region's document register as a workbook (发文登记, 逾期清单,
 * 征求意见), `<code>-<name>-发文登记.xlsx`, for the regions at or below the folder given.
 */
import { exitCode, tally, type ExitCode } from '../../../core/diagnostics/index.js';
import { loadRepository } from '../../../pipeline/load-repository.js';
import { registerSheets } from '../../../render/documents/register.js';
import { renderListWorkbook } from '../../../render/documents/sheets.js';
import { regionStem } from '../../../render/names.js';
import { reportToStderr } from '../../diagnostics-output.js';
import type { CliIo } from '../../io.js';
import { exportTarget, writeExports } from './write.js';
import { exportMessages } from './messages.js';

export async function exportRegisters(
  options: { paths: string[]; out: string; date: string; force: boolean; replace?: boolean },
  io: CliIo,
): Promise<ExitCode> {
  const loaded = await loadRepository(options.paths[0] ?? '.', {
    cwd: io.cwd,
    today: io.today,
    registers: true,
  });
  reportToStderr(io, loaded.diagnostics, loaded.files);
  const errors = tally(loaded.diagnostics).errors;
  const model = loaded.model;
  if (!model || (errors > 0 && !options.force)) {
    if (errors > 0) io.stderr.write(`gkml: ${exportMessages.modelHasErrors(errors)[io.lang]}\n`);
    return exitCode(loaded.diagnostics, 'error');
  }
  const requested = model.requested;
  const regions = model.regions.filter(
    (region) =>
      region.register !== undefined &&
      (requested === undefined ||
        region.ref.code === requested ||
        region.ref.code.startsWith(requested)),
  );
  const outputs = [];
  for (const region of regions) {
    const register = region.register;
    if (!register) continue;
    const findings = loaded.diagnostics.filter((d) => d.file === register.file);
    const sheets = registerSheets(region.ref.name, register.register, findings, model.example);
    const title = `${region.ref.name}发文登记表`;
    const data = await renderListWorkbook({
      title,
      sheets,
      date: options.date,
      example: model.example,
    });
    outputs.push({ name: `${regionStem(region.ref)}-发文登记.xlsx`, data });
  }
  const target = exportTarget(options, model.root);
  return writeExports(outputs, target, exitCode(loaded.diagnostics, 'error'), io);
}
