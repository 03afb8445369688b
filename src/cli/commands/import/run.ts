/**
 * `gkml import <file.xlsx…> --out <dir>`: official-layout workbooks into catalog YAML, one file per
 * domain (`<domain-id>.yaml`). Reports every cell it could not map as sheet!cell; writes what it
 * understood; never overwrites a file without --force.
 */
import { relative, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import {
  diagnostic,
  exitCode,
  type Diagnostic,
  type ExitCode,
  type FailOn,
} from '../../../core/diagnostics/index.js';
import { resolveDomain, type DomainId } from '../../../core/vocabulary/domains.js';
import type { ImportedCatalog, KnownItem } from '../../../import/types.js';
import { importWorkbook } from '../../../import/workbook.js';
import { catalogYaml } from '../../../import/yaml.js';
import { bundledBaselinesFolder, loadBaselines } from '../../../pipeline/baselines.js';
import { displayPath } from '../../../io/collect.js';
import { existingFiles } from '../../../io/output-files.js';
import { outputFolder, writeOrExplain } from '../../output-folder.js';
import { schemaPath } from '../../../io/package-files.js';
import { readWorkbookFile } from '../../../io/read-workbook.js';
import { formatterFor, type DiagnosticFormat } from '../../../render/diagnostics/index.js';
import { InputError, UsageError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { painterFor } from '../../painter.js';
import { cliText } from '../../text.js';
import { excelText } from '../../text-excel.js';
import { toolInfo } from '../../tool.js';
import { docsBase } from '../../docs-base.js';

export interface ImportOptions {
  files: string[];
  /** Output folder, relative to the working folder. */
  out: string;
  /** The domain of every table sheet, whatever titles and sheet names say. */
  domain?: string;
  force: boolean;
  format: DiagnosticFormat;
  failOn: FailOn;
}

const PROBLEM_CODES = {
  'legacy-xls': 'excel-legacy-xls',
  encrypted: 'excel-encrypted',
  unreadable: 'excel-unreadable',
} as const;

/** National item names per domain, so that imported items matching them keep the national id. */
async function nationalNames(io: CliIo): Promise<(domain: DomainId) => readonly KnownItem[]> {
  const { baselines } = await loadBaselines(bundledBaselinesFolder(), io);
  const byDomain = new Map<DomainId, KnownItem[]>(
    baselines.map((b) => [
      b.domain.id,
      b.catalog.items.map(({ id, l1, l2, l3 }) => ({ id, l1, l2, l3 })),
    ]),
  );
  return (domain) => byDomain.get(domain) ?? [];
}

export async function run(options: ImportOptions, io: CliIo): Promise<ExitCode> {
  const domain = options.domain === undefined ? undefined : resolveDomain(options.domain);
  if (options.domain !== undefined && !domain)
    throw new UsageError(excelText.unknownDomain(options.domain));
  const missing = options.files.filter((file) => !existsSync(resolve(io.cwd, file)));
  if (missing.length > 0) throw new UsageError(cliText.pathsMissing(missing));

  const known = await nationalNames(io);
  const diagnostics: Diagnostic[] = [];
  const catalogs: (ImportedCatalog & { file: string })[] = [];
  for (const file of options.files) {
    const path = resolve(io.cwd, file);
    const shown = displayPath(path, io.cwd);
    const read = await readWorkbookFile(path);
    if (!read.ok) {
      const code = PROBLEM_CODES[read.problem];
      diagnostics.push(
        code === 'excel-unreadable'
          ? diagnostic(code, { reason: read.reason }, { file: shown })
          : diagnostic(code, {}, { file: shown }),
      );
      continue;
    }
    const result = importWorkbook(read.workbook, {
      file: shown,
      known,
      ...(domain ? { domain: domain.id } : {}),
    });
    diagnostics.push(...result.diagnostics);
    for (const imported of result.catalogs) {
      const first = catalogs.find((c) => c.domain === imported.domain);
      if (first) {
        const args = {
          domain: resolveDomain(imported.domain)?.zh ?? imported.domain,
          first: `${first.file} ${first.sheet}`,
        };
        diagnostics.push(
          diagnostic('excel-domain-duplicate', args, {
            file: shown,
            sheet: imported.sheet,
            cell: 'A1',
          }),
        );
        continue;
      }
      catalogs.push({ ...imported, file: shown });
    }
  }

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

  const folder = await outputFolder(options.out, io);
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
