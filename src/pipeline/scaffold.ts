/**
 * What `gkml init` would write: a region (and, outside any repository, the repository itself) with
 * one overlay per domain listing what the region inherits. The region is merged as if it already
 * existed, with 26 empty overlays, so the stubs are exactly the items that apply at its level.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { checkRegion } from '../core/rules/run.js';
import type { Diagnostic } from '../core/diagnostics/index.js';
import { DOMAINS } from '../core/vocabulary/domains.js';
import {
  layerName,
  mergeRepository,
  type OverlayFile,
  type RepositoryInput,
} from '../core/merge/index.js';
import type { RegionModel } from '../core/model/effective.js';
import {
  catalogFileText,
  projectFileText,
  regionFileText,
  type ScaffoldRegion,
} from '../render/scaffold.js';
import { displayPath } from '../io/collect.js';
import { loadYamlFile } from '../io/load-yaml.js';
import { parentRegionFile } from '../io/layout.js';
import { schemaPath } from '../io/package-files.js';
import { nationalFiles } from './national.js';
import { findRoot } from '../io/layout.js';
import { readRepository } from './load-repository.js';
import { schemaValidator } from './validate.js';
import { parseYamlSource } from '../io/yaml-source.js';

export interface PlannedFile {
  /** Absolute path. */
  path: string;
  text: string;
}

export type InitPlan =
  | { ok: true; newRepository: boolean; folder: string; files: PlannedFile[] }
  /** The region as given cannot be created: its own diagnostics say why. */
  | { ok: false; diagnostics: Diagnostic[] };

export interface InitRequest {
  /** Absolute path of the region's folder. */
  folder: string;
  region: ScaffoldRegion;
}

export async function planInit(
  request: InitRequest,
  options: { cwd: string; today: string },
): Promise<InitPlan> {
  const { folder, region } = request;
  const root = findRoot(folder);
  const regionPath = join(folder, 'region.yaml');
  const shown = (path: string) => displayPath(path, options.cwd);
  const schemaFor = (file: string, name: 'catalog' | 'region' | 'project') =>
    relative(dirname(file), schemaPath(name)).split(sep).join('/');

  const regionText = regionFileText(region, schemaFor(regionPath, 'region'));
  const parsed = parseYamlSource(regionText, shown(regionPath));
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics };
  const checked = schemaValidator().check('region', parsed.document.data, parsed.document);
  if (!checked.ok) return { ok: false, diagnostics: checked.diagnostics };

  const input = await repositoryInput(root, folder, options);
  if (!input.ok) return input;
  const parentFile = root === undefined ? undefined : parentRegionFile(regionPath);
  const parent = input.value.regions.find((r) => r.file === shown(parentFile ?? ''));
  const ruleProblems = checkRegion({
    source: parsed.document,
    region: checked.value,
    ...(parent ? { parent: { region: parent.region, file: parent.file } } : {}),
  });
  const overlays: OverlayFile[] = DOMAINS.map(({ id }) =>
    emptyOverlay(id, join(folder, `${id}.yaml`), shown),
  );
  const merged = mergeRepository({
    ...input.value,
    regions: [
      ...input.value.regions.filter((r) => r.file !== shown(regionPath)),
      {
        file: shown(regionPath),
        folder: shown(folder),
        source: parsed.document,
        region: checked.value,
        ...(parent ? { parentFile: parent.file } : {}),
        catalogs: overlays,
      },
    ],
  });
  const own = merged.diagnostics.filter((d) => d.file === shown(regionPath));
  const problems = [...ruleProblems, ...own].filter((d) => d.severity === 'error');
  const model = merged.model.regions.find((r) => r.file === shown(regionPath));
  if (problems.length > 0 || !model) return { ok: false, diagnostics: problems };

  const files: PlannedFile[] = [];
  const newRepository = root === undefined;
  if (newRepository) {
    const projectPath = join(folder, 'gkml.yaml');
    files.push({ path: projectPath, text: projectFileText(schemaFor(projectPath, 'project')) });
  }
  files.push({ path: regionPath, text: regionText });
  files.push(...catalogFiles(model, merged.model.regions, region, folder, schemaFor, shown));
  return { ok: true, newRepository, folder, files };
}

function catalogFiles(
  model: RegionModel,
  all: readonly RegionModel[],
  region: ScaffoldRegion,
  folder: string,
  schemaFor: (file: string, name: 'catalog') => string,
  shown: (path: string) => string,
): PlannedFile[] {
  const layers = [
    '国家基准目录',
    ...ancestors(model, all).map((r) => layerName({ kind: 'region', ...r.ref }, 'zh')),
  ];
  return DOMAINS.map((domain) => {
    const path = join(folder, `${domain.id}.yaml`);
    const catalog = model.catalogs.find((c) => c.domain === domain.id);
    return {
      path,
      text: catalogFileText({
        domain,
        region,
        schema: schemaFor(path, 'catalog'),
        ...(catalog?.guideline ? { guideline: catalog.guideline } : {}),
        layers,
        items: catalog?.items ?? [],
        folder: shown(folder),
      }),
    };
  });
}

/** The regions above `model`, top-down. */
function ancestors(model: RegionModel, all: readonly RegionModel[]): RegionModel[] {
  const chain: RegionModel[] = [];
  for (let code = model.ref.parent; code !== undefined;) {
    const found = all.find((r) => r.ref.code === code);
    if (!found) break;
    chain.unshift(found);
    code = found.ref.parent;
  }
  return chain;
}

function emptyOverlay(domain: string, path: string, shown: (path: string) => string): OverlayFile {
  const file = shown(path);
  const parsed = parseYamlSource(`domain: ${domain}\nitems: []\n`, file);
  if (!parsed.ok) throw new Error(`an empty overlay did not parse: ${file}`);
  return { catalog: { domain, items: [] }, source: parsed.document };
}

/** The repository the region joins, or a new one built on the bundled baselines. */
async function repositoryInput(
  root: string | undefined,
  folder: string,
  options: { cwd: string; today: string },
): Promise<{ ok: true; value: RepositoryInput } | { ok: false; diagnostics: Diagnostic[] }> {
  if (root !== undefined) {
    const read = await readRepository(root, options);
    return read.input
      ? { ok: true, value: read.input }
      : { ok: false, diagnostics: read.diagnostics };
  }
  const national = await nationalFiles(folder, undefined, options);
  if (!national.ok) return national;
  return {
    ok: true,
    value: {
      root: displayPath(folder, options.cwd),
      example: false,
      nationalPath: national.folder.display,
      national: national.catalogs,
      regions: [],
    },
  };
}

/** The code of the region whose region.yaml is in `folder`, if it reads as one. */
export async function regionCodeAt(folder: string): Promise<string | undefined> {
  const path = join(folder, 'region.yaml');
  if (!existsSync(path)) return undefined;
  const loaded = await loadYamlFile(path, path);
  if (!loaded.ok) return undefined;
  const checked = schemaValidator().check('region', loaded.document.data, loaded.document);
  return checked.ok ? checked.value.code : undefined;
}

/** True when some planned file exists already. */
export function existingFiles(files: readonly PlannedFile[]): string[] {
  return files.filter((file) => existsSync(file.path)).map((file) => file.path);
}
