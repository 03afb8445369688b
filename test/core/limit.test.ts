import { describe, expect, it } from 'vitest';
import { limitConcurrency } from '../../src/core/util/limit.js';

describe('limitConcurrency', () => {
  it('runs at most `limit` tasks at once, the rest in order, and passes results and errors on', async () => {
    const limit = limitConcurrency(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const releases: (() => void)[] = [];
    const task = (n: number) => () => {
      started.push(n);
      running++;
      most = Math.max(most, running);
      return new Promise<number>((resolve) =>
        releases.push(() => {
          running--;
          resolve(n * 10);
        }),
      );
    };
    const results = [1, 2, 3, 4].map((n) => limit(task(n)));
    // Its rejection is awaited at once: it comes while the others are released, not at the end.
    const failed = expect(limit(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await Promise.resolve();
    expect(started).toEqual([1, 2]);
    while (releases.length > 0) {
      releases.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await Promise.all(results)).toEqual([10, 20, 30, 40]);
    await failed;
    expect(started).toEqual([1, 2, 3, 4]);
    expect(most).toBe(2);
  });
});
