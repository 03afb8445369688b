/**
 * The effective catalogs of `gkml merge` as a plain document (for YAML and JSON): per region, per
 * domain, the items in the catalog file format (each a complete row) and the omissions with their
 * reasons. With provenance, every item also says where each value came from.
 */
import { resolveDomain } from '../../core/vocabulary/domains.js';
import { LEVEL_LABELS } from '../../core/vocabulary/levels.js';
import { toRawItem } from '../../core/merge/index.js';
import type {
  EffectiveCatalog,
  EffectiveItem,
  FieldChange,
  Origin,
  RegionModel,
} from '../../core/model/effective.js';

export interface MergeDocumentOptions {
  /** Include each item's provenance (gkml merge --explain with --format yaml/json). */
  provenance: boolean;
  /** The data is an invented example. */
  example: boolean;
}

type Plain = Record<string, unknown>;

export function mergeDocument(
  regions: readonly { region: RegionModel; catalogs: readonly EffectiveCatalog[] }[],
  options: MergeDocumentOptions,
): Plain {
  return {
    ...(options.example ? { example: true } : {}),
    regions: regions.map(({ region, catalogs }) => ({
      code: region.ref.code,
      name: region.ref.name,
      level: LEVEL_LABELS[region.ref.level],
      path: region.ref.path,
      ...(region.ref.parent === undefined ? {} : { parent: region.ref.parent }),
      catalogs: catalogs.map((catalog) => catalogDocument(catalog, options)),
    })),
  };
}

function catalogDocument(catalog: EffectiveCatalog, options: MergeDocumentOptions): Plain {
  return {
    domain: catalog.domain,
    name: resolveDomain(catalog.domain)?.zh,
    file: catalog.file,
    ...(catalog.title === undefined ? {} : { title: catalog.title }),
    ...(catalog.notes === undefined ? {} : { notes: catalog.notes }),
    items: catalog.items.map((entry) => itemDocument(entry, options)),
    omitted: catalog.omitted.map((omission) => ({
      id: omission.id,
      reason: omission.reason,
      ...itemNames(omission.item),
      by: where(omission.origin),
    })),
  };
}

function itemDocument(entry: EffectiveItem, options: MergeDocumentOptions): Plain {
  const item: Plain = { ...toRawItem(entry.item) };
  if (entry.local) item.local = true;
  if (!options.provenance) return item;
  const { provenance } = entry;
  item.provenance = {
    introduced: where(provenance.introduced),
    fields: Object.fromEntries(
      Object.entries(provenance.fields).map(([field, origin]) => [field, where(origin)]),
    ),
    lists: Object.fromEntries(
      Object.entries(provenance.lists)
        .filter(([, origins]) => origins.length > 0)
        .map(([field, origins]) => [field, origins.map(where)]),
    ),
    changes: provenance.changes.map(changeDocument),
  };
  return item;
}

function changeDocument(change: FieldChange): Plain {
  return {
    field: change.field,
    op: change.op,
    ...(change.key === undefined ? {} : { key: change.key }),
    ...(change.previous === undefined ? {} : { previous: change.previous }),
    ...(change.previousOrigin === undefined ? {} : { previousFrom: where(change.previousOrigin) }),
    at: where(change.origin),
  };
}

function itemNames(item: { l1?: string; l2?: string; l3?: string }): Plain {
  return {
    ...(item.l1 === undefined ? {} : { l1: item.l1 }),
    ...(item.l2 === undefined ? {} : { l2: item.l2 }),
    ...(item.l3 === undefined ? {} : { l3: item.l3 }),
  };
}

/** "gkml:catalogs/national/employment.yaml:27 national" as data: layer, file, line. */
function where(origin: Origin): Plain {
  return {
    layer: origin.layer.kind === 'national' ? 'national' : origin.layer.code,
    file: origin.file,
    line: origin.line,
  };
}
