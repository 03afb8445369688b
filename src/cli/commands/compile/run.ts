/**
 * `gkml compile <folder> --out <dir>`: validate → merge → diff → export → site → report, into one
 * output folder built aside and swapped in whole. A rerun with nothing changed stops after hashing
 * the inputs; otherwise only artifacts whose inputs changed are rendered again.
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import {
  exitCode,
  tally,
  sortDiagnostics,
  type Diagnostic,
  type ExitCode,
  type FailOn,
} from '../../../core/diagnostics/index.js';
import { hashCompileInputs } from '../../../io/compile-inputs.js';
import { displayPath } from '../../../io/collect.js';
import { fileCacheKey } from '../../../io/file-cache/key.js';
import { CacheFolder, outputCachePath } from '../../../io/cache-folder.js';
import { buildOutput } from '../../../io/output/build.js';
import { readShardOutputs } from '../../../io/output/shards.js';
import { manifestIntact } from '../../../io/output/manifest.js';
import { readCompileSummary } from '../../../io/output/summary.js';
import { findRoot } from '../../../io/layout.js';
import { inside } from '../../../io/repository-files.js';
import { BUNDLED_PREFIX } from '../../../io/package-files.js';
import { isRegionPart, loadBySubtree } from '../../../pipeline/subtrees.js';
import { planCompile } from '../../../pipeline/plan.js';
import type { Artifact } from '../../../core/output/artifact.js';
import { planShards, type ShardPlan, type ShardSpec } from '../../../core/output/shards.js';
import { hashOf } from '../../../core/util/hash.js';
import { loadSiteFrame, siteFrameFingerprint } from '../../../pipeline/site-frame.js';
import type { ChannelStyle } from '../../../render/xlsx/index.js';
import { reportToStderr } from '../../diagnostics-output.js';
import { faultReason } from '../../environment-fault.js';
import { InputError, UsageError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { openOrExplain, type OpenOutputResult } from '../../open-output.js';
import { startProgress } from '../../progress.js';
import { writeReportBeside } from './report-beside.js';
import { toolInfo } from '../../tool.js';
import { printSummary } from './summary.js';
import { compileMessages, shardProblemText } from './messages.js';
import { sharedMessages } from '../../messages.js';

export interface CompileOptions {
  folder: string;
  out: string;
  /** Publish the outputs despite errors. */
  force: boolean;
  /** Replace a non-empty folder that is not an earlier gkml output. */
  replace?: boolean;
  failOn: FailOn;
  /** The date of the data printed in the workbooks (YYYY-MM-DD); today by default. */
  date?: string;
  channels: ChannelStyle;
  /** Render only this shard's subtrees (and what every shard renders): `--shard K/N`. */
  shard?: ShardSpec;
  /** Put the outputs of `--shard 1/N` … `N/N` together instead of compiling: `--from-shards`. */
  fromShards?: string[];
}

export async function run(options: CompileOptions, io: CliIo): Promise<ExitCode> {
  const folder = resolve(io.cwd, options.folder);
  const out = resolve(io.cwd, options.out);
  const root = (await isFolder(folder)) ? findRoot(folder) : undefined;
  if (root === undefined) throw new InputError(compileMessages.notARepository(options.folder));
  await checkOutput(root, out, options);
  const opened = await openOrExplain(out, options.out, options.replace === true, 'compile', io);
  try {
    return await compileInto(root, opened, options, io);
  } finally {
    await opened.close();
  }
}

