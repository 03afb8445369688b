/**
 * `gkml import --baseline`: the imported catalogs as national baselines (src/import/baseline.ts),
 * each keeping the guideline of the bundled baseline of its domain.
 */
import type { RawCatalog, RawGuideline } from '../../../core/model/raw.js';
import type { DomainId } from '../../../core/vocabulary/domains.js';
import { asBaseline } from '../../../import/baseline.js';
import { bundledBaselinesFolder, loadBaselines } from '../../../pipeline/baselines.js';
import type { CliIo } from '../../io.js';
import type { SheetCatalog } from './read.js';

/** Turns each sheet's catalog into a baseline citing `source` (else the sheet's title). */
export async function baselinesOf(
  source: string | undefined,
  io: CliIo,
): Promise<(sheet: SheetCatalog, origin: string) => RawCatalog> {
  const { baselines } = await loadBaselines(bundledBaselinesFolder(), io);
  const guidelines = new Map<DomainId, RawGuideline | undefined>(
    baselines.map((b) => [b.domain.id, b.catalog.guideline]),
  );
  return (sheet, origin) => {
    const guideline = guidelines.get(sheet.domain);
    return asBaseline(sheet.catalog, {
      sheetTitle: sheet.catalog.title ?? sheet.sheet,
      origin,
      ...(source !== undefined ? { source } : {}),
      ...(guideline !== undefined ? { guideline } : {}),
    });
  };
}
