/** The file cache's kept data (io/file-cache/kept-data.ts): serialized until read, read once. */
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { KeptData } from '../../src/io/file-cache/kept-data.js';

describe('KeptData', () => {
  it('reads its bytes only when asked for the data', () => {
    const kept = KeptData.fromBytes(Buffer.from('not serialized data'), 'health');
    expect(kept.domain).toBe('health');
    expect(() => kept.get()).toThrow();
  });

  it('gives back what it was made of, the same objects on every read', () => {
    const value = { domain: '卫生健康', items: [{ id: 'a', channels: ['政府网站'] }] };
    const kept = KeptData.of(value);
    expect(kept.domain).toBe('卫生健康');
    const restored = KeptData.fromBytes(kept.toBytes(), kept.domain);
    expect(restored.get()).toEqual(value);
    expect(restored.get()).toBe(restored.get());
    expect(Buffer.from(restored.toBytes())).toEqual(Buffer.from(serialize(value)));
  });

  it('knows no domain of data that names none', () => {
    expect(KeptData.of(['a list']).domain).toBeUndefined();
    expect(KeptData.of({ domain: 3 }).domain).toBeUndefined();
  });
});
