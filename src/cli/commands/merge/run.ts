/**
 * `gkml merge [folder]`: the effective catalogs of a region (every region when the folder is the
 * repository root) as YAML or JSON, or `--explain`ed field by field. Diagnostics go to stderr.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import {
  exitCode,
  type Diagnostic,
  type ExitCode,
  type FailOn,
} from '../../../core/diagnostics/index.js';
import type { RegionModel, RepositoryModel } from '../../../core/model/effective.js';
import { loadRepository } from '../../../pipeline/load-repository.js';
import { explainCatalogs } from '../../../render/merge/explain.js';
import { mergeDocument } from '../../../render/merge/document.js';
import { reportToStderr } from '../../diagnostics-output.js';
import { domainArgument } from '../../domain-arg.js';
import { UsageError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { mergeMessages } from './messages.js';
import { sharedMessages } from '../../messages.js';

export const MERGE_FORMATS = ['yaml', 'json', 'text'] as const;
export type MergeFormat = (typeof MERGE_FORMATS)[number];

export interface MergeOptions {
  /** A region folder, the repository root, or a folder inside the repository. */
  folder: string;
  /** A domain id, Chinese name or alias; all the region's domains when absent. */
  domain?: string;
  /** yaml by default; text (the explanation) by default with `explain`. */
  format?: MergeFormat;
  /** Say where every value came from. */
  explain: boolean;
  /** The lowest severity that makes the exit code 1 (error by default). */
  failOn?: FailOn;
}

export async function run(options: MergeOptions, io: CliIo): Promise<ExitCode> {
  if (!existsSync(resolve(io.cwd, options.folder))) {
    throw new UsageError(sharedMessages.pathsMissing([options.folder]));
  }
  const domain = options.domain === undefined ? undefined : domainArgument(options.domain);
  const format = options.format ?? (options.explain ? 'text' : 'yaml');
  if (format === 'text' && !options.explain) throw new UsageError(mergeMessages.textNeedsExplain);

  const loaded = await loadRepository(options.folder, { cwd: io.cwd, today: io.today });
  const model = loaded.model;
  const diagnostics = model
    ? ofDomain(model, relevant(model, loaded.diagnostics), domain)
    : loaded.diagnostics;
  reportToStderr(io, diagnostics, loaded.files);
  if (model) {
    const regions = selectedRegions(model).map((region) => ({
      region,
      catalogs: region.catalogs.filter((c) => domain === undefined || c.domain === domain),
    }));
    io.stdout.write(render(model, regions, format, options.explain, io));
  }
  return exitCode(diagnostics, options.failOn ?? 'error');
}

/**
 * The diagnostics that concern the requested region: its own files, its ancestors', and those of
 * no region (gkml.yaml, the baselines). A sub-region's or a sibling's problems are not its own.
 */
function relevant(model: RepositoryModel, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const requested = model.regions.find((region) => region.ref.code === model.requested);
  if (!requested) return [...diagnostics];
  const chain = new Set(chainOf(model, requested).map((region) => region.ref.path));
  const folders = model.regions.map((region) => region.ref.path);
  return diagnostics.filter((d) => {
    const owner = ownerFolder(d.file ?? '', folders);
    return owner === undefined || chain.has(owner);
  });
}

/**
 * With `--domain`, the diagnostics of that domain's catalog files (any layer's) and of files that
 * are no catalog (region.yaml, gkml.yaml): not the other domains' warnings.
 */
function ofDomain(
  model: RepositoryModel,
  diagnostics: readonly Diagnostic[],
  domain: string | undefined,
): Diagnostic[] {
  if (domain === undefined) return [...diagnostics];
  const domainOf = new Map<string, string>();
  for (const baseline of model.national) domainOf.set(baseline.file, baseline.domain);
  for (const region of model.regions) {
    for (const catalog of region.catalogs) domainOf.set(catalog.file, catalog.domain);
  }
  return diagnostics.filter((d) => {
    const owner = d.file === undefined ? undefined : domainOf.get(d.file);
    return owner === undefined || owner === domain;
  });
}

/** The deepest region folder holding `file`. */
function ownerFolder(file: string, folders: readonly string[]): string | undefined {
  let owner: string | undefined;
  for (const folder of folders) {
    const prefix = folder === '.' ? '' : `${folder}/`;
    if (file.startsWith(prefix) && (owner === undefined || folder.length > owner.length)) {
      owner = folder;
    }
  }
  return owner;
}

/** The requested region, or every region when the folder is not inside one. */
function selectedRegions(model: RepositoryModel): RegionModel[] {
  if (model.requested === undefined) return model.regions;
  return model.regions.filter((region) => region.ref.code === model.requested);
}

function render(
  model: RepositoryModel,
  regions: { region: RegionModel; catalogs: RegionModel['catalogs'] }[],
  format: MergeFormat,
  explain: boolean,
  io: CliIo,
): string {
  if (format === 'text') {
    return regions
      .map(({ region, catalogs }) =>
        explainCatalogs(region, chainOf(model, region), catalogs, io.lang),
      )
      .join('\n');
  }
  const document = mergeDocument(regions, { provenance: explain, example: model.example });
  return format === 'json'
    ? `${JSON.stringify(document, null, 2)}\n`
    : stringify(document, { lineWidth: 0 });
}

/** The region and the regions above it, top-down. */
function chainOf(model: RepositoryModel, region: RegionModel): RegionModel[] {
  const byCode = new Map(model.regions.map((r) => [r.ref.code, r]));
  const chain: RegionModel[] = [];
  for (let current: RegionModel | undefined = region; current;) {
    chain.unshift(current);
    current = current.ref.parent === undefined ? undefined : byCode.get(current.ref.parent);
  }
  return chain;
}
