/**
 * Reading the repositories `gkml diff` compares: the current one, and for a version diff the old
 * one (a second folder, or a git ref read without a checkout). Bad input (no repository, no git,
 * an unknown ref) is an InputError: exit 2 with a sentence that says what is wrong.
 */
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../../../core/diagnostics/index.js';
import { describe } from '../../../core/diagnostics/index.js';
import { subtree, versionDiff } from '../../../core/diff/index.js';
import type { DomainId } from '../../../core/vocabulary/domains.js';
import type { RepositoryModel } from '../../../core/model/effective.js';
import type { Item } from '../../../core/model/item.js';
import { displayPath } from '../../../io/collect.js';
import { copyCommit } from '../../../io/git-tree.js';
import { gitTopLevel, resolveCommit } from '../../../io/git.js';
import type { DiffResult } from '../../../render/diff/index.js';
import { InputError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import type { DiffOptions } from './options.js';
import { diffMessages } from './messages.js';

/** A repository as diff needs it: merged, with the baselines it was merged on. */
export interface LoadedForDiff {
  model: RepositoryModel;
  /** Every problem met while reading, validating and merging, sorted. */
  diagnostics: Diagnostic[];
  /** Code of the region whose folder was named; absent for the repository root. */
  requested?: string;
  /** The national baselines' items, by domain. */
  baselines: ReadonlyMap<DomainId, readonly Item[]>;
}

export interface LoadOptions {
  cwd: string;
  today: string;
  maxBytes?: number;
}

/** What diff needs from the repository loader (io/repository), injected so tests can fake it. */
export interface DiffDeps {
  /** Loads and merges the repository `folder` is in; no model when there is none to merge. */
  load(
    folder: string,
    options: LoadOptions,
  ): Promise<Omit<LoadedForDiff, 'model'> & { model: RepositoryModel | undefined }>;
  /** The repository root (the folder with gkml.yaml) at or above an absolute folder. */
  findRoot(folder: string): string | undefined;
}

async function folderOf(path: string): Promise<string> {
  return (await stat(path).catch(() => undefined))?.isDirectory() === true ? path : dirname(path);
}

/** Loads the repository of `folder`, or says why there is none to compare. */
export async function loadOrFail(
  deps: DiffDeps,
  folder: string,
  io: CliIo,
  maxBytes?: number,
): Promise<LoadedForDiff> {
  const path = resolve(io.cwd, folder);
  if (deps.findRoot(await folderOf(path)) === undefined) {
    throw new InputError(diffMessages.notARepository(displayPath(path, io.cwd)));
  }
  const loaded = await deps.load(folder, { cwd: io.cwd, today: io.today, maxBytes });
  if (loaded.model) return { ...loaded, model: loaded.model };
  const first = loaded.diagnostics.find((d) => d.severity === 'error');
  const reason = first ? describe(first, io.lang).message : '';
  throw new InputError({
    zh: `${diffMessages.notARepository(displayPath(path, io.cwd)).zh}${reason}`,
    en: `${diffMessages.notARepository(displayPath(path, io.cwd)).en} ${reason}`.trimEnd(),
  });
}

/** The regions a folder names: its region and those below it; all for the repository root. */
export function requestedRegions(
  model: RepositoryModel,
  requested: string | undefined,
): Set<string> | undefined {
  return requested === undefined ? undefined : subtree(model.regions, requested);
}

interface Scope {
  domains?: ReadonlySet<DomainId>;
  maxBytes?: number | undefined;
}

export async function versionResult(
  options: DiffOptions,
  io: CliIo,
  deps: DiffDeps,
  scope: Scope,
): Promise<{ result: DiffResult; current: LoadedForDiff }> {
  const [first, second] = options.folders;
  let old: LoadedForDiff | undefined;
  let current: LoadedForDiff;
  let from: string;
  let to: string;
  if (options.base === undefined) {
    old = await loadOrFail(deps, first ?? '.', io, scope.maxBytes);
    current = await loadOrFail(deps, second ?? '.', io, scope.maxBytes);
    [from, to] = [first ?? '.', second ?? '.'];
  } else {
    // Every check of the arguments comes before the (slower) loading.
    const at = await gitCommit(deps, options.base, first ?? '.', io);
    current = await loadOrFail(deps, first ?? '.', io, scope.maxBytes);
    old = await loadAtCommit(deps, at, first ?? '.', io, scope.maxBytes);
    [from, to] = [options.base, diffMessages.workingTree(first ?? '.')[io.lang]];
  }
  if (old && old.diagnostics.some((d) => d.severity === 'error')) {
    io.stderr.write(`gkml: ${diffMessages.diffOldHasErrors(from)[io.lang]}\n`);
  }
  if (!old) io.stderr.write(`gkml: ${diffMessages.diffNoOldRepository(from)[io.lang]}\n`);
  const before = old?.model ?? { ...current.model, regions: [] };
  const wanted = [
    ...(requestedRegions(current.model, current.requested) ?? []),
    ...(old ? (requestedRegions(old.model, old.requested) ?? []) : []),
  ];
  const all = current.requested === undefined;
  const report = versionDiff(before, current.model, {
    ...(scope.domains ? { domains: scope.domains } : {}),
    ...(all ? {} : { regions: new Set(wanted) }),
  });
  return { result: { mode: 'version', report, from, to }, current };
}

/** Checks the folder, the checkout and the ref: each failure is exit 2 with its own message. */
async function gitCommit(
  deps: DiffDeps,
  ref: string,
  folder: string,
  io: CliIo,
): Promise<{ top: string; commit: string }> {
  const path = resolve(io.cwd, folder);
  const start = await folderOf(path);
  if (deps.findRoot(start) === undefined) {
    throw new InputError(diffMessages.notARepository(displayPath(path, io.cwd)));
  }
  // The checkout is found from the folder itself, so the folder is always inside it.
  const top = await gitTopLevel(start);
  if (top === undefined)
    throw new InputError(diffMessages.notAGitCheckout(displayPath(path, io.cwd)));
  const commit = await resolveCommit(top, ref);
  if (commit === undefined) throw new InputError(diffMessages.refNotFound(ref));
  return { top, commit };
}

/** The repository as it was at a commit, or undefined when the commit has none at that folder. */
async function loadAtCommit(
  deps: DiffDeps,
  at: { top: string; commit: string },
  folder: string,
  io: CliIo,
  maxBytes: number | undefined,
): Promise<LoadedForDiff | undefined> {
  const copy = await copyCommit(at.top, at.commit, { cwd: io.cwd, folder, maxBytes }).catch(
    (error: unknown) => {
      throw new InputError(
        diffMessages.gitFailed(error instanceof Error ? error.message : String(error)),
      );
    },
  );
  try {
    if (!copy.found) return undefined;
    const loaded = await deps.load(copy.folder, { cwd: copy.cwd, today: io.today, maxBytes });
    return loaded.model ? { ...loaded, model: loaded.model } : undefined;
  } finally {
    await copy.dispose();
  }
}
