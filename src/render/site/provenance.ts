/**
 * "Where this comes from" for one item: the layer that introduced it (国家, or the region that
 * added it) and each layer below that changed it, with the fields it changed, top-down.
 */
import { levelRank } from '../../core/vocabulary/levels.js';
import type { EffectiveItem, Layer, Origin } from '../../core/model/effective.js';
import { ITEM_FIELD_LABELS } from '../../core/model/fields.js';

export interface SourceStep {
  /** 国家, or a region's name. */
  label: string;
  /** The item was added by this layer (a local item). */
  added: boolean;
  /** Chinese names of the fields this layer set on an inherited item, in column order. */
  fields: string[];
}

const layerKey = (layer: Layer): string => (layer.kind === 'national' ? '' : layer.code);
const layerOrder = (layer: Layer): [number, string] =>
  layer.kind === 'national' ? [-1, ''] : [levelRank(layer.level), layer.code];

export function provenanceOf(entry: EffectiveItem): SourceStep[] {
  const { introduced, fields, lists } = entry.provenance;
  const layers = new Map<string, { layer: Layer; fields: Set<string> }>();
  const note = (field: keyof typeof ITEM_FIELD_LABELS, origin: Origin | undefined) => {
    if (!origin) return;
    const key = layerKey(origin.layer);
    let step = layers.get(key);
    if (!step) {
      step = { layer: origin.layer, fields: new Set() };
      layers.set(key, step);
    }
    if (key !== layerKey(introduced.layer)) step.fields.add(field);
  };
  note('id', introduced);
  // Column order of the official table, so the same change always reads the same way.
  for (const field of Object.keys(ITEM_FIELD_LABELS) as (keyof typeof ITEM_FIELD_LABELS)[]) {
    if (field === 'elements' || field === 'bases' || field === 'channels') {
      for (const origin of lists[field]) note(field, origin);
    } else if (field in fields) {
      note(field, fields[field as keyof typeof fields]);
    }
  }
  return [...layers.values()]
    .sort((a, b) => {
      const [ra, ca] = layerOrder(a.layer);
      const [rb, cb] = layerOrder(b.layer);
      return ra - rb || ca.localeCompare(cb);
    })
    .map(({ layer, fields: changed }) => ({
      label: layer.kind === 'national' ? '国家' : layer.name,
      added: layerKey(layer) === layerKey(introduced.layer) && layer.kind !== 'national',
      fields: Object.keys(ITEM_FIELD_LABELS)
        .filter((field) => changed.has(field))
        .map((field) => ITEM_FIELD_LABELS[field as keyof typeof ITEM_FIELD_LABELS].zh),
    }));
}
