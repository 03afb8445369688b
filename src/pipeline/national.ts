/**
 * The national baselines a repository builds on: the folder named by gkml.yaml's `national`, or
 * the ones bundled with gkml. Bundled files are shown as `gkml:catalogs/national/<file>` so that
 * output does not depend on where gkml is installed, and their warnings (gkml's own data, checked
 * by its tests) are not the user's to read.
 */
import { existsSync } from 'node:fs';
import { readdir, realpath } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics/index.js';
import { diagnostic } from '../core/diagnostics/index.js';
import type { OverlayFile } from '../core/merge/index.js';
import { DOMAINS, type DomainId } from '../core/vocabulary/domains.js';
import { displayPath } from '../io/collect.js';
import type { FileCache } from '../io/file-cache/store.js';
import type { UnreadCatalog } from '../io/load-units.js';
import { loadYamlFile } from '../io/load-yaml.js';
import { BUNDLED_PREFIX, packagePath } from '../io/package-files.js';
import { inside } from '../io/repository-files.js';
import { schemaValidator, validateFiles } from './validate.js';

export interface NationalSource {
  /** Absolute path of the folder. */
  path: string;
  display: string;
  /** Inside the repository root (so the walk of region folders skips it). */
  inside: boolean;
}

export type NationalFiles =
  | {
      ok: true;
      folder: NationalSource;
      catalogs: OverlayFile[];
      /** Domains of baselines that could not be read (every domain when a file's cannot be told). */
      unread: DomainId[];
      diagnostics: Diagnostic[];
    }
  | { ok: false; diagnostics: Diagnostic[] };

export async function nationalFiles(
  root: string,
  projectPath: string | undefined,
  options: { cwd: string; today: string; maxBytes?: number; fileCache?: FileCache },
): Promise<NationalFiles> {
  const configured = projectPath ? await configuredFolder(projectPath) : undefined;
  if (configured === undefined) return bundled(options);
  const path = resolve(root, configured.value);
  const projectFile = displayPath(projectPath ?? '', options.cwd);
  const at = { file: projectFile, span: configured.span, path: ['national'] };
  if (!existsSync(path)) {
    return {
      ok: false,
      diagnostics: [diagnostic('repository-national-missing', { path: configured.value }, at)],
    };
  }
  const real = await realpath(path);
  if (!inside(await realpath(root), real)) {
    const args = { path: configured.value, target: displayPath(real, options.cwd) };
    return { ok: false, diagnostics: [diagnostic('repository-outside', args, at)] };
  }
  const cache = options.fileCache && { cache: options.fileCache, scope: 'repository' };
  const validation = await validateFiles(await yamlFilesIn(path), {
    ...options,
    quick: true,
    ...(cache && { cache }),
  });
  return {
    ok: true,
    folder: { path, display: displayPath(path, options.cwd), inside: true },
    catalogs: validation.units.catalogs,
    unread: unreadDomains(validation.units.unreadCatalogs),
    diagnostics: validation.diagnostics,
  };
}

async function bundled(options: {
  today: string;
  maxBytes?: number;
  fileCache?: FileCache;
}): Promise<NationalFiles> {
  const base = packagePath();
  const path = packagePath('catalogs', 'national');
  // Shown relative to gkml's own folder, where a repository's file may have the same path.
  const cache = options.fileCache && { cache: options.fileCache, scope: 'gkml' };
  const validation = await validateFiles(await yamlFilesIn(path), {
    today: options.today,
    cwd: base,
    // The fast parser for clean files, as for the repository's (positions made when asked for).
    quick: true,
    ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
    ...(cache && { cache }),
  });
  const label = (file: string) => `${BUNDLED_PREFIX}${file}`;
  return {
    ok: true,
    folder: { path, display: label('catalogs/national'), inside: false },
    unread: unreadDomains(validation.units.unreadCatalogs),
    catalogs: validation.units.catalogs.map(({ source, catalog }) => ({
      catalog,
      source: {
        file: label(source.file),
        locate: (at) => source.locate(at),
        locateKey: (at) => source.locateKey(at),
      },
    })),
    diagnostics: validation.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => (d.file === undefined ? d : { ...d, file: label(d.file) })),
  };
}

/** `national` as gkml.yaml writes it, when the file is valid; its errors are validate's to report. */
async function configuredFolder(projectPath: string) {
  const loaded = await loadYamlFile(projectPath, projectPath);
  if (!loaded.ok) return undefined;
  const checked = schemaValidator().check('project', loaded.document.data, loaded.document);
  const value = checked.ok ? checked.value.national : undefined;
  if (value === undefined) return undefined;
  return { value, span: loaded.document.locate(['national']) };
}

async function yamlFilesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory() && /\.ya?ml$/u.test(entry.name))
    .map((entry) => join(folder, entry.name))
    .sort();
}

/** The domains of the baselines that could not be read: every domain for a file whose is unknown. */
function unreadDomains(files: readonly UnreadCatalog[]): DomainId[] {
  const unread = new Set(files.flatMap((file) => file.domain ?? DOMAINS.map(({ id }) => id)));
  return DOMAINS.map(({ id }) => id).filter((id) => unread.has(id));
}
