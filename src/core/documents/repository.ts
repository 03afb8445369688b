/**
 * Registers joined to the merged repository: each documents.yaml is checked against its region's
 * effective catalog and attached to that region, for the site, export and review.
 */
import type { Diagnostic } from '../diagnostics/index.js';
import type { RegionModel, RepositoryModel } from '../model/effective.js';
import { checkRegisterItems, type RegisterCheckOptions, type RegisterUnit } from './index.js';
import { catalogLookup } from './lookup.js';

export function joinRegisters(
  model: RepositoryModel,
  units: readonly RegisterUnit[],
  options: RegisterCheckOptions,
): { model: RepositoryModel; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const join = registerJoiner(units, options);
  const regions = model.regions.map((region) => {
    const joined = join(region);
    diagnostics.push(...joined.diagnostics);
    return joined.region;
  });
  return { model: { ...model, regions }, diagnostics };
}

/** One region at a time: its register (if it has one) checked and attached. */
export function registerJoiner(
  units: readonly RegisterUnit[],
  options: RegisterCheckOptions,
): (region: RegionModel) => { region: RegionModel; diagnostics: Diagnostic[] } {
  const byRegion = new Map(units.map((unit) => [unit.regionFile, unit]));
  return (region) => {
    const unit = byRegion.get(region.file);
    if (!unit) return { region, diagnostics: [] };
    return {
      region: { ...region, register: { file: unit.source.file, register: unit.register } },
      diagnostics: checkRegisterItems(unit, catalogLookup(region), options),
    };
  };
}
