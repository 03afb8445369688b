/**
 * `import --into` drops the importer's notes about a blank cell when the region's item has no value
 * there either (the export left it blank), and keeps them where the region does have one.
 */
import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../src/core/diagnostics/index.js';
import { toItem } from '../../src/core/merge/index.js';
import { withoutEchoes } from '../../src/import/into/quiet.js';

const at = (cell: string) => ({ file: 'x.xlsx', sheet: '（十八）就业', cell });
const levelsMissing = (cell: string) =>
  diagnostic('excel-marks-missing', { group: '公开层级', item: '就业信息服务' }, at(cell));

describe('import --into: notes about blank cells', () => {
  const unstated = toItem({
    id: 'a',
    l1: '就业信息服务',
    channels: [{ name: '零工驿站', local: true }],
  });
  const stated = toItem({ id: 'b', l1: '就业信息服务', levels: ['县级'] });
  const sheets = [
    {
      file: 'x.xlsx',
      sheet: '（十八）就业',
      rows: [4, 5, 6],
      items: [unstated, stated, undefined],
    },
  ];

  it('a blank the region leaves blank too is not reported; one it fills, or a new row, is', () => {
    const kept = withoutEchoes(
      [levelsMissing('A4'), levelsMissing('A5'), levelsMissing('A6')],
      sheets,
    );
    expect(kept.map((d) => d.cell)).toEqual(['A5', 'A6']);
  });

  it('a local channel the item already has is not reported again', () => {
    const local = (name: string) =>
      diagnostic('excel-channel-local', { name, item: '就业信息服务' }, at('H4'));
    expect(
      withoutEchoes([local('零工驿站'), local('某某通APP')], sheets).map((d) => d.args),
    ).toEqual([{ name: '某某通APP', item: '就业信息服务' }]);
  });
});
