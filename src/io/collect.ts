/** Turning command-line paths (files, folders, globs) into a sorted list of YAML files. */
import { realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import { findRoot } from './layout.js';

export interface Collected {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Arguments that named nothing. */
  missing: string[];
  /**
   * Files found through a link that leads outside their repository (or, outside any repository,
   * outside the folder named): not read, so that a link to a secret never reaches a log.
   */
  outside: { path: string; target: string }[];
}

/** Folders never searched: tools' and version control's own files. */
const IGNORED = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/.gkml-cache/**'];

export async function collectYamlFiles(args: readonly string[], cwd: string): Promise<Collected> {
  const files = new Map<string, string>();
  const missing: string[] = [];
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) {
      files.set(path, dirname(path));
    } else if (info?.isDirectory()) {
      // suppressErrors: false makes an unreadable folder an error instead of a silent gap.
      const found = await fg('**/*.{yaml,yml}', {
        cwd: path,
        absolute: true,
        ignore: IGNORED,
        suppressErrors: false,
      });
      for (const file of found) files.set(resolve(file), path);
    } else if (fg.isDynamicPattern(arg)) {
      const found = await fg(fg.convertPathToPattern(cwd) + '/' + arg.replaceAll('\\', '/'), {
        absolute: true,
        ignore: IGNORED,
      });
      if (found.length === 0) missing.push(arg);
      for (const file of found) files.set(resolve(file), dirname(resolve(file)));
    } else {
      missing.push(arg);
    }
  }
  const kept: string[] = [];
  const outside: Collected['outside'] = [];
  const boundaries = new Map<string, string>();
  for (const [file, base] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const start = dirname(file);
    let boundary = boundaries.get(`${start}\0${base}`);
    if (boundary === undefined) {
      boundary = realpathOr(findRoot(start) ?? base, base);
      boundaries.set(`${start}\0${base}`, boundary);
    }
    // Synchronous: the same realpath(3) as the promise, without a trip through the thread pool per
    // file (45,000 awaited calls took 1.4 s of a 26-domain province's validate; these take 0.1 s).
    const target = realpathOr(file, file);
    if (isInside(boundary, target)) kept.push(file);
    else outside.push({ path: file, target });
  }
  return { files: kept, missing, outside };
}

function realpathOr(path: string, fallback: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return fallback;
  }
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The path to show a user: relative to the working folder, with forward slashes. */
export function displayPath(path: string, cwd: string): string {
  // Most paths lie under the working folder: cut the prefix rather than ask path.relative, which
  // resolves both paths again each time (thousands of files, several times each).
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep;
  const shown =
    normalised(path) && normalised(cwd) && path.startsWith(prefix) && path.length > prefix.length
      ? path.slice(prefix.length)
      : isAbsolute(path)
        ? relative(cwd, path)
        : path;
  const posix = sep === '/' ? shown : shown.split(sep).join('/');
  return posix === '' ? '.' : posix;
}

/**
 * A "." or ".." segment, or a doubled separator. A segment that only starts with a dot (`.work`,
 * `.github`) is a name like any other: taking it for "." sent every path under such a folder through
 * path.relative (0.2 s per pass over a 26-domain province's 45,000 files).
 */
const UNNORMAL =
  sep === '/' ? /(?:^|\/)\.\.?(?:\/|$)|\/\// : /(?:^|[\\/])\.\.?(?:[\\/]|$)|[\\/][\\/]/;

/** A path path.relative would leave as it is. */
function normalised(path: string): boolean {
  return !UNNORMAL.test(path);
}
