/**
 * Where `gkml export` gets its model: the repository loader and merge (src/io/repository.ts),
 * which are being built in parallel. Until they are on main this refuses with a clear message;
 * `exportSelection` is tested on hand-made models meanwhile.
 */
import type { CliIo } from '../io.js';
import { InputError } from '../errors.js';
import { excelText } from '../text-excel.js';
import type { ExportSelection } from './export.js';

export function loadExportModel(paths: readonly string[], _io: CliIo): Promise<ExportSelection> {
  return Promise.reject(new InputError(excelText.noRepository(paths)));
}
