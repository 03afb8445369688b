/** The fewest placements from the merge's default order to the sheet's. */
import { describe, expect, it } from 'vitest';
import { keptInOrder, placementsFor } from '../../src/import/into/order.js';

describe('placements for the sheet order', () => {
  it('an unchanged order needs none', () => {
    expect(placementsFor(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual([]);
  });

  it('a new row inserted in the middle is placed after the row above it', () => {
    expect(placementsFor(['a', 'b', 'new'], ['a', 'new', 'b'], new Set(['new']))).toEqual([
      { id: 'new', side: 'after', anchor: 'a' },
    ]);
  });

  it('rows moved to the top are placed before the first row that stays, then one after another', () => {
    expect(placementsFor(['a', 'b', 'c', 'd'], ['c', 'd', 'a', 'b'])).toEqual([
      { id: 'a', side: 'after', anchor: 'd' },
      { id: 'b', side: 'after', anchor: 'a' },
    ]);
    expect(placementsFor(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual([
      { id: 'c', side: 'before', anchor: 'a' },
    ]);
  });

  it('the kept subsequence prefers the rows that were there before', () => {
    expect([...keptInOrder(['a', 'new', 'b'], ['a', 'b', 'new'], new Set(['new']))]).toEqual([
      'a',
      'b',
    ]);
  });
});
