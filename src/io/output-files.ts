/**
 * Output folders that gkml shares with other files: `gkml export` records what it wrote in a
 * manifest (`.gkml-export.json`), and later runs overwrite only files listed there. Any other file
 * with a target's name is somebody else's: it is left alone unless the user says --force.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isRecord } from '../core/util/json.js';
import { writeFileAtomic } from './write-atomic.js';

export const MANIFEST = '.gkml-export.json';

async function manifestFiles(folder: string): Promise<Set<string>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(folder, MANIFEST), 'utf8'));
    const files = isRecord(parsed) ? parsed.files : undefined;
    return new Set(Array.isArray(files) ? files.filter((f) => typeof f === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Target names (relative to `folder`) that exist and were not written by an earlier export. */
export async function foreignFiles(folder: string, names: readonly string[]): Promise<string[]> {
  const ours = await manifestFiles(folder);
  return names.filter((name) => existsSync(join(folder, name)) && !ours.has(name));
}

/** Targets that exist at all (for commands without a manifest, such as import). */
export function existingFiles(folder: string, names: readonly string[]): string[] {
  return names.filter((name) => existsSync(join(folder, name)));
}

/** Writes the files, each atomically, then records them in the manifest. */
export async function writeOutputs(
  folder: string,
  outputs: readonly { name: string; data: string | Uint8Array }[],
  options: { manifest: boolean },
): Promise<void> {
  for (const output of outputs) await writeFileAtomic(join(folder, output.name), output.data);
  if (!options.manifest) return;
  const files = await manifestFiles(folder);
  for (const output of outputs) files.add(output.name);
  const text = `${JSON.stringify({ tool: 'gkml export', files: [...files].sort() }, null, 2)}\n`;
  await writeFileAtomic(join(folder, MANIFEST), text);
}