/** The compile proper, with the output folder opened and locked. */
async function compileInto(
  root: string,
  opened: OpenOutputResult,
  options: CompileOptions,
  io: CliIo,
): Promise<ExitCode> {
  const out = opened.path;
  if (options.fromShards !== undefined) return assemble(options, options.fromShards, out, io);
  const date = options.date ?? io.today;
  const tool = toolInfo();
  // Everything an output depends on besides the files: a change to any of them rebuilds.
  const frameHash = await siteFrameFingerprint(root);
  const settings = [
    frameHash,
    tool.version,
    // The build, not only its version: another build of gkml (a developer's, or a release that kept
    // its number) renders again instead of calling an output made by the old one unchanged.
    fileCacheKey(),
    date,
    io.today,
    options.channels,
    io.lang,
    options.failOn,
    String(options.force),
  ];
  // Paths inside the outputs are relative to the repository root, wherever gkml runs from.
  const inputs = await hashCompileInputs(root, root, settings);
  const previous = opened.previous;
  const { shard } = options;
  // A shard's output remembers which shard it is, so that a rerun as another shard is not "unchanged".
  const fingerprint = shard
    ? hashOf(inputs.fingerprint, 'shard', String(shard.index), String(shard.count))
    : inputs.fingerprint;
  if (previous?.inputs === fingerprint && manifestIntact(out, previous)) {
    const summary = await readCompileSummary(out);
    if (summary) {
      io.stderr.write(`${compileMessages.unchanged[io.lang]}\n`);
      printSummary(io, options.out, summary);
      return summary.exitCode;
    }
  }

  // What parsing and checking each file found last time (io/file-cache), and what merging each
  // region found, by a key of its files and those above it: beside the output, never in it.
  const caches = CacheFolder.open(outputCachePath(out), fileCacheKey(), isRegionPart);
  const fileCache = caches.fileCache;
  const regionCache = caches.regionCache;
  // One subtree merged at a time: a province's merged catalogs do not fit in memory together.
  const loaded = await loadBySubtree(root, {
    cwd: root,
    today: io.today,
    registers: true,
    fileCache,
    fileHashes: inputs.hashes,
    walked: inputs.walked,
    cache: {
      regions: regionCache,
      hashes: inputs.hashes,
      build: fileCacheKey(),
      pinyin: caches.pinyin,
    },
  });
  const repository = loaded.repository;
  const model = repository?.hollow;
  // The portal's frame: its logo and replacement partials (gkml.yaml `site`).
  const frame = await loadSiteFrame(root, model?.site, root);
  const diagnostics = sortDiagnostics([...loaded.diagnostics, ...frame.diagnostics]);
  // Errors and warnings on the terminal, located from the working folder; every finding, infos
  // included, is in report.html.
  const onTerminal = (file: string) =>
    file.startsWith(BUNDLED_PREFIX) ? file : displayPath(resolve(root, file), io.cwd);
  const shown = diagnostics
    .filter((d) => d.severity !== 'info')
    .map((d): Diagnostic => (d.file === undefined ? d : { ...d, file: onTerminal(d.file) }));
  reportToStderr(io, shown, loaded.files.map(onTerminal));
  const code = exitCode(diagnostics, options.failOn);
  const errors = tally(diagnostics).errors;
  if (!repository || !model || code === 2 || (errors > 0 && !options.force)) {
    io.stderr.write(`gkml: ${compileMessages.stopped(errors)[io.lang]}\n`);
    return code === 0 ? 1 : code;
  }
  if (model.regions.length === 0) throw new InputError(sharedMessages.noRegions(options.out));

  const planned = planCompile({
    model,
    coverage: repository.coverage,
    subtrees: repository,
    diagnostics,
    files: loaded.files,
    inputs,
    inputSettings: settings,
    frame,
    settings: { date, channels: options.channels, lang: io.lang, tool, frame: frameHash },
    exitCode: code,
    ...(previous ? { previous: previous.artifacts } : {}),
  });
  const { summary, input } = planned;
  const artifacts = shard
    ? inShard(planned.artifacts, planShards(model.regions, shard.count), shard)
    : planned.artifacts;
  const progress = startProgress(io, artifacts.length, compileMessages.building);
  const built = await buildOutput(out, artifacts, {
    command: 'compile',
    previous,
    inputs: fingerprint,
    ...(shard ? { shard: { ...shard, inputs: inputs.fingerprint } } : {}),
    onProgress: (done) => {
      progress.update(done);
    },
  }).finally(() => {
    progress.stop();
  });
  // A private report is still written, beside the site rather than in it.
  if (!input.publicReport) await writeReportBeside(out, input);
  await keepCaches(() => caches.save(), options.out, io);
  printSummary(io, options.out, summary, built);
  return code;
}

/** A region's artifacts in its subtree's shard; the rest (repository-wide, above the subtrees) in all. */
function inShard(artifacts: readonly Artifact[], plan: ShardPlan, shard: ShardSpec): Artifact[] {
  return artifacts.filter((artifact) => {
    const owner = artifact.region === undefined ? undefined : plan.shardOf.get(artifact.region);
    return owner === undefined || owner === shard.index;
  });
}

/** `--from-shards`: the shards' outputs into one, equal to a one-machine compile. */
async function assemble(
  options: CompileOptions,
  shards: readonly string[],
  out: string,
  io: CliIo,
): Promise<ExitCode> {
  const read = await readShardOutputs(shards.map((dir) => resolve(io.cwd, dir)));
  const show = (dir: string) => displayPath(dir, io.cwd);
  if (!read.ok) throw new InputError(shardProblemText(read.problem, show));
  const summary = await readCompileSummary(read.first);
  if (!summary) {
    throw new InputError(shardProblemText({ kind: 'not-a-shard', dir: read.first }, show));
  }
  const built = await buildOutput(out, read.artifacts, { command: 'compile', inputs: read.inputs });
  // The caches of shard 1 (each shard read and merged the whole repository), where they are still
  // beside it, serve the next compile.
  const caches = CacheFolder.open(outputCachePath(out), fileCacheKey(), isRegionPart);
  await keepCaches(() => caches.carry(outputCachePath(read.first)), options.out, io);
  printSummary(io, options.out, summary, built);
  return summary.exitCode;
}

/**
 * Writes the caches for the next compile once the output is in place. Caches that cannot be written
 * (a full disk) cost the next compile time, not this one its output: a note, not a failure.
 */
async function keepCaches(save: () => Promise<void>, shownOut: string, io: CliIo): Promise<void> {
  await save().catch((error: unknown) => {
    const reason = faultReason(error)?.[io.lang] ?? String(error);
    const folder = outputCachePath(shownOut);
    io.stderr.write(`gkml: ${compileMessages.cacheUnsaved(folder, reason)[io.lang]}\n`);
  });
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() === true;
}

/**
 * The output is replaced whole: never the repository, a folder in it or holding it. Compared by
 * path segments (`repo/..out` is inside `repo`), and through a symlinked --out to its target.
 */
async function checkOutput(root: string, out: string, options: CompileOptions): Promise<void> {
  const real = await realOutput(out);
  const realRoot = await realpath(root);
  for (const [path, repository] of [
    [out, root],
    [real, realRoot],
  ] as const) {
    if (inside(repository, path)) throw new UsageError(compileMessages.outInsideInput(options.out));
    if (inside(path, repository)) throw new UsageError(compileMessages.outHoldsInput(options.out));
  }
}

/** The output's real path: its nearest existing ancestor resolved, the rest appended. */
async function realOutput(out: string): Promise<string> {
  const real = await realpath(out).catch(() => undefined);
  if (real !== undefined) return real;
  const parent = dirname(out);
  return parent === out ? out : resolve(await realOutput(parent), basename(out));
}
