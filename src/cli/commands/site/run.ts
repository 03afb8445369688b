/**
 * `gkml site <folder> --out <dir>`: the static HTML directory of a region repository. Reads and
 * merges the repository, renders the site (a pure function), then hands the files to the one
 * output writer (io/output/build.ts): built aside, swapped in whole, a file carried over when its
 * bytes did not change.
 */
import { resolve } from 'node:path';
import type { Diagnostic, ExitCode } from '../../../core/diagnostics/index.js';
import { exitCode, sortDiagnostics, tally } from '../../../core/diagnostics/index.js';
import type { RepositoryModel } from '../../../core/model/effective.js';
import { renderedArtifact } from '../../../core/output/artifact.js';
import { buildOutput } from '../../../io/output/build.js';
import { inside } from '../../../io/repository-files.js';
import { analyse } from '../../../pipeline/analyse.js';
import { loadRepository } from '../../../pipeline/load-repository.js';
import { planSiteFiles } from '../../../pipeline/plan.js';
import { loadSiteFrame } from '../../../pipeline/site-frame.js';
import { reportToStderr } from '../../diagnostics-output.js';
import { InputError, UsageError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { openOrExplain } from '../../open-output.js';
import { sharedMessages } from '../../messages.js';
import { siteMessages } from './messages.js';

export interface SiteCommandOptions {
  folder: string;
  out: string;
  /** Publish the site despite errors. */
  force: boolean;
  /** Replace a non-empty folder that is not an earlier gkml output. */
  replace?: boolean;
  /** Export each region's xlsx, csv and json into downloads/ and link them (default true). */
  downloads?: boolean;
  /** The date of the data printed in the workbooks (YYYY-MM-DD); today by default. */
  date?: string;
}

/** Reads and merges a region repository: loadRepository, or a hand-made model in tests. */
export type RepositoryLoader = (
  folder: string,
  options: { cwd: string; today: string; registers?: boolean },
) => Promise<{ model?: RepositoryModel | undefined; diagnostics: Diagnostic[]; files?: string[] }>;

export async function run(
  options: SiteCommandOptions,
  io: CliIo,
  load: RepositoryLoader = loadRepository,
): Promise<ExitCode> {
  const folder = resolve(io.cwd, options.folder);
  const out = resolve(io.cwd, options.out);
  if (inside(out, folder)) throw new UsageError(siteMessages.siteOutIsInput(options.out));
  const opened = await openOrExplain(out, options.out, options.replace === true, 'site', io);
  try {
    return await siteInto(opened.path, folder, options, io, load);
  } finally {
    await opened.close();
  }
}

async function siteInto(
  out: string,
  folder: string,
  options: SiteCommandOptions,
  io: CliIo,
  load: RepositoryLoader,
): Promise<ExitCode> {
  const loaded = await load(folder, { cwd: io.cwd, today: io.today, registers: true });
  // The portal's frame: its logo and replacement partials (gkml.yaml `site`).
  const frame = await loadSiteFrame(
    resolve(io.cwd, loaded.model?.root ?? folder),
    loaded.model?.site,
    io.cwd,
  );
  const diagnostics = sortDiagnostics([
    ...analyse(loaded, { coverage: false }).diagnostics,
    ...frame.diagnostics,
  ]);
  // Diagnostics go to stderr: the site's files are this command's output.
  reportToStderr(io, diagnostics, loaded.files ?? []);
  const code = exitCode(diagnostics, 'error');
  if (!loaded.model || code === 2 || (code !== 0 && !options.force)) {
    io.stderr.write(`gkml: ${siteMessages.siteErrors(tally(diagnostics).errors)[io.lang]}\n`);
    return code === 0 ? 1 : code;
  }

  const files = await planSiteFiles(loaded.model, {
    downloads: options.downloads !== false,
    date: options.date ?? io.today,
    frame,
  });
  if (loaded.model.regions.length === 0)
    throw new InputError(sharedMessages.noRegions(options.out));
  const artifacts = [...files].map(([path, data]) => renderedArtifact(path, data));
  const result = await buildOutput(out, artifacts, { command: 'site' });
  io.stderr.write(
    `${siteMessages.siteWritten(options.out, result.rendered, result.reused)[io.lang]}\n`,
  );
  return code;
}
