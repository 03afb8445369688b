/** collectGarbage really collects: an object nothing refers to is gone afterwards. */
import { expect, it } from 'vitest';
import { collectGarbage } from '../../src/pipeline/collect-garbage.js';

it('collects an object nothing refers to any more', async () => {
  const weak = new WeakRef({ big: new Array(1000).fill('x') });
  // A WeakRef keeps its target alive until the job that made it ends.
  await new Promise((resolve) => setTimeout(resolve, 0));
  collectGarbage(0, 0); // a test's heap is far below the floor a compile collects above
  expect(weak.deref()).toBeUndefined();
});
