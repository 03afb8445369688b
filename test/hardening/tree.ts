/** Output folders as data, for comparing builds. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `folder`: relative path → base64 bytes. */
export function tree(folder: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(relative(folder, path), readFileSync(path).toString('base64'));
    }
  };
  walk(folder);
  return out;
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
