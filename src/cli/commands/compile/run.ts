/**
 * `gkml compile <folder> --out <dir>`: validate → merge → diff → export → site → report, into one
 * output folder built aside and swapped in whole. A rerun with nothing changed stops after hashing
 * the inputs; otherwise only artifacts whose inputs changed are rendered again.
 */
import { readdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { exitCode, tally, type ExitCode, type FailOn } from '../../../core/diagnostics/index.js';
import { hashCompileInputs } from '../../../io/compile-inputs.js';
import { buildOutput } from '../../../io/output/build.js';
import { readManifest } from '../../../io/output/manifest.js';
import { readShardOutputs } from '../../../io/output/shards.js';
import { displayPath } from '../../../io/collect.js';
import { recoverOutput } from '../../../io/output/swap.js';
import { readCompileSummary } from '../../../io/output/summary.js';
import { findRoot } from '../../../io/layout.js';
import { inside } from '../../../io/repository-files.js';
import { analyse } from '../../../pipeline/analyse.js';
import { loadRepository } from '../../../pipeline/load-repository.js';
import { planCompile } from '../../../pipeline/plan.js';
import type { Artifact } from '../../../core/output/artifact.js';
import { planShards, type ShardPlan, type ShardSpec } from '../../../core/output/shards.js';
import { hashOf } from '../../../core/util/hash.js';
import type { ChannelStyle } from '../../../render/xlsx/index.js';
import { reportToStderr } from '../../diagnostics-output.js';
import { InputError, UsageError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { startProgress } from '../../progress.js';
import { compileText } from './text.js';
import { toolInfo } from '../../tool.js';
import { printSummary } from './summary.js';

export interface CompileOptions {
  folder: string;
  out: string;
  /** Write outputs despite errors; replace a folder that is not an earlier compile output. */
  force: boolean;
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
  if (root === undefined) throw new InputError(compileText.notARepository(options.folder));
  await checkOutput(root, out, options);
  if (options.fromShards !== undefined) return assemble(options, options.fromShards, out, io);

  const date = options.date ?? io.today;
  const tool = toolInfo();
  const settings = [
    tool.version,
    date,
    options.channels,
    io.lang,
    options.failOn,
    String(options.force),
  ];
  // A run that was killed may have left its half-built folder beside the output: clear it first.
  await recoverOutput(out);
  const inputs = await hashCompileInputs(root, io.cwd, settings);
  const { shard } = options;
  // A shard's output remembers which shard it is, so that a rerun as another shard is not "unchanged".
  const fingerprint = shard
    ? hashOf(inputs.fingerprint, 'shard', String(shard.index), String(shard.count))
    : inputs.fingerprint;
  if ((await readManifest(out))?.inputs === fingerprint) {
    const summary = await readCompileSummary(out);
    if (summary) {
      io.stderr.write(`${compileText.unchanged[io.lang]}\n`);
      printSummary(io, options.out, summary);
      return summary.exitCode;
    }
  }

  const loaded = await loadRepository(root, { cwd: io.cwd, today: io.today });
  const { model, coverage, diagnostics } = analyse(loaded, { coverage: true });
  // Errors and warnings on the terminal; every finding, infos included, is in report.html.
  const shown = diagnostics.filter((d) => d.severity !== 'info');
  reportToStderr(io, shown, loaded.files);
  const code = exitCode(diagnostics, options.failOn);
  const errors = tally(diagnostics).errors;
  if (!model || !coverage || code === 2 || (errors > 0 && !options.force)) {
    io.stderr.write(`gkml: ${compileText.stopped(errors)[io.lang]}\n`);
    return code === 0 ? 1 : code;
  }

  const planned = planCompile({
    model,
    coverage,
    diagnostics,
    files: loaded.files,
    inputs,
    settings: { date, channels: options.channels, lang: io.lang, tool },
    exitCode: code,
  });
  const { summary } = planned;
  const artifacts = shard
    ? inShard(planned.artifacts, planShards(model.regions, shard.count), shard)
    : planned.artifacts;
  const progress = startProgress(io, artifacts.length, { zh: '生成', en: 'building' });
  const built = await buildOutput(out, artifacts, {
    inputs: fingerprint,
    ...(shard ? { shard: { ...shard, inputs: inputs.fingerprint } } : {}),
    onProgress: (done) => {
      progress.update(done);
    },
  }).finally(() => {
    progress.stop();
  });
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
  if (!read.ok) throw new InputError(compileText.shardProblem(read.problem, show));
  const summary = await readCompileSummary(read.first);
  if (!summary) {
    throw new InputError(compileText.shardProblem({ kind: 'not-a-shard', dir: read.first }, show));
  }
  await recoverOutput(out);
  const built = await buildOutput(out, read.artifacts, { inputs: read.inputs });
  printSummary(io, options.out, summary, built);
  return summary.exitCode;
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() === true;
}

/** The output is replaced whole: never the repository, a folder in it or holding it, or a stranger's. */
async function checkOutput(root: string, out: string, options: CompileOptions): Promise<void> {
  if (inside(root, out)) throw new UsageError(compileText.outInsideInput(options.out));
  if (inside(out, root)) throw new UsageError(compileText.outHoldsInput(options.out));
  const info = await stat(out).catch(() => undefined);
  if (!info) return;
  if (!info.isDirectory()) throw new UsageError(compileText.outNotFolder(options.out));
  if (options.force || (await readManifest(out))) return;
  if ((await readdir(out)).length > 0) throw new UsageError(compileText.outForeign(options.out));
}
