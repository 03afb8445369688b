/**
 * `gkml import <file.xlsx…> --out <dir>`: official-layout workbooks into catalog YAML, one file per
 * domain (`<domain-id>.yaml`). Reports every cell it could not map as sheet!cell; writes what it
 * understood; never overwrites a file without --force. With `--baseline`, the files are national
 * baselines for a repository's `national:` folder (./baseline.ts).
 */
import { relative, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { exitCode, type ExitCode } from '../../../core/diagnostics/index.js';
import { resolveDomain } from '../../../core/vocabulary/domains.js';
import { catalogYaml } from '../../../import/yaml.js';
import { displayPath } from '../../../io/collect.js';
import { existingFiles } from '../../../io/write-atomic.js';
import { outputFolder, writeOrExplain } from '../../output-folder.js';
import { schemaPath } from '../../../io/package-files.js';
import { formatterFor } from '../../../render/diagnostics/index.js';
import { InputError, UsageError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { painterFor } from '../../painter.js';
import { domainChoices } from '../../import-domains.js';
import { toolInfo } from '../../tool.js';
import { docsBase } from '../../docs-base.js';
import { baselinesOf } from './baseline.js';
import { readCatalogs } from './read.js';
import type { ImportOptions } from './options.js';
import { importMessages } from './messages.js';
import { sharedMessages } from '../../messages.js';

export type { ImportOptions };

export async function run(options: ImportOptions, io: CliIo): Promise<ExitCode> {
  if (options.documents === true) {
    const { importDocuments } = await import('./documents.js');
    return importDocuments(options, io);
  }
  const domain = options.domain === undefined ? undefined : resolveDomain(options.domain);
  if (options.domain !== undefined && !domain)
    throw new UsageError(importMessages.unknownDomain(options.domain));
  if (options.source !== undefined && options.baseline !== true)
    throw new UsageError(importMessages.sourceWithoutBaseline);
  const missing = options.files.filter((file) => !existsSync(resolve(io.cwd, file)));
  if (missing.length > 0) throw new UsageError(sharedMessages.pathsMissing(missing));
  if ((options.out === undefined) === (options.into === undefined))
    throw new UsageError(importMessages.outOrInto);
  const choices = domainChoices(options.domains ?? []);
  const chosen = domain?.id ?? choices.domain;
  if (options.into !== undefined) {
    const { runInto } = await import('./into.js');
    const into = { ...options, into: options.into, domain: chosen, sheetDomains: choices.sheets };
    return runInto(into, io);
  }
  const out = options.out ?? '';

  const { catalogs, diagnostics } = await readCatalogs(options.files, chosen, io, choices.sheets);

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
    io.stderr.write(`gkml: ${importMessages.nothingImported[io.lang]}\n`);
    return 2;
  }
  const schemaRef = relative(folder, schemaPath('catalog')).split('\\').join('/');
  const asBaseline = options.baseline ? await baselinesOf(options.source, io) : undefined;
  const outputs = catalogs.map((c) => {
    const origin = `${c.file} 工作表「${c.sheet}」`;
    const catalog = asBaseline ? asBaseline(c, origin) : c.catalog;
    return { name: `${c.domain}.yaml`, data: catalogYaml(catalog, { schemaRef, origin }) };
  });
  const existing = options.force
    ? []
    : existingFiles(
        folder,
        outputs.map((o) => o.name),
      );
  if (existing.length > 0)
    throw new InputError(importMessages.existingCatalogs(shownFolder, existing));
  await writeOrExplain(folder, outputs);
  io.stderr.write(`${importMessages.imported(outputs.length, shownFolder)[io.lang]}\n`);
  if (options.baseline) io.stderr.write(`${importMessages.baselineNext(shownFolder)[io.lang]}\n`);
  return exitCode(sorted, options.failOn);
}
