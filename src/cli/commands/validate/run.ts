/**
 * `gkml validate [paths…]`: check catalog, region and project files; writes nothing but, with
 * `--cache`, the repository's cache.
 */
import { join, resolve } from 'node:path';
import {
  diagnostic,
  exitCode,
  sortDiagnostics,
  type ExitCode,
  type FailOn,
} from '../../../core/diagnostics/index.js';
import { collectYamlFiles, displayPath } from '../../../io/collect.js';
import { VALIDATE_CACHE_FOLDER } from '../../../io/cache-folder.js';
import { repositoryFindings, withoutDuplicates } from '../../../pipeline/repository-findings.js';
import { validateFiles } from '../../../pipeline/validate.js';
import { formatterFor, type DiagnosticFormat } from '../../../render/diagnostics/index.js';
import { InputError, UsageError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { painterFor } from '../../painter.js';
import { toolInfo } from '../../tool.js';
import { defaultJobs } from '../../jobs.js';
import { docsBase } from '../../docs-base.js';
import { faultDetail, faultReason } from '../../environment-fault.js';
import { readSourceText } from '../../diagnostics-output.js';
import { sharedMessages } from '../../messages.js';
import { validateMessages } from './messages.js';

export interface ValidateOptions {
  paths: string[];
  format: DiagnosticFormat;
  failOn: FailOn;
  /** Files larger than this many bytes are reported, not parsed. */
  maxBytes?: number;
  /** Threads for a region repository (default: see defaultJobs). */
  jobs?: number;
  /** Keep and reuse the findings in the repository's .gkml-cache (one thread). */
  cache?: boolean;
}

export async function run(options: ValidateOptions, io: CliIo): Promise<ExitCode> {
  const paths = options.paths.length > 0 ? options.paths : ['.'];
  const collected = await collectYamlFiles(paths, io.cwd).catch((error: unknown) => {
    throw new InputError(validateMessages.folderUnreadable(faultDetail(error)));
  });
  if (collected.missing.length > 0)
    throw new UsageError(sharedMessages.pathsMissing(collected.missing));
  if (collected.files.length === 0 && collected.outside.length === 0)
    throw new UsageError(validateMessages.noYamlFiles(paths));

  // The same rule as compile, merge and diff: a link out of the repository is reported, never read.
  const outside = collected.outside.map(({ path, target }) => {
    const args = { path: displayPath(path, io.cwd), target: displayPath(target, io.cwd) };
    return diagnostic('repository-outside', args, { file: args.path });
  });
  const limits = options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {};
  // Inside a region repository, everything merge, export and compile would refuse (one truth).
  const jobs = options.jobs ?? defaultJobs(collected.files.length);
  const repository = await repositoryFindings(paths, {
    cwd: io.cwd,
    today: io.today,
    jobs,
    cache: options.cache === true,
    ...limits,
  });
  for (const { root, error } of repository.unsaved) {
    const folder = displayPath(join(root, VALIDATE_CACHE_FOLDER), io.cwd);
    const reason = faultReason(error)?.[io.lang] ?? String(error);
    io.stderr.write(`gkml: ${validateMessages.cacheUnsaved(folder, reason)[io.lang]}\n`);
  }
  // The files the repository's load did not read and check are checked here, each file once.
  const rest = collected.files.filter((file) => !repository.checked.has(resolve(io.cwd, file)));
  const validation = await validateFiles(rest, {
    cwd: io.cwd,
    today: io.today,
    quick: true,
    ...limits,
  });
  const diagnostics = sortDiagnostics(
    withoutDuplicates([...outside, ...validation.diagnostics, ...repository.diagnostics]),
  );
  const report = {
    diagnostics,
    files: collected.files.map((file) => displayPath(file, io.cwd)),
    lang: io.lang,
    tool: toolInfo(),
  };
  const useColour = options.format === 'stylish' && io.colour;
  const format = await formatterFor(options.format);
  io.stdout.write(
    format(report, {
      painter: painterFor(useColour),
      sourceText: (file) => readSourceText(resolve(io.cwd, file)),
      docs: docsBase(io.env),
    }),
  );
  return exitCode(diagnostics, options.failOn);
}
