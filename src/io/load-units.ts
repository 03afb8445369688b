/**
 * Loading files into typed units: parse each file, check it against its schema, and attach the
 * region each catalog or region file sits under. Problems come back as diagnostics.
 */
import { basename, dirname, extname } from 'node:path';
import type { CatalogUnit, RegionUnit } from '../core/rules/run.js';
import type { Diagnostic } from '../core/diagnostics/index.js';
import type { RegisterUnit } from '../core/documents/index.js';
import { resolveDomain, type DomainId } from '../core/vocabulary/domains.js';
import { parseLevel } from '../core/vocabulary/levels.js';
import type { RawCatalog, RawProject, RawRegion } from '../core/model/raw.js';
import type { SourceLocator } from '../core/schema/errors.js';
import type { SchemaName, SchemaValidator } from '../core/schema/validator.js';
import { isRecord } from '../core/util/json.js';
import { displayPath } from './collect.js';
import { fileKind, parentRegionFile, regionFileOfCatalog, rememberedExists } from './layout.js';
import { cachedCheck, cachedLoad, type CacheUse } from './file-cache/load.js';
import type { CacheSlot } from './file-cache/store.js';
import { loadYamlFileSync, type LoadOptions } from './load-yaml.js';
import type { SourceDocument } from './yaml-source.js';

export interface LoadedUnits {
  catalogs: CatalogUnit[];
  regions: RegionUnit[];
  projects: { source: SourceDocument; project: RawProject }[];
  /** Document registers (documents.yaml), each with the region it sits under. */
  registers: RegisterUnit[];
  /** Catalog files that failed to parse or failed their schema (their diagnostics say why). */
  unreadCatalogs: UnreadCatalog[];
  diagnostics: Diagnostic[];
  /** With a file cache: each valid file's slot, by its source, for the rules' findings. */
  slots: Map<SourceLocator, CacheSlot>;
}

export interface UnreadCatalog {
  /** Absolute path. */
  path: string;
  /** The domain the file was meant for, when its `domain` or its name tells. */
  domain?: DomainId;
}

export interface UnitOptions extends LoadOptions {
  cwd: string;
  validator: SchemaValidator;
  /** The file cache to read from and add to (compile), and the scope of these files in it. */
  cache?: CacheUse;
}

