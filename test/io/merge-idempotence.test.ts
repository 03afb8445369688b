/**
 * Merge idempotence: every effective catalog of examples/, written back as a baseline (the format
 * `gkml merge` prints) and merged again under an empty overlay at the same level, gives the same
 * items; and loading the repository twice gives the same model.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { mergeRepository, toRawCatalog } from '../../src/core/merge/index.js';
import { LEVEL_LABELS } from '../../src/core/vocabulary/levels.js';
import type { EffectiveCatalog, RegionModel } from '../../src/core/model/effective.js';
import { loadRepository } from '../../src/pipeline/load-repository.js';
import { REPO_ROOT, TEST_TODAY } from '../helpers/cli.js';
import { catalogFile, repositoryInput } from '../helpers/merge.js';

const options = { cwd: REPO_ROOT, today: TEST_TODAY };

async function examples() {
  const loaded = await loadRepository(join(REPO_ROOT, 'examples'), options);
  if (!loaded.model) throw new Error('examples did not load');
  return loaded.model;
}

/** The catalog re-expressed as a baseline, merged under a region of the same level. */
function remerge(region: RegionModel, catalog: EffectiveCatalog) {
  const baseline = stringify(
    toRawCatalog({ domain: catalog.domain, items: catalog.items.map((e) => e.item) }),
  );
  const input = repositoryInput({}, [
    {
      dir: 'again',
      region: `code: "${region.ref.code}"\nname: ${region.ref.name}\nlevel: ${LEVEL_LABELS[region.ref.level]}\n`,
      catalogs: { 'overlay.yaml': `domain: ${catalog.domain}\nitems: []\n` },
    },
  ]);
  input.national = [catalogFile(`national/${catalog.domain}.yaml`, baseline)];
  return mergeRepository(input).model.regions[0]?.catalogs[0];
}

describe('merge idempotence on examples/', () => {
  it('an effective catalog written back as a baseline merges to the same items', async () => {
    const model = await examples();
    let compared = 0;
    for (const region of model.regions) {
      for (const catalog of region.catalogs) {
        const again = remerge(region, catalog);
        expect(
          again?.items.map((e) => e.item),
          `${region.ref.name} ${catalog.domain}`,
        ).toEqual(catalog.items.map((e) => e.item));
        compared += catalog.items.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('the check fails when the written-back catalog loses something', async () => {
    const model = await examples();
    const region = model.regions.find((r) => r.catalogs.some((c) => c.items.length > 1));
    const catalog = region?.catalogs.find((c) => c.items.length > 1);
    if (!region || !catalog) throw new Error('no catalog with items');
    const shorter = { ...catalog, items: catalog.items.slice(1) };
    expect(remerge(region, shorter)?.items.map((e) => e.item)).not.toEqual(
      catalog.items.map((e) => e.item),
    );
  });

  it('loading twice gives the same model', async () => {
    expect(await examples()).toEqual(await examples());
  });
});
