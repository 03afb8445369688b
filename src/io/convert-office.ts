/**
 * Spreadsheets gkml does not read itself (.xls, .et, .ods) converted to .xlsx by LibreOffice
 * (`soffice --headless --convert-to xlsx`) in a temporary folder, when soffice is on the PATH.
 * LibreOffice gets its own temporary profile, so that a running office or a missing home folder
 * does not stop it.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Extensions of the formats converted, lower case with the dot. */
export const CONVERTED_FORMATS = new Set(['.xls', '.et', '.ods']);

/** The format a file needs converting from, by its extension; undefined for .xlsx and others. */
export function formatToConvert(path: string): string | undefined {
  const ext = extname(path).toLowerCase();
  return CONVERTED_FORMATS.has(ext) ? ext : undefined;
}

/** The soffice program on this PATH, if any. */
export function findSoffice(path: string | undefined): string | undefined {
  for (const folder of (path ?? '').split(delimiter)) {
    if (folder === '') continue;
    const candidate = join(folder, 'soffice');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export type Converted =
  { ok: true; path: string; cleanup: () => Promise<void> } | { ok: false; reason: string };

/** Converts with soffice into a temporary folder; the caller removes it with `cleanup`. */
export async function convertToXlsx(soffice: string, file: string): Promise<Converted> {
  const folder = await mkdtemp(join(tmpdir(), 'gkml-convert-'));
  const cleanup = () => rm(folder, { recursive: true, force: true });
  const profile = pathToFileURL(join(folder, 'profile')).href;
  const args = [
    `-env:UserInstallation=${profile}`,
    '--headless',
    '--convert-to',
    'xlsx',
    '--outdir',
    join(folder, 'out'),
    file,
  ];
  const failure = await new Promise<string | undefined>((done) => {
    execFile(soffice, args, { timeout: 180_000 }, (error, _stdout, stderr) => {
      done(error ? `${error.message} ${stderr}`.trim() : undefined);
    });
  });
  const name = `${basename(file, extname(file))}.xlsx`;
  const made: string[] = await readdir(join(folder, 'out')).catch(() => []);
  if (failure !== undefined || !made.includes(name)) {
    await cleanup();
    return { ok: false, reason: failure ?? 'LibreOffice wrote no .xlsx' };
  }
  return { ok: true, path: join(folder, 'out', name), cleanup };
}
