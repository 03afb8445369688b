import { describe, expect, it } from 'vitest';
import { parseLevelLabel } from '../../src/core/vocabulary/level-labels.js';
import type { Level } from '../../src/core/vocabulary/levels.js';

describe('parseLevelLabel', () => {
  // Every header and cell label of docs/data-model.md §5 and reference/rows.
  it.each<[string, Level[]]>([
    ['市级', ['city']],
    ['州级', ['city']],
    ['县级', ['county']],
    ['县(区)级', ['county']],
    ['县（区）级', ['county']],
    ['区级', ['county']],
    ['区县级', ['county']],
    ['乡级', ['township']],
    ['乡(镇)级', ['township']],
    ['镇级', ['township']],
    ['镇(街)级', ['township']],
    ['街镇级', ['township']],
    ['镇街级', ['township']],
    ['镇街(园区)级', ['township']],
    ['乡镇级', ['township']],
    ['街道', ['township']],
    ['镇街乡', ['township']],
    ['乡、村级', ['township', 'village']],
    ['镇、村级', ['township', 'village']],
    ['乡(村)级', ['township', 'village']],
    ['村级', ['village']],
    ['村', ['village']],
    ['社区', ['village']],
    ['东阳市级', ['city']],
    ['州级县级', ['city', 'county']],
    ['旗级', ['county']],
  ])('%s', (label, levels) => {
    expect(parseLevelLabel(label)).toEqual(levels);
  });

  it.each<[string, Level[]]>([
    ['乡/镇/级', ['township']], // one character per line in a flattened header
    ['乡\n镇\n级', ['township']],
    [' 县 级 ', ['county']],
    ['\u00a0县级\u3000', ['county']],
    ['县(区)\n级', ['county']],
    ['鄉(xiāng)級(jí)', ['township']], // traditional mirror with pinyin gloss
    ['縣級', ['county']],
    ['乡（ 村 ）级', ['township', 'village']],
  ])('tolerates noise: %j', (label, levels) => {
    expect(parseLevelLabel(label)).toEqual(levels);
  });

  it.each([
    '',
    '   ',
    '级',
    '省级',
    '全社会',
    '特定群体',
    '公开方式', // a level column mislabelled (三门)
    '主动',
    '√',
    '县级人民政府民政部门',
    'county',
    '(((',
  ])('%j names no level', (label) => {
    expect(parseLevelLabel(label)).toBeUndefined();
  });
});
