/**
 * The warning for county and township tables whose 公开主体 is still the guideline's generic
 * wording. Located at the region's own entry for the item when it has one, else at its `items`.
 */
import type { Diagnostic, JsonPath } from '../diagnostics/index.js';
import { diagnostic } from '../diagnostics/index.js';
import { LEVEL_LABELS } from '../vocabulary/levels.js';
import type { EffectiveCatalog } from '../model/effective.js';
import { layerLabel } from './origin.js';
import type { OverlayFile } from './overlay.js';
import { isGenericSubject, placeNames } from './subjects.js';

export function subjectWarnings(
  catalog: EffectiveCatalog,
  overlay: OverlayFile,
  regionNames: readonly string[],
): Diagnostic[] {
  const level = catalog.region.level;
  if (level !== 'county' && level !== 'township') return [];
  const places = placeNames(regionNames);
  const found: Diagnostic[] = [];
  for (const { item, provenance, local } of catalog.items) {
    const subject = item.subject;
    const origin = provenance.fields.subject ?? provenance.introduced;
    // A local item of this region without a subject is validate's to report (item-field-missing).
    const ownLocal = local && provenance.introduced.file === overlay.source.file;
    if (subject === undefined ? ownLocal : !isGenericSubject(subject, places)) continue;
    const index = overlay.catalog.items.findIndex((entry) => entry.id === item.id);
    const entry = overlay.catalog.items[index];
    const path: JsonPath =
      entry === undefined
        ? ['items']
        : entry.subject === undefined
          ? ['items', index, 'id']
          : ['items', index, 'subject'];
    const span = entry === undefined ? overlay.source.locateKey(path) : overlay.source.locate(path);
    const args = {
      id: item.id,
      layer: layerLabel(origin.layer),
      regionLevel: LEVEL_LABELS[level],
      ...(subject === undefined ? {} : { subject }),
    };
    found.push(
      diagnostic('merge-subject-generic', args, { file: overlay.source.file, span, path }),
    );
  }
  return found;
}
