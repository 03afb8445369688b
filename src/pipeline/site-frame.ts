/**
 * The files of the portal's frame that gkml.yaml `site` names: the logo (copied into the site as
 * assets/logo.<ext>) and a folder of partials that replace the shipped header and footer. Both must
 * lie inside the repository; problems are diagnostics located in gkml.yaml.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, realpath } from 'node:fs/promises';
import { extname, join, relative, resolve, isAbsolute } from 'node:path';
import Handlebars from 'handlebars';
import { diagnostic, type Diagnostic } from '../core/diagnostics/index.js';
import type { RawSite } from '../core/model/raw.js';
import type { SiteTemplates } from '../render/site/index.js';
import { displayPath } from '../io/collect.js';
import { PROJECT_FILES } from '../io/layout.js';
import { loadYamlFile } from '../io/load-yaml.js';
import { loadSiteTemplates } from './site-templates.js';

/** The partials a repository may replace, and the contract they keep (docs/site.md). */
export const REPLACEABLE_PARTIALS = ['header', 'footer'] as const;

export interface SiteFrameFiles {
  templates: SiteTemplates;
  /** The logo as the site will hold it. */
  logo?: { path: string; bytes: Uint8Array };
  diagnostics: Diagnostic[];
}

/**
 * Reads what `site` names, relative to the repository `root` (absolute). Without a `site` block,
 * the shipped templates and no logo.
 */
export async function loadSiteFrame(
  root: string,
  site: RawSite | undefined,
  cwd: string,
): Promise<SiteFrameFiles> {
  const shipped = loadSiteTemplates();
  if (site?.logo === undefined && site?.templates === undefined) {
    return { templates: shipped, diagnostics: [] };
  }
  const at = await locator(root, cwd);
  const diagnostics: Diagnostic[] = [];
  const out: SiteFrameFiles = { templates: shipped, diagnostics };
  if (site.logo !== undefined) {
    const path = await inside(root, site.logo, 'logo', at, diagnostics);
    if (path !== undefined) {
      out.logo = { path: `assets/logo${extname(path).toLowerCase()}`, bytes: await readFile(path) };
    }
  }
  if (site.templates !== undefined) {
    const folder = await inside(root, site.templates, 'templates', at, diagnostics);
    if (folder !== undefined) {
      const partials = await replacements(folder, at, diagnostics);
      out.templates = { ...shipped, partials: { ...shipped.partials, ...partials } };
    }
  }
  return out;
}

/**
 * A hash of gkml.yaml's `site` block and of the files it names, read before the repository is
 * loaded, so that compile notices a new title, logo or header (every page shows them).
 */
export async function siteFrameFingerprint(root: string): Promise<string> {
  const project = PROJECT_FILES.map((name) => join(root, name)).find((p) => existsSync(p));
  const loaded = project === undefined ? undefined : await loadYamlFile(project, project);
  const data: unknown = loaded?.ok ? loaded.document.data : undefined;
  const site: unknown = isRecord(data) ? data.site : undefined;
  const hash = createHash('sha256').update(JSON.stringify(site ?? null));
  if (!isRecord(site)) return hash.digest('hex');
  for (const key of ['logo', 'templates'] as const) {
    const name = site[key];
    if (typeof name !== 'string') continue;
    const path = resolve(root, name);
    if (!existsSync(path)) continue;
    const files = key === 'templates' ? await hbsFiles(path) : [path];
    for (const file of files) hash.update(file).update(await readFile(file));
  }
  return hash.digest('hex');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Locate = (key: 'logo' | 'templates') => { file: string; span?: Diagnostic['span'] };

async function locator(root: string, cwd: string): Promise<Locate> {
  const project = PROJECT_FILES.map((name) => join(root, name)).find((p) => existsSync(p)) ?? root;
  const file = displayPath(project, cwd);
  const loaded = await loadYamlFile(project, file);
  return (key) => {
    const span = loaded.ok ? loaded.document.locate(['site', key]) : undefined;
    return { file, ...(span ? { span } : {}), path: ['site', key] };
  };
}

/** The real path of `name` when it exists inside the repository; otherwise a diagnostic. */
async function inside(
  root: string,
  name: string,
  what: 'logo' | 'templates',
  at: Locate,
  diagnostics: Diagnostic[],
): Promise<string | undefined> {
  const path = resolve(root, name);
  if (!existsSync(path)) {
    diagnostics.push(diagnostic('site-file-missing', { path: name, what }, at(what)));
    return undefined;
  }
  const real = await realpath(path);
  const rel = relative(await realpath(root), real);
  if (rel.startsWith('..') || isAbsolute(rel)) {
    diagnostics.push(diagnostic('repository-outside', { path: name, target: real }, at(what)));
    return undefined;
  }
  return real;
}

/** The folder's replaceable partials, each checked: escaped output only, and it must compile. */
async function replacements(
  folder: string,
  at: Locate,
  diagnostics: Diagnostic[],
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const allowed: readonly string[] = REPLACEABLE_PARTIALS;
  for (const file of await hbsFiles(folder)) {
    const name = file.slice(folder.length + 1, -'.hbs'.length);
    if (!allowed.includes(name)) {
      diagnostics.push(
        diagnostic('site-template-unknown', { name, allowed: [...allowed] }, at('templates')),
      );
      continue;
    }
    const source = (await readFile(file, 'utf8')).replace(/\n$/u, '');
    if (/\{\{\{|\{\{~?\s*&/u.test(source)) {
      diagnostics.push(diagnostic('site-template-unsafe', { name }, at('templates')));
      continue;
    }
    try {
      Handlebars.precompile(source, { knownHelpersOnly: true });
    } catch (error) {
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      diagnostics.push(diagnostic('site-template-invalid', { name, reason }, at('templates')));
      continue;
    }
    // A block partial keeps its final line break (the loader strips one for inline partials).
    out[name] = `${source}\n`;
  }
  return out;
}

async function hbsFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.hbs'))
    .map((entry) => join(folder, entry.name))
    .sort();
}
