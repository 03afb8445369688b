/**
 * `gkml site <folder> --out <dir>`: the static HTML directory of a region repository. Reads and
 * merges the repository, renders the site (a pure function), then writes only what changed.
 */
import { resolve } from 'node:path';
import type { Diagnostic, ExitCode } from '../../../core/diagnostics/index.js';
import { exitCode, tally } from '../../../core/diagnostics/index.js';
import type { RepositoryModel } from '../../../core/model/effective.js';
import { inside } from '../../../io/repository-files.js';
import { analyse } from '../../../pipeline/analyse.js';
import { loadRepository } from '../../../pipeline/load-repository.js';
import { planSiteFiles } from '../../../pipeline/plan.js';
import { inspectOutput, writeSite } from '../../../io/site-writer.js';
import { reportToStderr } from '../../diagnostics-output.js';
import { UsageError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { cliText } from '../../text.js';

export interface SiteCommandOptions {
  folder: string;
  out: string;
  /** Write into a non-empty folder that is not a previous gkml site. */
  force: boolean;
  /** Export each region's xlsx, csv and json into downloads/ and link them (default true). */
  downloads?: boolean;
  /** The date of the data printed in the workbooks (YYYY-MM-DD); today by default. */
  date?: string;
}

/** Reads and merges a region repository: loadRepository, or a hand-made model in tests. */
export type RepositoryLoader = (
  folder: string,
  options: { cwd: string; today: string },
) => Promise<{ model?: RepositoryModel | undefined; diagnostics: Diagnostic[]; files?: string[] }>;

export async function run(
  options: SiteCommandOptions,
  io: CliIo,
  load: RepositoryLoader = loadRepository,
): Promise<ExitCode> {
  const folder = resolve(io.cwd, options.folder);
  const out = resolve(io.cwd, options.out);
  if (inside(out, folder)) throw new UsageError(cliText.siteOutIsInput(options.out));
  const state = await inspectOutput(out);
  if (state.kind === 'not-a-folder') throw new UsageError(cliText.siteOutNotFolder(options.out));
  if (state.kind === 'foreign' && !options.force) {
    throw new UsageError(cliText.siteOutForeign(options.out));
  }

  const loaded = await load(folder, { cwd: io.cwd, today: io.today });
  const { diagnostics } = analyse(loaded, { coverage: false });
  // Diagnostics go to stderr: the site's files are this command's output.
  reportToStderr(io, diagnostics, loaded.files ?? []);
  const code = exitCode(diagnostics, 'error');
  if (code !== 0 || !loaded.model) {
    io.stderr.write(`gkml: ${cliText.siteErrors(tally(diagnostics).errors)[io.lang]}\n`);
    return code === 0 ? 1 : code;
  }

  const files = await planSiteFiles(loaded.model, {
    downloads: options.downloads !== false,
    date: options.date ?? io.today,
  });
  const result = await writeSite(out, files, state.kind === 'site' ? state.manifest : undefined);
  io.stderr.write(
    `${cliText.siteWritten(options.out, result.written.length, result.unchanged.length, result.removed.length)[io.lang]}\n`,
  );
  return code;
}
