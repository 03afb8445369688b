/**
 * Loading a region repository: find its root (gkml.yaml), read and validate the national baselines
 * and every region folder, then merge them top-down (core/merge). One call gives every command
 * the merged model and every diagnostic, located.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics/index.js';
import { diagnostic, sortDiagnostics } from '../core/diagnostics/index.js';
import type { RegisterUnit } from '../core/documents/index.js';
import { joinRegisters } from '../core/documents/repository.js';
import { mergeRepository, type RepositoryInput } from '../core/merge/index.js';
import type { RepositoryModel } from '../core/model/effective.js';
import { displayPath } from '../io/collect.js';
import type { FileCache } from '../io/file-cache/store.js';
import { fileKind, PROJECT_FILES, findRoot, regionFileFrom } from '../io/layout.js';
import { officialCalendar } from '../io/official-calendar.js';
import { nationalFiles, type NationalSource } from './national.js';
import { readsPart, repositoryParts, type PartSpec, type RepositoryParts } from './parts.js';
import { regionInputs } from './region-inputs.js';
import { repositoryFiles, type RepositoryFiles } from '../io/repository-files.js';
import { validateFiles } from './validate.js';

export interface LoadRepositoryOptions {
  /** Paths are shown relative to this folder. */
  cwd: string;
  /** Today's date (YYYY-MM-DD), for date-dependent rules. */
  today: string;
  /** Files larger than this many bytes are reported, not parsed. */
  maxBytes?: number;
  /**
   * Read the document registers (documents.yaml) too, check them and attach them to their regions:
   * for compile, site and review. Commands about catalogs alone (merge, diff, export) skip them.
   */
  registers?: boolean;
  /** Reuse and keep what parsing and checking each file found (compile; see io/file-cache). */
  fileCache?: FileCache;
  /**
   * The content hash of each file, taken already (compile hashes its inputs first), by display
   * path: a file the cache holds under that hash is not read again.
   */
  fileHashes?: ReadonlyMap<string, string>;
  /**
   * The repository's files, walked already from its root (compile lists them to hash them): not
   * walked again, unless the national baselines lie inside the repository (the load leaves them out).
   */
  walked?: RepositoryFiles;
  /**
   * Read only these parts' subtrees, and what lies above them (see parts.ts): for validate's
   * threads, each of which checks one part, and for validate of paths in a few subtrees.
   */
  part?: PartSpec;
}

export interface LoadedRepository {
  /** Undefined only when there is no repository to merge (see the fatal diagnostics). */
  model: RepositoryModel | undefined;
  /** Every diagnostic of reading, validating and merging, sorted. */
  diagnostics: Diagnostic[];
  /** Display paths of the files read (national baselines included), sorted. */
  files: string[];
}

/**
 * Loads the repository that `folder` (a region folder, the root, or any folder inside) belongs to.
 * The model holds every region of the repository; `model.requested` names the one `folder` is in.
 */
export async function loadRepository(
  folder: string,
  options: LoadRepositoryOptions,
): Promise<LoadedRepository> {
  const read = await readRepository(folder, options);
  const files = [...read.files].sort();
  if (!read.input)
    return { model: undefined, diagnostics: sortDiagnostics(read.diagnostics), files };
  const merged = mergeRepository(read.input);
  const calendar = read.registers.length > 0 ? officialCalendar() : undefined;
  const joined = calendar
    ? joinRegisters(merged.model, read.registers, { calendar, today: options.today })
    : { model: merged.model, diagnostics: [] };
  return {
    model: joined.model,
    diagnostics: sortDiagnostics([
      ...read.diagnostics,
      ...merged.diagnostics,
      ...joined.diagnostics,
    ]),
    files,
  };
}

export interface ReadRepository {
  input?: RepositoryInput;
  /** The document registers read, checked on their own (their item rules need the merge). */
  registers: RegisterUnit[];
  /** Absolute path of the repository root, when one was found. */
  root?: string;
  diagnostics: Diagnostic[];
  /** Display paths of the files read. */
  files: string[];
  /** With `part`: how the repository was cut. */
  parts?: RepositoryParts;
}

/** The files of a repository read and validated, ready to merge (init adds a region to it). */
export async function readRepository(
  folder: string,
  options: LoadRepositoryOptions,
): Promise<ReadRepository> {
  const start = await startFolder(resolve(options.cwd, folder));
  const root = start === undefined ? undefined : findRoot(start);
  if (start === undefined || root === undefined) {
    const args = { folder: displayPath(resolve(options.cwd, folder), options.cwd) };
    return {
      diagnostics: [diagnostic('repository-not-found', args, { file: args.folder })],
      files: [],
      registers: [],
    };
  }
  const projectPath = PROJECT_FILES.map((name) => join(root, name)).find((p) => existsSync(p));
  const national = await nationalFiles(root, projectPath, options);
  if (!national.ok) return { root, diagnostics: national.diagnostics, files: [], registers: [] };
  const walked =
    options.walked && !national.folder.inside
      ? options.walked
      : await repositoryFiles(root, {
          cwd: options.cwd,
          ...(national.folder.inside ? { exclude: [national.folder.path] } : {}),
        });
  // The fast parser reads the data; precise positions are parsed per file as the merge needs them
  // (a province's syntax trees would not fit in memory together).
  const parts = options.part && repositoryParts(walked.files, options.part.count);
  const inPart = (file: string): boolean => {
    if (!parts || !options.part || fileKind(file) === 'region') return true;
    return readsPart(options.part, parts.partOfFile(file));
  };
  const files = walked.files.filter(
    (file) => (options.registers === true || fileKind(file) !== 'documents') && inPart(file),
  );
  const cache = options.fileCache && {
    cache: options.fileCache,
    scope: 'repository',
    ...(options.fileHashes ? { hashes: options.fileHashes } : {}),
  };
  const validation = await validateFiles(files, {
    ...options,
    quick: true,
    ...(cache && { cache }),
  });
  const units = validation.units;
  const project = units.projects.find(
    (unit) => unit.source.file === displayPath(projectPath ?? '', options.cwd),
  );
  const regions = regionInputs(units, options.cwd);
  const requested = regionFileFrom(start);
  const input: RepositoryInput = {
    root: displayPath(root, options.cwd),
    example: project?.project.example === true,
    ...(project?.project.site ? { site: project.project.site } : {}),
    nationalPath: national.folder.display,
    national: national.catalogs,
    ...(national.unread.length > 0 ? { nationalUnread: national.unread } : {}),
    regions: regions.inputs,
    ...(requested ? { requestedFile: displayPath(requested, options.cwd) } : {}),
  };
  return {
    input,
    registers: units.registers,
    root,
    ...(parts ? { parts } : {}),
    files: [...national.catalogs.map((file) => file.source.file), ...validation.files],
    diagnostics: [
      ...national.diagnostics,
      ...walked.diagnostics,
      ...validation.diagnostics,
      ...regions.diagnostics,
    ],
  };
}

/** The folder to start from: the folder itself, or the folder of a file. */
async function startFolder(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return undefined;
  return info.isDirectory() ? path : dirname(path);
}

export type { NationalSource };
