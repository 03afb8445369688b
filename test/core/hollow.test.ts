/** Hollow regions kept relative to their parent's (core/model/hollow.ts), as the region cache does. */
import { serialize, deserialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { EffectiveCatalog, RegionModel } from '../../src/core/model/effective.js';
import { hollowOf, relativeHollow, restoredHollow } from '../../src/core/model/hollow.js';
import { region } from '../helpers/site-model.js';

// Examples (the shape of catalogs/national's, not their text).
const guideline = {
  title: '关于印发《就业领域基层政务公开标准指引》的通知',
  ministry: '人力资源社会保障部办公厅',
  docNo: '人社厅发〔2019〕1号',
};
const completeness = { status: 'partial' as const, note: '只收录了部分事项。' };

function place(code: string, parent: string | undefined, extra: Partial<EffectiveCatalog>) {
  const model = region({
    code,
    name: `区划${code}`,
    level: parent === undefined ? 'county' : 'township',
    path: code,
    ...(parent === undefined ? {} : { parent }),
    catalogs: { employment: [], 'social-assistance': [] },
  });
  return hollowOf({
    ...model,
    catalogs: model.catalogs.map((catalog) => ({
      ...catalog,
      // The fields sit between `file` and `items`, as the merge writes them.
      ...{ domain: catalog.domain, region: catalog.region, file: catalog.file },
      guideline,
      completeness,
      ...(catalog.domain === 'employment' ? extra : {}),
      items: [],
      omitted: [],
    })),
  });
}

/** Through the region cache: serialized and read back, as a part is. */
const keptAndRead = (kept: ReturnType<typeof relativeHollow>): typeof kept =>
  deserialize(serialize(kept)) as typeof kept;

describe('a hollow region kept relative to its parent', () => {
  const county = place('410102', undefined, {});
  const township = place('410102001', '410102', { title: '林山寨街道就业领域目录' });

  it('leaves out what it inherits unchanged, and gets it back the same, keys in order', () => {
    const kept = relativeHollow(township, county);
    expect(kept.fromParent).toEqual({
      employment: ['guideline', 'completeness'],
      'social-assistance': ['guideline', 'completeness'],
    });
    expect(JSON.stringify(kept.region)).not.toContain('人社厅发');
    const restored = restoredHollow(keptAndRead(kept), county);
    expect(JSON.stringify(restored)).toBe(JSON.stringify(township));
    // Shared with the parent, not a copy per region.
    expect(restored.catalogs[0]?.guideline).toBe(county.catalogs[0]?.guideline);
  });

  it("keeps a field that differs from the parent's, and everything without a parent", () => {
    const own = { ...completeness, note: '本镇补充了事项。' };
    const changed: RegionModel = {
      ...township,
      catalogs: township.catalogs.map((c) => ({ ...c, completeness: own })),
    };
    const kept = relativeHollow(changed, county);
    expect(kept.fromParent?.employment).toEqual(['guideline']);
    expect(JSON.stringify(restoredHollow(keptAndRead(kept), county))).toBe(JSON.stringify(changed));
    expect(relativeHollow(county, undefined)).toEqual({ region: county });
  });

  it('is refused without the parent it was kept against', () => {
    const kept = relativeHollow(township, county);
    expect(() => restoredHollow(kept, undefined)).toThrow(/parent's catalog is not known/);
  });
});
