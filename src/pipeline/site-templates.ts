/** Reads templates/site (pages, partials, assets) for the pure site renderer. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_TEMPLATES, type SiteTemplates } from '../render/site/index.js';
import { packagePath } from '../io/package-files.js';

/** The templates shipped with gkml, or those under `folder` (tests). */
export function loadSiteTemplates(folder = packagePath('templates', 'site')): SiteTemplates {
  const read = (...segments: string[]) => readFileSync(join(folder, ...segments), 'utf8');
  const pages = Object.fromEntries(
    PAGE_TEMPLATES.map((name) => [name, read(`${name}.hbs`)]),
  ) as SiteTemplates['pages'];
  const partials: Record<string, string> = {};
  for (const file of readdirSync(join(folder, 'partials')).sort()) {
    // Without its final newline, a partial used inline (a link in a cell) adds no stray line break.
    if (file.endsWith('.hbs')) {
      partials[file.slice(0, -'.hbs'.length)] = read('partials', file).replace(/\n$/u, '');
    }
  }
  const assets: Record<string, string> = {};
  for (const file of readdirSync(join(folder, 'assets')).sort()) {
    assets[file] = read('assets', file);
  }
  return { pages, partials, assets };
}
