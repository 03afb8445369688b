/**
 * One effective catalog as JSON, with the provenance of every value (layer, file, line): for
 * scripts and other tools. Keys keep the model's order, so the same input gives the same bytes.
 */
import type { EffectiveCatalog } from '../core/model/effective.js';

/** Bumped when the shape changes in a way that breaks readers. */
export const JSON_EXPORT_VERSION = 1;

export function renderCatalogJson(
  catalog: EffectiveCatalog,
  options: { example: boolean },
): string {
  const document = {
    format: 'gkml-effective-catalog',
    version: JSON_EXPORT_VERSION,
    example: options.example,
    catalog,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
