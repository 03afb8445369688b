/**
 * Writes a rendered site into its output folder: only files whose bytes changed are rewritten (each
 * atomically), files of the previous build that are gone are removed, and a small manifest marks the
 * folder as a gkml site, so that a later run may update it and nothing else.
 */
import { readFile, readdir, rm, rmdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SITE_MANIFEST as MANIFEST } from '../core/output/site-manifest.js';
import { isRecord } from '../core/util/json.js';
import { writeFileAtomic } from './write-atomic.js';
import { mapLimited } from './load-units.js';

export interface SiteManifest {
  generator: 'gkml site';
  format: 1;
  /** Every file of the site, sorted (the manifest itself excluded). */
  files: string[];
}

export type OutputState =
  | { kind: 'missing' | 'empty' }
  | { kind: 'site'; manifest: SiteManifest }
  | { kind: 'foreign' | 'not-a-folder' };

/** What the output folder holds now: nothing, a previous gkml site, or something else. */
export async function inspectOutput(out: string): Promise<OutputState> {
  const info = await stat(out).catch(() => undefined);
  if (!info) return { kind: 'missing' };
  if (!info.isDirectory()) return { kind: 'not-a-folder' };
  const manifest = await readManifest(out);
  if (manifest) return { kind: 'site', manifest };
  return (await readdir(out)).length === 0 ? { kind: 'empty' } : { kind: 'foreign' };
}

async function readManifest(out: string): Promise<SiteManifest | undefined> {
  const text = await readFile(join(out, MANIFEST), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!isRecord(parsed) || parsed.generator !== 'gkml site' || !Array.isArray(parsed.files)) {
      return undefined;
    }
    // Only paths this writer could have written: a hand-edited manifest must not delete elsewhere.
    const files = parsed.files.filter((f): f is string => typeof f === 'string' && isSitePath(f));
    return { generator: 'gkml site', format: 1, files };
  } catch {
    return undefined;
  }
}

/** A relative posix path that stays inside the output folder. */
export function isSitePath(path: string): boolean {
  return (
    path.length > 0 &&
    !path.startsWith('/') &&
    !path.includes('\\') &&
    !path.includes('\0') &&
    path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..')
  );
}

export interface SiteWriteResult {
  written: string[];
  unchanged: string[];
  removed: string[];
}

/**
 * Writes `files` (text as UTF-8, or bytes such as workbooks) into `out`; `previous` is the manifest
 * found there, if any.
 */
export async function writeSite(
  out: string,
  files: ReadonlyMap<string, string | Uint8Array>,
  previous?: SiteManifest,
): Promise<SiteWriteResult> {
  const result: SiteWriteResult = { written: [], unchanged: [], removed: [] };
  const paths = [...files.keys()].sort();
  for (const path of paths) {
    if (!isSitePath(path) || path === MANIFEST) throw new Error(`not a site path: ${path}`);
  }
  const changed = await mapLimited(paths, 16, async (path) => {
    const data = files.get(path) ?? '';
    const content = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
    const before = await readFile(join(out, path)).catch(() => undefined);
    if (before?.equals(content)) return false;
    await writeFileAtomic(join(out, path), content);
    return true;
  });
  paths.forEach((path, index) => (changed[index] ? result.written : result.unchanged).push(path));

  const current = new Set(paths);
  for (const path of previous?.files ?? []) {
    if (current.has(path)) continue;
    await rm(join(out, path), { force: true });
    result.removed.push(path);
    await removeEmptyFolders(out, dirname(path));
  }

  const manifest: SiteManifest = { generator: 'gkml site', format: 1, files: paths };
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  const before = await readFile(join(out, MANIFEST), 'utf8').catch(() => undefined);
  if (before !== text) await writeFileAtomic(join(out, MANIFEST), text);
  return result;
}

/** Removes `folder` and its parents inside `out` while they are empty. */
async function removeEmptyFolders(out: string, folder: string): Promise<void> {
  for (let current = folder; current !== '.' && current !== ''; current = dirname(current)) {
    const entries = await readdir(join(out, current)).catch(() => undefined);
    if (entries === undefined || entries.length > 0) return;
    await rmdir(join(out, current)).catch(() => undefined);
  }
}