export function loadUnits(files: readonly string[], options: UnitOptions): LoadedUnits {
  const out: LoadedUnits = {
    catalogs: [],
    regions: [],
    projects: [],
    registers: [],
    unreadCatalogs: [],
    diagnostics: [],
    slots: new Map(),
  };
  const regions = new RegionCache(options);
  // Thousands of catalogs share a few hundred folders: look each folder's region file up once.
  const exists = rememberedExists();
  const regionFiles = new Map<string, string | undefined>();
  const regionFileOf = (file: string): string | undefined => {
    const folder = dirname(file);
    if (!regionFiles.has(folder)) regionFiles.set(folder, regionFileOfCatalog(file, exists));
    return regionFiles.get(folder);
  };
  const shownRegions = new Map<string, string>();
  const shownRegion = (path: string): string => {
    let shown = shownRegions.get(path);
    if (shown === undefined) {
      shown = displayPath(path, options.cwd);
      shownRegions.set(path, shown);
    }
    return shown;
  };
  const { cache } = options;
  const loaded = files.map((path) =>
    cache
      ? cachedLoad(path, displayPath(path, options.cwd), options, cache)
      : { result: loadYamlFileSync(path, displayPath(path, options.cwd), options) },
  );
  for (const [index, path] of files.entries()) {
    const { result, slot } = loaded[index] ?? {};
    if (!result) continue;
    out.diagnostics.push(...result.diagnostics);
    const kind = fileKind(path);
    if (!result.ok) {
      if (kind === 'catalog') out.unreadCatalogs.push(unreadCatalog(path, undefined));
      continue;
    }
    const source = result.document;
    const schemaOf = <N extends SchemaName>(name: N) =>
      slot
        ? cachedCheck(options.validator, name, source, slot)
        : options.validator.check(name, source.data, source);
    if (slot) out.slots.set(source, slot);
    if (kind === 'project') {
      const checked = schemaOf('project');
      if (checked.ok) out.projects.push({ source, project: checked.value });
      else out.diagnostics.push(...checked.diagnostics);
    } else if (kind === 'documents') {
      const checked = schemaOf('documents');
      if (!checked.ok) {
        out.diagnostics.push(...checked.diagnostics);
        continue;
      }
      const regionPath = regionFileOf(path);
      out.registers.push({
        source,
        register: checked.value,
        ...(regionPath ? { regionFile: shownRegion(regionPath) } : {}),
      });
    } else if (kind === 'region') {
      const checked = schemaOf('region');
      if (!checked.ok) {
        out.diagnostics.push(...checked.diagnostics);
        continue;
      }
      regions.remember(path, checked.value);
      const parentPath = parentRegionFile(path, exists);
      const parent = parentPath ? regions.get(parentPath) : undefined;
      out.regions.push({
        source,
        region: checked.value,
        ...(parent && parentPath
          ? { parent: { region: parent, file: shownRegion(parentPath) } }
          : {}),
      });
    } else {
      const checked = schemaOf('catalog');
      if (!checked.ok) {
        out.diagnostics.push(...checked.diagnostics);
        out.unreadCatalogs.push(unreadCatalog(path, source.data));
        continue;
      }
      const regionPath = regionFileOf(path);
      const region = regionPath ? regions.get(regionPath) : undefined;
      const level = region ? parseLevel(region.level) : undefined;
      const kept = slot?.entry.parse.ok === true ? slot.entry.parse.data.domain : undefined;
      const unit = new LoadedCatalog(source, checked, kept ?? checked.value.domain);
      if (regionPath && !region) unit.regionUnread = true;
      if (region && level && regionPath) {
        unit.region = {
          code: region.code,
          name: region.name,
          level,
          file: shownRegion(regionPath),
        };
      }
      out.catalogs.push(unit);
    }
  }
  return out;
}

/**
 * A catalog file loaded, its catalog read when used: from the file cache, only the catalogs merged
 * again are read back (io/file-cache/kept-data.ts). A class, because V8 keeps an object literal
 * with a getter as a dictionary: larger, and slower on every read.
 */
class LoadedCatalog implements CatalogUnit {
  region?: CatalogUnit['region'];
  regionUnread?: boolean;

  constructor(
    readonly source: SourceDocument,
    private readonly checked: { readonly value: RawCatalog },
    readonly domain: string,
  ) {}

  get catalog(): RawCatalog {
    return this.checked.value;
  }
}

/** A catalog that could not be read, with the domain its `domain` field or its file name names. */
function unreadCatalog(path: string, data: unknown): UnreadCatalog {
  const written = isRecord(data) && typeof data['domain'] === 'string' ? data['domain'] : undefined;
  const domain = resolveDomain(written ?? '') ?? resolveDomain(basename(path, extname(path)));
  return domain ? { path, domain: domain.id } : { path };
}

/** Region files read for context, each once; an invalid one gives no context (its own run reports it). */
class RegionCache {
  private readonly regions = new Map<string, RawRegion | undefined>();

  constructor(private readonly options: UnitOptions) {}

  remember(path: string, region: RawRegion): void {
    this.regions.set(path, region);
  }

  get(path: string): RawRegion | undefined {
    if (!this.regions.has(path)) this.regions.set(path, this.read(path));
    return this.regions.get(path);
  }

  private read(path: string): RawRegion | undefined {
    const result = loadYamlFileSync(path, displayPath(path, this.options.cwd), this.options);
    if (!result.ok) return undefined;
    const checked = this.options.validator.check('region', result.document.data, result.document);
    return checked.ok ? checked.value : undefined;
  }
}
