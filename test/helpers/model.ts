/**
 * Hand-made effective models for renderer and importer tests: a small builder, so that tests say
 * only what matters to them. The merge builds the real thing from YAML.
 */
import type { DomainId } from '../../src/core/vocabulary/domains.js';
import type { Level } from '../../src/core/vocabulary/levels.js';
import { parseTimeLimit } from '../../src/core/cells/time-limit/parse.js';
import type {
  EffectiveCatalog,
  EffectiveItem,
  Origin,
  RegionModel,
  RegionRef,
  RepositoryModel,
} from '../../src/core/model/effective.js';
import type { Basis, Channel, Element, Item } from '../../src/core/model/item.js';
import type { RawOffice } from '../../src/core/model/raw.js';

export interface ItemSpec extends Partial<
  Omit<Item, 'timeLimit' | 'elements' | 'bases' | 'channels'>
> {
  id: string;
  timeLimit?: string;
  elements?: (string | Element)[];
  bases?: (string | Basis)[];
  channels?: (string | Channel)[];
  local?: boolean;
}

const ORIGIN: Origin = { layer: { kind: 'national' }, file: 'catalogs/national/x.yaml', line: 1 };

export function item(spec: ItemSpec): EffectiveItem {
  const { timeLimit, elements = [], bases = [], channels = [], local = false, ...rest } = spec;
  const parsed = timeLimit === undefined ? undefined : parseTimeLimit(timeLimit);
  const normalised: Item = {
    levels: [],
    incomplete: [],
    ...rest,
    elements: elements.map((e) => (typeof e === 'string' ? { name: e } : e)),
    bases: bases.map((b) => (typeof b === 'string' ? { title: b } : b)),
    channels: channels.map((c) => (typeof c === 'string' ? { name: c } : c)),
    ...(timeLimit === undefined
      ? {}
      : { timeLimit: parsed ? { text: timeLimit, parsed } : { text: timeLimit } }),
  };
  return {
    item: normalised,
    local,
    provenance: {
      introduced: ORIGIN,
      fields: {},
      lists: {
        elements: normalised.elements.map(() => ORIGIN),
        bases: normalised.bases.map(() => ORIGIN),
        channels: normalised.channels.map(() => ORIGIN),
      },
      changes: [],
    },
  };
}

export function ref(code: string, name: string, level: Level, parent?: string): RegionRef {
  return { code, name, level, path: `regions/${code}`, ...(parent ? { parent } : {}) };
}

export function catalog(
  domain: DomainId,
  region: RegionRef,
  items: EffectiveItem[],
  extra: Partial<Pick<EffectiveCatalog, 'title' | 'notes' | 'omitted'>> = {},
): EffectiveCatalog {
  return { domain, region, file: `${region.path}/${domain}.yaml`, items, omitted: [], ...extra };
}

export function region(
  regionRef: RegionRef,
  catalogs: EffectiveCatalog[],
  extra: { office?: RawOffice; children?: string[] } = {},
): RegionModel {
  return {
    ref: regionRef,
    file: `${regionRef.path}/region.yaml`,
    children: extra.children ?? [],
    catalogs,
    ...(extra.office ? { office: extra.office } : {}),
  };
}

export function repository(regions: RegionModel[], example = true): RepositoryModel {
  return { root: '.', example, nationalPath: 'gkml:catalogs/national', national: [], regions };
}
