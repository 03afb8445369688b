/** The file cache's kept data (io/file-cache/kept-data.ts): read when first asked for, once. */
import { describe, expect, it } from 'vitest';
import { KeptData } from '../../src/io/file-cache/kept-data.js';

describe('KeptData', () => {
  it("reads its part's catalogs only when asked for the data, and only once", () => {
    let reads = 0;
    const catalogs = () => {
      reads += 1;
      return [{ domain: 'a' }, { domain: 'health', items: [] }];
    };
    const kept = KeptData.inPart(catalogs, 1, 'health');
    expect(kept.domain).toBe('health');
    expect(reads).toBe(0);
    expect(kept.get()).toEqual({ domain: 'health', items: [] });
    expect(kept.get()).toBe(kept.get());
    expect(reads).toBe(1);
  });

  it('throws when its part cannot be read, or holds fewer catalogs', () => {
    const broken = KeptData.inPart(
      () => {
        throw new Error('gone');
      },
      0,
      'health',
    );
    expect(() => broken.get()).toThrow('gone');
    expect(() => KeptData.inPart(() => [], 0, 'health').get()).toThrow();
  });

  it('knows the domain of data just parsed, and none of data that names none', () => {
    const value = { domain: '卫生健康', items: [{ id: 'a', channels: ['政府网站'] }] };
    expect(KeptData.of(value).get()).toBe(value);
    expect(KeptData.of(value).domain).toBe('卫生健康');
    expect(KeptData.of(['a list']).domain).toBeUndefined();
    expect(KeptData.of({ domain: 3 }).domain).toBeUndefined();
  });
});
