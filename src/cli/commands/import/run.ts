/**
 * `gkml import <file.xlsx…> --out <dir>`: official-layout workbooks into catalog YAML, one file per
 * domain (`<domain-id>.yaml`). Reports every cell it could not map as sheet!cell; writes what it
 * understood; never overwrites a file without --force.
 */
import { relative, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { exitCode, type ExitCode, type FailOn } from '../../../core/diagnostics/index.js';
import { resolveDomain } from '../../../core/vocabulary/domains.js';
import { catalogYaml } from '../../../import/yaml.js';
import { displayPath } from '../../../io/collect.js';
import { existingFiles } from '../../../io/output-files.js';
import { outputFolder, writeOrExplain } from '../../output-folder.js';
import { schemaPath } from '../../../io/package-files.js';
import { formatterFor, type DiagnosticFormat } from '../../../render/diagnostics/index.js';
import { InputError, UsageError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { painterFor } from '../../painter.js';
import { cliText } from '../../text.js';
import { excelText } from '../../text-excel.js';
import { toolInfo } from '../../tool.js';
import { docsBase } from '../../docs-base.js';
import { readCatalogs } from './read.js';

export interface ImportOptions {
  files: string[];
  /** Output folder, relative to the working folder. */
  out?: string;
  /** Region folder to reconcile the sheets with (`--into`), instead of --out. */
  into?: string;
  /** With --into: report, write nothing. */
  dryRun: boolean;
  /** The domain of every table sheet, whatever titles and sheet names say. */
  domain?: string;
  force: boolean;
  format: DiagnosticFormat;
  failOn: FailOn;
}

export async function run(options: ImportOptions, io: CliIo): Promise<ExitCode> {
  const domain = options.domain === undefined ? undefined : resolveDomain(options.domain);
  if (options.domain !== undefined && !domain)
    throw new UsageError(excelText.unknownDomain(options.domain));
  const missing = options.files.filter((file) => !existsSync(resolve(io.cwd, file)));
  if (missing.length > 0) throw new UsageError(cliText.pathsMissing(missing));
  if ((options.out === undefined) === (options.into === undefined))
    throw new UsageError(excelText.outOrInto);
  if (options.into !== undefined) {
    const { runInto } = await import('./into.js');
    return runInto({ ...options, into: options.into, domain: domain?.id }, io);
  }
  const out = options.out ?? '';

  const { catalogs, diagnostics } = await readCatalogs(options.files, domain?.id, io);

  // Workbook order (file, sheet, row) reads better than sorting sheet names as text.
  const sorted = diagnostics;
  const report = { diagnostics: sorted, files: options.files, lang: io.lang, tool: toolInfo() };
  const useColour = options.format === 'stylish' && io.colour;
  const format = await formatterFor(options.format);
  io.stdout.write(
    format(report, {
      painter: painterFor(useColour),
      sourceText: () => undefined,
      docs: docsBase(io.env),
    }),
  );

  const folder = await outputFolder(out, io);
  const shownFolder = displayPath(folder, io.cwd);
  if (catalogs.length === 0) {
    io.stderr.write(`gkml: ${excelText.nothingImported[io.lang]}\n`);
    return 2;
  }
  const schemaRef = relative(folder, schemaPath('catalog')).split('\\').join('/');
  const outputs = catalogs.map((c) => ({
    name: `${c.domain}.yaml`,
    data: catalogYaml(c.catalog, { schemaRef, origin: `${c.file} 工作表「${c.sheet}」` }),
  }));
  const existing = options.force
    ? []
    : existingFiles(
        folder,
        outputs.map((o) => o.name),
      );
  if (existing.length > 0) throw new InputError(excelText.existingCatalogs(shownFolder, existing));
  await writeOrExplain(folder, outputs, { manifest: false });
  io.stderr.write(`${excelText.imported(outputs.length, shownFolder)[io.lang]}\n`);
  return exitCode(sorted, options.failOn);
}
