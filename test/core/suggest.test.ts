import { describe, expect, it } from 'vitest';
import { allDomainNames } from '../../src/core/vocabulary/domains.js';
import { closestMatches, editDistance } from '../../src/core/util/suggest.js';
import { CANONICAL_CHANNELS } from '../../src/core/vocabulary/table-values.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['救灾', '救灾', 0],
    ['政府服务中心', '政务服务中心', 1],
    ['救灾生', '救灾', 1],
    ['kitten', 'sitting', 3],
    ['𠀀a', 'a', 1], // astral-plane character counts once
  ])('%s → %s = %i', (a, b, distance) => {
    expect(editDistance(Array.from(a), Array.from(b))).toBe(distance);
  });
});

describe('closestMatches', () => {
  const channels = [...CANONICAL_CHANNELS];
  const domains = allDomainNames();

  it.each([
    ['政府服务中心', channels, ['政务服务中心']],
    ['救灾生', domains, ['救灾', '救灾生产']],
    ['政府网', channels, ['政府网站']],
    ['两微一段', channels, ['两微一端']],
    ['healt', domains, ['health']],
    ['HEALTH', domains, ['health']],
    ['ｈｅａｌｔｈ', domains, ['health']],
  ])('%s suggests %j', (input, candidates, expected) => {
    expect(closestMatches(input, candidates)).toEqual(expected);
  });

  it.each([
    ['garbage', domains],
    ['x', ['y']],
    ['扶贫', ['救灾']],
    ['', channels],
    ['   ', channels],
  ])('%j suggests nothing', (input, candidates) => {
    expect(closestMatches(input, candidates)).toEqual([]);
  });

  it('ranks by distance, then by the order of the candidates', () => {
    expect(closestMatches('abcd', ['abxy', 'abcx', 'abcy', 'abcd'])).toEqual([
      'abcd',
      'abcx',
      'abcy',
    ]);
    expect(closestMatches('abcd', ['abcy', 'abcx'])).toEqual(['abcy', 'abcx']);
  });

  it('respects max and drops duplicate candidates', () => {
    expect(closestMatches('abcd', ['abcx', 'abcx', 'abcy'], 1)).toEqual(['abcx']);
    expect(closestMatches('abcd', ['abcx', 'abcx', 'abcy'])).toEqual(['abcx', 'abcy']);
    expect(closestMatches('abcd', ['abcx'], 0)).toEqual([]);
  });
});
