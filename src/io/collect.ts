/** Turning command-line paths (files, folders, globs) into a sorted list of YAML files. */
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';

export interface Collected {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Arguments that named nothing. */
  missing: string[];
}

/** Folders never searched: tools' and version control's own files. */
const IGNORED = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/.gkml-cache/**'];

export async function collectYamlFiles(args: readonly string[], cwd: string): Promise<Collected> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) {
      files.add(path);
    } else if (info?.isDirectory()) {
      // suppressErrors: false makes an unreadable folder an error instead of a silent gap.
      const found = await fg('**/*.{yaml,yml}', {
        cwd: path,
        absolute: true,
        ignore: IGNORED,
        suppressErrors: false,
      });
      for (const file of found) files.add(resolve(file));
    } else if (fg.isDynamicPattern(arg)) {
      const found = await fg(fg.convertPathToPattern(cwd) + '/' + arg.replaceAll('\\', '/'), {
        absolute: true,
        ignore: IGNORED,
      });
      if (found.length === 0) missing.push(arg);
      for (const file of found) files.add(resolve(file));
    } else {
      missing.push(arg);
    }
  }
  return { files: [...files].sort(), missing };
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

/** No "." or ".." segments, no doubled separators: a path path.relative would leave as it is. */
function normalised(path: string): boolean {
  return !path.includes(`${sep}.`) && !path.includes(`${sep}${sep}`);
}
