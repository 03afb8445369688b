/**
 * Registers joined to the merged repository: each documents.yaml is checked against its region's
 * effective catalog and attached to that region, for the site, export and review.
 */
import type { Diagnostic } from '../diagnostics/index.js';
import type { RepositoryModel } from '../model/effective.js';
import { checkRegisterItems, type RegisterCheckOptions, type RegisterUnit } from './index.js';
import { catalogLookup } from './lookup.js';

export function joinRegisters(
  model: RepositoryModel,
  units: readonly RegisterUnit[],
  options: RegisterCheckOptions,
): { model: RepositoryModel; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const byRegion = new Map(units.map((unit) => [unit.regionFile, unit]));
  const regions = model.regions.map((region) => {
    const unit = byRegion.get(region.file);
    if (!unit) return region;
    diagnostics.push(...checkRegisterItems(unit, catalogLookup(region), options));
    return { ...region, register: { file: unit.source.file, register: unit.register } };
  });
  return { model: { ...model, regions }, diagnostics };
}
