/**
 * `gkml import <发文登记表.xlsx> --documents -o <region folder>`: a register sheet into
 * `documents.yaml` (with its $schema modeline). Refuses to replace an existing register unless
 * --force. The imported register is then checked like any other (gkml validate).
 */
import { relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { exitCode, type Diagnostic, type ExitCode } from '../../../core/diagnostics/index.js';
import { displayPath } from '../../../io/collect.js';
import { existingFiles } from '../../../io/write-atomic.js';
import { schemaPath } from '../../../io/package-files.js';
import { readWorkbookFile } from '../../../io/read-workbook.js';
import { importRegister } from '../../../import/documents.js';
import { formatterFor } from '../../../render/diagnostics/index.js';
import { docsBase } from '../../docs-base.js';
import { InputError, UsageError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { workbookProblem } from './workbook-problem.js';
import { outputFolder, writeOrExplain } from '../../output-folder.js';
import { painterFor } from '../../painter.js';
import { toolInfo } from '../../tool.js';
import type { ImportOptions } from './options.js';
import { importMessages } from './messages.js';

export async function importDocuments(options: ImportOptions, io: CliIo): Promise<ExitCode> {
  // The register goes into a region folder: --into names it as for catalogs, -o works too.
  const target = options.into ?? options.out;
  if (target === undefined || (options.into !== undefined && options.out !== undefined))
    throw new UsageError(importMessages.outOrInto);
  const diagnostics: Diagnostic[] = [];
  const documents = [];
  let origin = '';
  for (const file of options.files) {
    const shown = displayPath(resolve(io.cwd, file), io.cwd);
    const read = await readWorkbookFile(resolve(io.cwd, file));
    if (!read.ok) {
      diagnostics.push(workbookProblem(read, shown));
      continue;
    }
    const result = importRegister(read.workbook, shown);
    if ('code' in result) {
      diagnostics.push(result);
      continue;
    }
    diagnostics.push(...result.diagnostics);
    documents.push(...result.documents);
    origin ||= `${shown} 工作表「${result.sheet}」`;
  }
  const report = { diagnostics, files: options.files, lang: io.lang, tool: toolInfo() };
  const format = await formatterFor(options.format);
  io.stdout.write(
    format(report, {
      painter: painterFor(options.format === 'stylish' && io.colour),
      sourceText: () => undefined,
      docs: docsBase(io.env),
    }),
  );
  if (documents.length === 0) {
    io.stderr.write(`gkml: ${importMessages.nothingImported[io.lang]}\n`);
    return 2;
  }
  const folder = await outputFolder(target, io);
  const shownFolder = displayPath(folder, io.cwd);
  const name = 'documents.yaml';
  if (!options.force && existingFiles(folder, [name]).length > 0) {
    throw new InputError(importMessages.existingCatalogs(shownFolder, [name]));
  }
  const schemaRef = relative(folder, schemaPath('documents')).split('\\').join('/');
  const text = [
    `# yaml-language-server: $schema=${schemaRef}`,
    `# 由 gkml import 从 ${origin} 导入。`,
    stringify({ documents }, { lineWidth: 0 }),
  ].join('\n');
  await writeOrExplain(folder, [{ name, data: text }]);
  io.stderr.write(`${importMessages.imported(1, shownFolder)[io.lang]}\n`);
  return exitCode(diagnostics, options.failOn);
}
