/**
 * Round trip export → import → export, byte for byte: on every region of examples/ (loaded and
 * merged for real) and on the hand-made fixture model. Items go back through core/merge's toItem,
 * the normalisation every catalog file goes through.
 */
import { describe, expect, it } from 'vitest';
import { toItem } from '../../src/core/merge/index.js';
import type { RepositoryModel } from '../../src/core/model/effective.js';
import { loadRepository } from '../../src/pipeline/load-repository.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { fixtureModel } from '../helpers/fixture-model.js';
import { roundTrip } from '../helpers/roundtrip.js';
import { projectWorkbook } from '../helpers/xlsx-projection.js';

const DATE = '2026-06-30';

async function expectRoundTrip(model: RepositoryModel): Promise<void> {
  const regions = model.regions.filter((r) => r.catalogs.length > 0);
  expect(regions.length).toBeGreaterThan(0);
  for (const region of regions) {
    const result = await roundTrip(model, region, toItem, DATE);
    if (!result.second.equals(result.first)) {
      // Show what differs, not two zip blobs.
      expect(await projectWorkbook(result.second)).toEqual(await projectWorkbook(result.first));
    }
    expect(result.second.equals(result.first), region.ref.name).toBe(true);
  }
}

describe('round trip export → import → export is byte-identical', () => {
  it('on every region of examples/', async () => {
    const loaded = await loadRepository('examples', { cwd: REPO_ROOT, today: DATE });
    if (!loaded.model) throw new Error('examples/ did not load');
    expect(loaded.model.regions.length).toBeGreaterThanOrEqual(8);
    await expectRoundTrip(loaded.model);
  });

  it('on the fixture model (三级事项, formula-like text, notes, a URL, a local channel)', async () => {
    await expectRoundTrip(fixtureModel());
  });

  it('and fails when the import loses something (the check can fail)', async () => {
    const model = fixtureModel();
    const region = model.regions.find((r) => r.catalogs.length > 0);
    if (!region) throw new Error('fixture without catalogs');
    const lossy = (raw: Parameters<typeof toItem>[0]) => ({ ...toItem(raw), subject: '改动' });
    const result = await roundTrip(model, region, lossy, DATE);
    expect(result.second.equals(result.first)).toBe(false);
  });
});
