/** Order in a region's table: the default, and `after` / `before` placements. */
import { describe, expect, it } from 'vitest';
import { merge } from '../../helpers/merge.js';
import { COUNTY, NATIONAL } from './fixtures.js';

const LOCAL = (id: string, extra = '') =>
  `  - id: ${id}\n    local: true\n    l1: 新\n    audience: 全社会\n    method: 主动\n    levels: [县级]\n    subject: 河西区人社局\n${extra}`;

function order(items: string) {
  const result = merge({ 'employment.yaml': NATIONAL }, [
    {
      dir: 'hexi',
      region: COUNTY,
      catalogs: { 'employment.yaml': `domain: employment\nitems:\n${items}` },
    },
  ]);
  return {
    ids: result.model.regions[0]?.catalogs[0]?.items.map((e) => e.item.id),
    codes: result.diagnostics.filter((d) => d.code !== 'merge-subject-generic').map((d) => d.code),
  };
}

describe('placements', () => {
  it('by default: the parent order, then local items in file order', () => {
    expect(order(LOCAL('b') + LOCAL('a')).ids).toEqual([
      'info.consulting',
      'info.vacancies',
      'info.city-fairs',
      'b',
      'a',
    ]);
  });

  it('after and before move an item next to another, applied in file order', () => {
    const items =
      LOCAL('a', '    after: info.consulting\n') +
      LOCAL('b', '    after: a\n') +
      '  - id: info.city-fairs\n    before: info.consulting\n';
    expect(order(items)).toEqual({
      ids: ['info.city-fairs', 'info.consulting', 'a', 'b', 'info.vacancies'],
      codes: [],
    });
  });

  it('a placement naming an item not in the table is a warning, and the item keeps its place', () => {
    expect(order(LOCAL('a', '    after: nothing-here\n'))).toEqual({
      ids: ['info.consulting', 'info.vacancies', 'info.city-fairs', 'a'],
      codes: ['merge-place-unmatched'],
    });
  });
});
