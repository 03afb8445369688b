/**
 * Hand-made effective models for diff tests: a tiny normaliser for the national baselines (read with
 * the real loaders) and a builder that layers regions with provenance the way merge records it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DomainId } from '../../src/core/vocabulary/domains.js';
import { resolveDomain } from '../../src/core/vocabulary/domains.js';
import type { Level } from '../../src/core/vocabulary/levels.js';
import type {
  EffectiveCatalog,
  EffectiveItem,
  Layer,
  Origin,
  RegionModel,
  RegionRef,
  RepositoryModel,
} from '../../src/core/model/effective.js';
import type { Item, ScalarField } from '../../src/core/model/item.js';
import type { RawCatalog, RawItem } from '../../src/core/model/raw.js';
import { toItem } from '../../src/core/merge/index.js';
import { loadYamlFile } from '../../src/io/load-yaml.js';
import { schemaValidator } from '../../src/pipeline/validate.js';
import { REPO_ROOT } from './cli.js';

/** Normalised as merge does it (core/merge/normalize.ts). */
export function normaliseItem(raw: RawItem): Item {
  return toItem(raw);
}

export interface Baseline {
  file: string;
  items: Item[];
  /** Line of each item's entry. */
  lines: Map<string, number>;
}

/** The bundled national baselines, read with the real loader and schema. */
export async function loadNationalBaselines(): Promise<Map<DomainId, Baseline>> {
  const folder = join(REPO_ROOT, 'catalogs/national');
  const out = new Map<DomainId, Baseline>();
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    const file = `catalogs/national/${name}`;
    const loaded = await loadYamlFile(join(folder, name), file);
    if (!loaded.ok) throw new Error(`cannot read ${file}`);
    const checked = schemaValidator().check('catalog', loaded.document.data, loaded.document);
    if (!checked.ok) throw new Error(`${file} does not match the schema`);
    const catalog: RawCatalog = checked.value;
    const domain = resolveDomain(catalog.domain);
    if (!domain) throw new Error(`unknown domain in ${file}`);
    const lines = new Map(
      catalog.items.map((item, index) => [
        item.id,
        loaded.document.locate(['items', index])?.start.line ?? 0,
      ]),
    );
    out.set(domain.id, { file, items: catalog.items.map(normaliseItem), lines });
  }
  return out;
}

export function itemsByDomain(baselines: Map<DomainId, Baseline>): Map<DomainId, Item[]> {
  return new Map([...baselines].map(([domain, b]) => [domain, b.items]));
}

const NATIONAL: Layer = { kind: 'national' };

/** An item as inherited unchanged from a baseline: every value's origin is the baseline line. */
export function fromBaseline(item: Item, file: string, line: number): EffectiveItem {
  const origin: Origin = { layer: NATIONAL, file, line };
  const fields: Partial<Record<ScalarField, Origin>> = {};
  for (const key of Object.keys(item) as (keyof Item)[]) {
    if (key === 'id' || key === 'elements' || key === 'bases' || key === 'channels') continue;
    if (key === 'incomplete') continue;
    fields[key] = origin;
  }
  return {
    item: structuredClone(item),
    provenance: {
      introduced: origin,
      fields,
      lists: {
        elements: item.elements.map(() => origin),
        bases: item.bases.map(() => origin),
        channels: item.channels.map(() => origin),
      },
      changes: [],
    },
    local: false,
  };
}

export function regionLayer(ref: RegionRef): Layer {
  return { kind: 'region', code: ref.code, name: ref.name, level: ref.level };
}

/** Sets a scalar field as an overlay at `file:line` does. */
export function override<F extends ScalarField>(
  effective: EffectiveItem,
  field: F,
  value: Item[F],
  origin: Origin,
): EffectiveItem {
  const copy = structuredClone(effective);
  copy.item[field] = value;
  copy.provenance.fields[field] = origin;
  copy.provenance.changes.push({ field, op: 'set', origin });
  return copy;
}

/** Replaces a list as an overlay does: every entry from `origin`. */
export function replaceList<F extends 'elements' | 'channels'>(
  effective: EffectiveItem,
  field: F,
  value: Item[F],
  origin: Origin,
): EffectiveItem {
  const copy = structuredClone(effective);
  copy.item[field] = value;
  copy.provenance.lists[field] = value.map(() => origin);
  copy.provenance.changes.push({ field, op: 'replace', origin });
  return copy;
}

export function localItem(item: Item, origin: Origin): EffectiveItem {
  const effective = fromBaseline(item, origin.file, origin.line);
  const redo = (o: Origin): Origin => ({ ...o, layer: origin.layer });
  effective.provenance.introduced = redo(effective.provenance.introduced);
  for (const key of Object.keys(effective.provenance.fields) as ScalarField[]) {
    const o = effective.provenance.fields[key];
    if (o) effective.provenance.fields[key] = redo(o);
  }
  for (const list of ['elements', 'bases', 'channels'] as const) {
    effective.provenance.lists[list] = effective.provenance.lists[list].map(redo);
  }
  effective.local = true;
  return effective;
}

export function regionRef(
  code: string,
  name: string,
  level: Level,
  path: string,
  parent?: string,
): RegionRef {
  return parent === undefined ? { code, name, level, path } : { code, name, level, path, parent };
}

export function catalogOf(
  domain: DomainId,
  region: RegionRef,
  items: EffectiveItem[],
  omitted: EffectiveCatalog['omitted'] = [],
): EffectiveCatalog {
  return { domain, region, file: `${region.path}/${domain}.yaml`, items, omitted };
}

export function regionModel(ref: RegionRef, catalogs: EffectiveCatalog[]): RegionModel {
  return { ref, file: `${ref.path}/region.yaml`, children: [], catalogs };
}

export function repository(regions: RegionModel[]): RepositoryModel {
  for (const region of regions) {
    region.children = regions
      .filter((r) => r.ref.parent === region.ref.code)
      .map((r) => r.ref.code)
      .sort();
  }
  return {
    root: '.',
    example: false,
    nationalPath: 'gkml:catalogs/national',
    national: [],
    regions,
  };
}

/** The value, or a failed test when the fixture no longer has it. */
export function must<T>(value: T | undefined, what = 'value'): T {
  if (value === undefined) throw new Error(`fixture has no ${what}`);
  return value;
}
