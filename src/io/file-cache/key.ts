/**
 * The key every part of the file cache is written under: the gkml build that made it. A finding
 * depends on the parser, the schemas, the rules and their word lists, and the working-day calendar,
 * so the key is the hash of gkml's own code (the folder this module runs from: dist/ when built,
 * src/ under the tests), its schemas and the versions of the libraries below. Another build, even
 * of the same version number, finds no part it may use. Hashed by content, not dates: a fresh
 * install of the same build (a CI runner restoring its output folder) keeps its cache.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packagePath } from '../package-files.js';

/**
 * The libraries whose results the caches or compile's output keep, by their package.json (its
 * version): the parsers (a parse), ajv (a schema check), the calendar (a working-day deadline),
 * pinyin-pro (the search index's pinyin), and what renders the pages and workbooks (an artifact
 * carried over). An upgrade of one in the lock file, with the same build of gkml, must not find
 * what the old one made. (Their own dependencies are not followed: a library's version stands for
 * what it brings.)
 */
const KEPT_LIBRARIES = [
  'ajv',
  'ajv-formats',
  'chinese-days',
  'exceljs',
  'fflate',
  'handlebars',
  'js-yaml',
  'pinyin-pro',
  'yaml',
] as const;

let computed: string | undefined;

export function fileCacheKey(): string {
  if (computed !== undefined) return computed;
  const hash = createHash('sha256');
  const code = fileURLToPath(new URL('../..', import.meta.url));
  for (const folder of [code, packagePath('schemas')]) {
    for (const file of filesUnder(folder)) {
      hash
        .update(file)
        .update('\u0000')
        .update(readFileSync(join(folder, file)));
    }
  }
  const require = createRequire(import.meta.url);
  for (const library of KEPT_LIBRARIES) {
    hash.update(readFileSync(require.resolve(`${library}/package.json`)));
  }
  computed = hash.digest('hex').slice(0, 32);
  return computed;
}

/** Code and data files below `folder`, sorted (type declarations and source maps change nothing). */
function filesUnder(folder: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(folder, relative), { withFileTypes: true })) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (!/\.(?:d\.ts|map)$/u.test(entry.name)) found.push(path);
    }
  };
  walk('');
  return found.sort();
}
