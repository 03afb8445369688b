/**
 * A small builder of merged repositories (RepositoryModel), for the renderers' tests: the site is
 * tested on models made by hand, independently of the merge that normally produces them.
 */
import type { DomainId } from '../../src/core/vocabulary/domains.js';
import type { Level } from '../../src/core/vocabulary/levels.js';
import type {
  Bundle,
  EffectiveCatalog,
  EffectiveItem,
  Layer,
  Origin,
  RegionModel,
  RepositoryModel,
} from '../../src/core/model/effective.js';
import type { Item, ScalarField } from '../../src/core/model/item.js';
import type { RawOffice } from '../../src/core/model/raw.js';

export const NATIONAL: Layer = { kind: 'national' };

export function origin(layer: Layer, file: string, line = 1): Origin {
  return { layer, file, line };
}

/** A complete item: what a national baseline row holds. */
export function item(id: string, fields: Partial<Item> = {}): Item {
  return {
    id,
    l1: '就业信息服务',
    l2: '就业政策法规咨询',
    elements: [{ name: '就业创业政策项目' }, { name: '咨询电话' }],
    bases: [{ title: '《中华人民共和国就业促进法》' }],
    timeLimit: { text: '信息形成或者变更之日起20个工作日内' },
    subject: '县级人力资源社会保障部门',
    channels: [{ name: '政府网站', required: true }, { name: '政务服务中心' }],
    audience: '全社会',
    method: '主动',
    levels: ['county', 'township'],
    incomplete: [],
    ...fields,
  };
}

/**
 * An effective item introduced by `introduced`, whose scalar fields listed in `changed` were set
 * by other layers.
 */
export function effective(
  value: Item,
  introduced: Origin,
  changed: Partial<Record<ScalarField, Origin>> = {},
  local = false,
): EffectiveItem {
  const fields: Partial<Record<ScalarField, Origin>> = {};
  for (const key of Object.keys(value) as (keyof Item)[]) {
    if (key === 'id' || key === 'incomplete' || Array.isArray(value[key])) continue;
    fields[key as ScalarField] = introduced;
  }
  return {
    item: value,
    provenance: {
      introduced,
      fields: { ...fields, ...changed },
      lists: {
        elements: value.elements.map(() => introduced),
        bases: value.bases.map(() => introduced),
        channels: value.channels.map(() => introduced),
      },
      changes: [],
    },
    local,
  };
}

export interface RegionSpec {
  code: string;
  name: string;
  level: Level;
  path: string;
  parent?: string;
  office?: RawOffice;
  catalogs?: Partial<Record<DomainId, EffectiveItem[]>>;
  omitted?: Partial<Record<DomainId, { id: string; reason: string }[]>>;
  bundles?: Bundle[];
  children?: string[];
}

export function region(spec: RegionSpec): RegionModel {
  const ref = {
    code: spec.code,
    name: spec.name,
    level: spec.level,
    path: spec.path,
    ...(spec.parent !== undefined ? { parent: spec.parent } : {}),
  };
  const layer: Layer = { kind: 'region', code: spec.code, name: spec.name, level: spec.level };
  const catalogs: EffectiveCatalog[] = Object.entries(spec.catalogs ?? {}).map(
    ([domain, items]) => ({
      domain: domain as DomainId,
      region: ref,
      file: `${spec.path}/${domain}.yaml`,
      items,
      omitted: (spec.omitted?.[domain as DomainId] ?? []).map((o) => ({
        ...o,
        origin: origin(layer, `${spec.path}/${domain}.yaml`),
        item: item(o.id),
      })),
    }),
  );
  return {
    ref,
    file: `${spec.path}/region.yaml`,
    ...(spec.office ? { office: spec.office } : {}),
    children: spec.children ?? [],
    catalogs,
    ...(spec.bundles ? { bundles: spec.bundles } : {}),
  };
}

export function regionLayer(spec: Pick<RegionSpec, 'code' | 'name' | 'level'>): Layer {
  return { kind: 'region', code: spec.code, name: spec.name, level: spec.level };
}

export function repository(regions: RegionModel[], example = false): RepositoryModel {
  return { root: 'repo', example, nationalPath: 'gkml:catalogs/national', national: [], regions };
}
