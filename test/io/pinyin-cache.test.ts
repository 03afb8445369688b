/** The search index's pinyin kept between compiles (io/pinyin-cache.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { PinyinCache } from '../../src/io/pinyin-cache.js';
import { tempFolder } from '../helpers/git.js';

const work = tempFolder('gkml-pinyin-cache-');
afterAll(() => {
  work.remove();
});

/** A stand-in for pinyinOf that counts its calls. */
function counted(): { compute: (text: string) => string; calls: string[] } {
  const calls: string[] = [];
  return { calls, compute: (text) => (calls.push(text), `py(${text})`) };
}

describe('PinyinCache', () => {
  it('computes a text once, and the next run not at all', async () => {
    const file = join(work.path, 'round-trip.bin');
    const first = PinyinCache.open(file, 'build-1');
    const one = counted();
    expect(first.of('最低生活保障', one.compute)).toBe('py(最低生活保障)');
    expect(first.of('最低生活保障', one.compute)).toBe('py(最低生活保障)');
    expect(first.of('办事指南', one.compute)).toBe('py(办事指南)');
    expect(one.calls).toEqual(['最低生活保障', '办事指南']);
    await first.writeTo(file);

    const next = PinyinCache.open(file, 'build-1');
    const two = counted();
    expect(next.of('办事指南', two.compute)).toBe('py(办事指南)');
    expect(next.of('特困人员救助供养', two.compute)).toBe('py(特困人员救助供养)');
    expect(two.calls).toEqual(['特困人员救助供养']);
    // Only what this run asked for is passed on: 最低生活保障 went away.
    await next.writeTo(file);
    const kept = deserialize(readFileSync(file)) as { texts: string[] };
    expect(kept.texts.sort()).toEqual(['办事指南', '特困人员救助供养'].sort());
  });

  it('passes the table on from a run that asked for nothing', async () => {
    const file = join(work.path, 'idle.bin');
    const first = PinyinCache.open(file, 'build-1');
    first.of('办事指南', counted().compute);
    await first.writeTo(file);
    await PinyinCache.open(file, 'build-1').writeTo(file);
    const again = counted();
    PinyinCache.open(file, 'build-1').of('办事指南', again.compute);
    expect(again.calls).toEqual([]);
  });

  it("ignores another build's table, a damaged one and a missing one", async () => {
    const file = join(work.path, 'other.bin');
    const first = PinyinCache.open(file, 'build-1');
    first.of('办事指南', counted().compute);
    await first.writeTo(file);
    const other = counted();
    PinyinCache.open(file, 'build-2').of('办事指南', other.compute);
    expect(other.calls).toEqual(['办事指南']);

    const damaged = join(work.path, 'damaged.bin');
    writeFileSync(damaged, readFileSync(file).subarray(0, 9));
    const broken = counted();
    PinyinCache.open(damaged, 'build-1').of('办事指南', broken.compute);
    expect(broken.calls).toEqual(['办事指南']);

    const none = counted();
    PinyinCache.open(join(work.path, 'missing.bin'), 'build-1').of('办事指南', none.compute);
    expect(none.calls).toEqual(['办事指南']);
  });
});
