import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../helpers/fixture-model.js';
import { normaliseRawItem } from '../helpers/normalize.js';
import { roundTrip } from '../helpers/roundtrip.js';
import { projectWorkbook } from '../helpers/xlsx-projection.js';

describe('round trip export → import → export', () => {
  const model = fixtureModel();
  for (const region of model.regions.filter((r) => r.catalogs.length > 0)) {
    it(`is byte-identical for ${region.ref.name} (fixture model)`, async () => {
      const result = await roundTrip(model, region, normaliseRawItem, '2026-06-30');
      expect(result.warnings).toEqual([]);
      if (!result.second.equals(result.first)) {
        // Show what differs, not two zip blobs.
        expect(await projectWorkbook(result.second)).toEqual(await projectWorkbook(result.first));
      }
      expect(result.second.equals(result.first)).toBe(true);
    });
  }
});
