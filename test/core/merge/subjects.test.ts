/** The generic-subject heuristic on real wordings (national templates, local catalogs). */
import { describe, expect, it } from 'vitest';
import { isGenericSubject, placeNames } from '../../../src/core/merge/index.js';

const places = placeNames(['中原区', '郑州市']);

describe('generic 公开主体', () => {
  const generic = [
    '县级人民政府民政部门',
    '县级人民政府民政部门、乡镇人民政府（街道办事处）',
    '应急管理部门',
    '县（市、区）教育部门',
    '公安机关',
    '相关审批部门',
    '辖区政府和相关审批部门',
    '地方各级财政部门',
    '住房和城乡建设部门',
    '中原区民政局、乡镇人民政府（街道办事处）',
  ];
  const concrete = [
    '中原区民政局',
    '郑州市生态环境局中原分局',
    '中原区人力资源和社会保障局、各街道办事处',
    '采购人或者其委托的采购代理机构',
    '须水街道办事处（社会事务办）',
    '县扶贫开发办公室的中原区分支',
  ];
  for (const subject of generic) {
    it(`generic: ${subject}`, () => {
      expect(isGenericSubject(subject, places)).toBe(true);
    });
  }
  for (const subject of concrete) {
    it(`concrete: ${subject}`, () => {
      expect(isGenericSubject(subject, places)).toBe(false);
    });
  }

  it('place names: whole, and without their ending', () => {
    expect(placeNames(['中原区', '须水街道', '杨家村', '云川市'])).toEqual([
      '中原区',
      '中原',
      '须水街道',
      '须水',
      '杨家村',
      '杨家',
      '云川市',
      '云川',
    ]);
  });
});
