/**
 * `gkml import <file.xlsx…> --into <region>`: each table sheet reconciled with what the region
 * inherits (src/import/into), the region's catalog files updated where the sheet changes them.
 * Prints what changed per sheet; writes nothing with --dry-run, or when anything is an error.
 */
import { readFile } from 'node:fs/promises';
import { join, posix, relative, resolve } from 'node:path';
import {
  exitCode,
  type Diagnostic,
  type ExitCode,
  type FailOn,
} from '../../../core/diagnostics/index.js';
import { resolveDomain, type DomainId } from '../../../core/vocabulary/domains.js';
import { mergeRepository } from '../../../core/merge/index.js';
import { withoutEchoes } from '../../../import/into/quiet.js';
import { reconcile, type IntoResult } from '../../../import/into/reconcile.js';
import { catalogYaml } from '../../../import/yaml.js';
import { editCatalogText } from '../../../io/catalog-edit.js';
import { displayPath } from '../../../io/collect.js';
import { schemaPath } from '../../../io/package-files.js';
import { readRepository } from '../../../pipeline/load-repository.js';
import { ancestorsOf } from '../../../render/export.js';
import { writeFileAtomic } from '../../../io/write-atomic.js';
import { formatterFor, type DiagnosticFormat } from '../../../render/diagnostics/index.js';
import { UsageError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { painterFor } from '../../painter.js';
import { intoReportText } from './into-report.js';
import { toolInfo } from '../../tool.js';
import { docsBase } from '../../docs-base.js';
import { readCatalogs } from './read.js';
import { importMessages } from './messages.js';

export interface IntoOptions {
  files: string[];
  into: string;
  domain?: DomainId | undefined;
  /** Domain by sheet name (`--domain 'Sheet名=领域'`). */
  sheetDomains?: Readonly<Record<string, DomainId>>;
  dryRun: boolean;
  format: DiagnosticFormat;
  failOn: FailOn;
}

interface Planned {
  result: IntoResult;
  /** Absolute path of the file to write. */
  path: string;
  /** The file as read, when the region has it. */
  overlay?: { catalog: IntoResult['catalog'] };
}

async function print(diagnostics: Diagnostic[], options: IntoOptions, io: CliIo): Promise<void> {
  const report = { diagnostics, files: options.files, lang: io.lang, tool: toolInfo() };
  const format = await formatterFor(options.format);
  const painter = painterFor(options.format === 'stylish' && io.colour);
  io.stdout.write(format(report, { painter, sourceText: () => undefined, docs: docsBase(io.env) }));
}

export async function runInto(options: IntoOptions, io: CliIo): Promise<ExitCode> {
  const read = await readRepository(options.into, { cwd: io.cwd, today: io.today });
  const region = read.input?.regions.find((r) => r.file === read.input?.requestedFile);
  if (!read.input || !region) {
    if (!read.input) await print(read.diagnostics, options, io);
    throw new UsageError(
      importMessages.intoNotRegion(displayPath(resolve(io.cwd, options.into), io.cwd)),
    );
  }
  const merged = mergeRepository(read.input);
  const problems = [...read.diagnostics, ...merged.diagnostics].filter(
    (d) => d.severity === 'error',
  );
  if (problems.length > 0 || !merged.inherited) {
    await print(problems, options, io);
    io.stderr.write(`gkml: ${importMessages.intoRepositoryErrors(problems.length)[io.lang]}\n`);
    return 1;
  }
  const inherited = merged.inherited;
  const ref = merged.model.regions.find((r) => r.ref.code === merged.model.requested)?.ref;
  if (!ref) throw new UsageError(importMessages.intoNotRegion(region.folder));
  const layer = { kind: 'region' as const, code: ref.code, name: ref.name, level: ref.level };
  const regionModel = merged.model.regions.find((r) => r.ref.code === ref.code);
  const ancestors = regionModel ? ancestorsOf(merged.model, regionModel) : [];

  const sheets = await readCatalogs(options.files, options.domain, io, options.sheetDomains);
  const { catalogs } = sheets;
  let diagnostics = sheets.diagnostics;
  const planned: Planned[] = [];
  for (const sheet of catalogs) {
    const overlay = region.catalogs.find(
      (o) => resolveDomain(o.catalog.domain)?.id === sheet.domain,
    );
    const target = overlay?.source.file ?? posix.join(region.folder, `${sheet.domain}.yaml`);
    const result = reconcile({
      sheet,
      workbook: sheet.file,
      inherited: inherited.get(sheet.domain) ?? { items: [], omitted: [] },
      target,
      region: { layer, level: ref.level },
      ref,
      ancestors,
      ...(overlay ? { overlay } : {}),
    });
    diagnostics.push(...result.diagnostics);
    planned.push({ result, path: resolve(io.cwd, target), ...(overlay ? { overlay } : {}) });
  }
  const reconciled = planned.map(({ result }, index) => ({
    file: catalogs[index]?.file ?? '',
    sheet: result.report.sheet,
    rows: catalogs[index]?.positions.rows ?? [],
    items: result.matched,
  }));
  diagnostics = withoutEchoes(diagnostics, reconciled);
  await print(diagnostics, options, io);
  const reports = planned.map((p) => p.result.report);
  const text = intoReportText(reports, io.lang, options.dryRun);
  (options.format === 'stylish' ? io.stdout : io.stderr).write(text);
  if (catalogs.length === 0) {
    io.stderr.write(`gkml: ${importMessages.nothingImported[io.lang]}\n`);
    return 2;
  }
  if (diagnostics.some((d) => d.severity === 'error')) {
    io.stderr.write(`gkml: ${importMessages.intoNothingWritten[io.lang]}\n`);
    return exitCode(diagnostics, options.failOn);
  }
  if (!options.dryRun) await writeAll(planned, io);
  return exitCode(diagnostics, options.failOn);
}

/** Every changed file, each atomically; a new file is written whole. */
async function writeAll(planned: readonly Planned[], io: CliIo): Promise<void> {
  for (const { result, path, overlay } of planned) {
    if (!result.report.written) continue;
    const data = overlay
      ? editCatalogText(await readFile(path, 'utf8'), overlay.catalog, result.catalog)
      : catalogYaml(result.catalog, {
          schemaRef: relative(join(path, '..'), schemaPath('catalog')).split('\\').join('/'),
          origin: `${result.report.file} 工作表「${result.report.sheet}」`,
        });
    await writeFileAtomic(path, data);
    io.stderr.write(`${importMessages.intoWrote(displayPath(path, io.cwd))[io.lang]}\n`);
  }
}
