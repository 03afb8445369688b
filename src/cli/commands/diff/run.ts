/**
 * `gkml diff`: a region repository against the national guideline (or each parent region), or two
 * versions of it (two folders, or a git ref and the working tree). Reads, computes (core/diff),
 * renders (render/diff); writes nothing but the report.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Diagnostic, ExitCode } from '../../../core/diagnostics/index.js';
import { exitCode, sortDiagnostics } from '../../../core/diagnostics/index.js';
import { coverageDiff } from '../../../core/diff/index.js';
import type { DomainId } from '../../../core/vocabulary/domains.js';
import { diffRendererFor, type DiffResult } from '../../../render/diff/index.js';
import { domainArgument } from '../../domain-arg.js';
import { UsageError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { painterFor } from '../../painter.js';
import { toolInfo } from '../../tool.js';
import {
  loadOrFail,
  requestedRegions,
  versionResult,
  type DiffDeps,
  type LoadedForDiff,
} from './load.js';
import type { DiffOptions } from './options.js';
import { docsBase } from '../../docs-base.js';
import { readSourceText } from '../../diagnostics-output.js';
import { diffMessages } from './messages.js';
import { sharedMessages } from '../../messages.js';

export async function run(options: DiffOptions, io: CliIo, deps: DiffDeps): Promise<ExitCode> {
  const { folders } = options;
  if (folders.length > 2) throw new UsageError(diffMessages.diffTooManyFolders(folders.length));
  if (options.base !== undefined && folders.length === 2) {
    throw new UsageError(diffMessages.diffBaseWithTwoFolders);
  }
  const versions = options.base !== undefined || folders.length === 2;
  if (versions && options.against !== undefined) {
    throw new UsageError(diffMessages.diffAgainstInVersionMode);
  }
  const domains =
    options.domains && options.domains.length > 0
      ? new Set<DomainId>(options.domains.map(domainArgument))
      : undefined;
  const missing = [];
  for (const folder of folders) {
    if (!(await stat(resolve(io.cwd, folder)).catch(() => undefined))) missing.push(folder);
  }
  if (missing.length > 0) throw new UsageError(sharedMessages.pathsMissing(missing));
  const scope = { ...(domains ? { domains } : {}), maxBytes: options.maxBytes };

  let result: DiffResult;
  let current: LoadedForDiff;
  if (versions) {
    ({ result, current } = await versionResult(options, io, deps, scope));
  } else {
    current = await loadOrFail(deps, folders[0] ?? '.', io, options.maxBytes);
    const model = current.model;
    const regions = requestedRegions(model, current.requested);
    const report = coverageDiff(model, {
      against: options.against ?? 'national',
      baselines: current.baselines,
      ...(domains ? { domains } : {}),
      ...(regions ? { regions } : {}),
    });
    result = { mode: 'coverage', report };
  }
  return output(result, current, options, io);
}

/**
 * Prints the report. Errors met while reading the repository are shown and counted (the diff ran
 * on an incomplete model); its warnings are `gkml validate`'s to report.
 */
async function output(
  result: DiffResult,
  current: LoadedForDiff,
  options: DiffOptions,
  io: CliIo,
): Promise<ExitCode> {
  const problems = current.diagnostics.filter((d) => d.severity === 'error');
  const diagnostics: Diagnostic[] = sortDiagnostics([...problems, ...result.report.diagnostics]);
  const useColour = options.format === 'stylish' && io.colour;
  const render = await diffRendererFor(options.format);
  io.stdout.write(
    render(
      { result, diagnostics, lang: io.lang, tool: toolInfo(), example: current.model.example },
      {
        painter: painterFor(useColour),
        sourceText: (file) => readSourceText(resolve(io.cwd, file)),
        docs: docsBase(io.env),
      },
    ),
  );
  return exitCode(diagnostics, options.failOn);
}
