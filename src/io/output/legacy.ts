/**
 * Output folders written before gkml had one writer, each with a manifest of its own: a site's
 * `.gkml-site.json`, an export's `.gkml-export.json`. Such a folder counts as an earlier output
 * (replaced without --replace). An export folder only while it holds nothing but what its manifest
 * lists: the old export shared its folder with other files, and replacing it whole would delete them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isRecord } from '../../core/util/json.js';

const SITE_MANIFEST = '.gkml-site.json';
export const LEGACY_EXPORT_MANIFEST = '.gkml-export.json';

/** The temporary file the old export's atomic writes left when killed: `.<name>.<12 hex>.tmp`. */
const OLD_TEMP = /^\..+\.[0-9a-f]{12}\.tmp$/u;

/** Whether a folder with these entries is the output of an earlier gkml site or export. */
export async function isLegacyOutput(folder: string, entries: readonly string[]): Promise<boolean> {
  if (entries.includes(SITE_MANIFEST)) return true;
  if (!entries.includes(LEGACY_EXPORT_MANIFEST)) return false;
  const listed = await legacyExportFiles(folder);
  return entries.every(
    (entry) => entry === LEGACY_EXPORT_MANIFEST || listed.has(entry) || OLD_TEMP.test(entry),
  );
}

async function legacyExportFiles(folder: string): Promise<Set<string>> {
  try {
    const parsed: unknown = JSON.parse(
      await readFile(join(folder, LEGACY_EXPORT_MANIFEST), 'utf8'),
    );
    const files = isRecord(parsed) ? parsed.files : undefined;
    return new Set(Array.isArray(files) ? files.filter((f) => typeof f === 'string') : []);
  } catch {
    return new Set();
  }
}
