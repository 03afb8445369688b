/** Output folders as data, for comparing builds. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deserialize } from 'node:v8';
import { outputCachePath } from '../../src/io/cache-folder.js';

/** Where `built` puts the caches kept beside an output. */
const CACHES = '(caches)/';

/** Every file under `folder`: relative path → base64 bytes. */
export function tree(folder: string, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const shown = prefix + relative(folder, path);
      if (entry.isDirectory()) walk(path);
      else out.set(shown, contentOf(shown, readFileSync(path)));
    }
  };
  walk(folder);
  return out;
}

/**
 * What a compile into `out` leaves: the output's files, and the caches kept beside it
 * (`<out>.gkml-cache/current/`, shown under `(caches)/`). The caches' parts are compared by what they
 * hold: V8's serializer writes the same string in one or two bytes per character depending on where
 * it came from (a slice of a file's text or a part read back), so equal caches need not be equal
 * bytes. The positions an entry keeps (`spans`, `lines`) are left out: they are the answers earlier
 * runs asked for, so they depend on the history of the folder; test/cli/compile-file-cache.test.ts
 * checks each against a fresh parse instead.
 */
export function built(out: string): Map<string, string> {
  const files = tree(out);
  const caches = join(outputCachePath(out), 'current');
  if (existsSync(caches)) for (const entry of tree(caches, CACHES)) files.set(...entry);
  return files;
}

/** Every folder under `folder` (relative paths, sorted): trees compare as folders too. */
export function folders(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      out.push(relative(folder, join(dir, entry.name)));
      walk(join(dir, entry.name));
    }
  };
  walk(folder);
  return out.sort();
}

/** The paths whose bytes differ between two trees (or that only one has). */
export function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => a.get(path) !== b.get(path)).sort();
}

/** Leftovers of a build beside `out`: temporary folders, moved-aside outputs, locks. */
export function leftovers(parent: string): string[] {
  return readdirSync(parent).filter((name) => /\.gkml-(?:tmp|old|lock)/u.test(name));
}

function contentOf(path: string, bytes: Buffer): string {
  if (!path.startsWith(CACHES)) return bytes.toString('base64');
  try {
    const held: unknown = path.startsWith(`${CACHES}regions/`)
      ? deserialize(bytes)
      : filePart(bytes);
    return JSON.stringify(held, (key, value: unknown) =>
      key === 'spans' || key === 'lines' ? undefined : value === undefined ? '(undefined)' : value,
    );
  } catch {
    return `unreadable ${bytes.toString('base64')}`;
  }
}

/**
 * What a part of the file cache holds: its header (the length and hash of its catalogs' bytes left
 * out, for the reason above) and its catalogs (src/io/file-cache/store.ts).
 */
function filePart(bytes: Buffer): unknown {
  const start = 4 + bytes.readUInt32LE(0);
  const header: unknown = deserialize(bytes.subarray(4, start));
  if (typeof header !== 'object' || header === null) throw new Error('not a part');
  const catalogs: unknown = deserialize(bytes.subarray(start));
  return { ...header, data: undefined, catalogs };
}
