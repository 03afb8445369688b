import { describe, expect, it } from 'vitest';
import { findDocNo, normalizeDocNo } from '../../src/core/cells/basis/doc-number.js';
import { basisKey, parseBasis, type ParsedBasis } from '../../src/core/cells/basis/parse.js';
import { splitBases } from '../../src/core/cells/basis/split.js';

describe('parseBasis: titles and document numbers', () => {
  it.each([
    ['《政府信息公开条例》', '《政府信息公开条例》', undefined],
    [
      '《中华人民共和国政府信息公开条例》（国务院令第711号）',
      '《中华人民共和国政府信息公开条例》',
      '国务院令第711号',
    ],
    [
      '《中华人民共和国政府信息公开条例》（国令第711号）',
      '《中华人民共和国政府信息公开条例》',
      '国令第711号',
    ],
    [
      '《中华人民共和国政府信息公开条例》（中华人民共和国国务院令第711号）',
      '《中华人民共和国政府信息公开条例》',
      '中华人民共和国国务院令第711号',
    ],
    [
      '《关于全面推进政务公开工作的意见》（中办发﹝2016﹞8号）',
      '《关于全面推进政务公开工作的意见》',
      '中办发﹝2016﹞8号',
    ],
    [
      '《关于全面推进政务公开工作的意见》（中办发〔2016〕8 号）',
      '《关于全面推进政务公开工作的意见》',
      '中办发〔2016〕8 号',
    ],
    [
      '《文化部 财政部关于做好城市社区（街道）文化中心免费开放工作的通知》（文财务函[2016]171号）',
      '《文化部 财政部关于做好城市社区（街道）文化中心免费开放工作的通知》',
      '文财务函[2016]171号',
    ],
    [
      '《食品药品安全监管信息公开管理办法》食药监法〔2017〕125号',
      '《食品药品安全监管信息公开管理办法》',
      '食药监法〔2017〕125号',
    ],
    [
      '《国家税务总局关于纳税人权利与义务的公告》（公告2009年第1号）',
      '《国家税务总局关于纳税人权利与义务的公告》',
      '公告2009年第1号',
    ],
    [
      '《必须招标的工程项目规定》（国家发改委2018年第16号令）',
      '《必须招标的工程项目规定》',
      '国家发改委2018年第16号令',
    ],
    ['《文化馆服务标准》（GB/T 32939—2016）', '《文化馆服务标准》', 'GB/T 32939—2016'],
    [
      '《中华人民共和国农业机械化促进法》（主席令第十六号）',
      '《中华人民共和国农业机械化促进法》',
      '主席令第十六号',
    ],
    [
      '《中共中央、国务院转发<中央宣传部、司法部关于在公民中开展法治宣传教育的第七个五年规划（2016-2020年）>》',
      '《中共中央、国务院转发<中央宣传部、司法部关于在公民中开展法治宣传教育的第七个五年规划（2016-2020年）>》',
      undefined,
    ],
    [
      '《２０１８—２０２０年农机购置补贴实施指导意见》（农办财〔２０１８〕１３号）',
      '《2018—2020年农机购置补贴实施指导意见》',
      '农办财〔2018〕13号',
    ],
  ])('%s', (text, title, docNo) => {
    const parsed = parseBasis(text);
    expect(parsed.title).toBe(title);
    expect(parsed.docNo).toBe(docNo);
    expect(parsed.written).toBe(text);
    expect(parsed.placeholder).toBe(false);
  });

  // docs/data-model.md §4: closing brackets lost or misplaced, stray spaces and 号.
  it.each([
    [
      '《民政部 财政部关于进一步加强和改进临时救助工作的意见》(民发〔2018)23号〕',
      '民发〔2018)23号',
      '民发〔2018〕23号',
    ],
    [
      '《国务院办公厅关于推进某领域政府信息公开的意见》(国办发〔201680号)',
      '国办发〔201680号',
      '国办发〔2016〕80号',
    ],
    ['《中华人民共和国政府信息公开条例》(国令第711号) 号', '国令第711号', '国令第711号'],
    [
      '《关于推进国有土地上房屋征收与补偿信息公开工作的实施意见》(建房〔2012 ) 8 4 号 )',
      '建房〔2012 ) 8 4 号',
      '建房〔2012〕84号',
    ],
    ['《某某通知》（建村〔2017192号）', '建村〔2017192号', '建村〔2017〕192号'],
    [
      '《关于印发全国独生子女伤残死亡家庭特别扶助制度试点方案的通知》（国人口发（2007）78号）',
      '国人口发（2007）78号',
      '国人口发〔2007〕78号',
    ],
  ])('repairs %s', (text, docNo, normalized) => {
    const parsed = parseBasis(text);
    expect(parsed.docNo).toBe(docNo);
    expect(parsed.note).toBeUndefined();
    expect(normalizeDocNo(docNo)).toBe(normalized);
  });

  it('puts a lost bracket back on the title', () => {
    expect(parseBasis('税收征收管理法》').title).toBe('《税收征收管理法》');
    expect(parseBasis('《中华人民共和国政府信息公开条').title).toBe(
      '《中华人民共和国政府信息公开条》',
    );
  });

  it('gives a title written without 《》 its brackets, keeping the number apart', () => {
    expect(
      parseBasis('关于进一步做好个人涉农创业担保贷款财政贴息工作的通知 辽财金〔2019〕224号'),
    ).toMatchObject({
      title: '《关于进一步做好个人涉农创业担保贷款财政贴息工作的通知》',
      docNo: '辽财金〔2019〕224号',
    });
    expect(
      parseBasis('关于进一步加强耕地地力保护补贴资金管理工作的通知（苏财农〔2021〕95号）'),
    ).toMatchObject({
      title: '《关于进一步加强耕地地力保护补贴资金管理工作的通知》',
      docNo: '苏财农〔2021〕95号',
    });
    expect(parseBasis('国办发〔2017〕97号')).toMatchObject({
      title: '国办发〔2017〕97号',
      docNo: '国办发〔2017〕97号',
    });
  });
});

describe('parseBasis: notes, tags, ranks', () => {
  it('keeps amendment history out of the number, in the note', () => {
    expect(
      parseBasis(
        '《中华人民共和国就业促进法》（2007年8月30日第十届全国人民代表大会常务委员会第二十九次会议通过，根据2015年4月24日第十二届全国人民代表大会常务委员会第十四次会议《关于修改〈中华人民共和国电力法〉等六部法律的决定》修正）',
      ),
    ).toMatchObject({
      title: '《中华人民共和国就业促进法》',
      note: '2007年8月30日第十届全国人民代表大会常务委员会第二十九次会议通过，根据2015年4月24日第十二届全国人民代表大会常务委员会第十四次会议《关于修改〈中华人民共和国电力法〉等六部法律的决定》修正',
      rank: '法律',
    });
    expect(
      parseBasis(
        '《中华人民共和国母婴保健法》（1994年10月27日中华人民共和国主席令第33号，2017年11月4日修正）',
      ),
    ).toMatchObject({
      docNo: '中华人民共和国主席令第33号',
      note: '1994年10月27日，2017年11月4日修正',
    });
    expect(
      parseBasis('《中华人民共和国政府信息公开条例》国务院令第711号，第二十条第七款'),
    ).toMatchObject({
      docNo: '国务院令第711号',
      note: '第二十条第七款',
    });
    expect(
      parseBasis('《中华人民共和国就业促进法》（2007年8月30日通过，2015年4月24日修正）'),
    ).toEqual({
      written: '《中华人民共和国就业促进法》（2007年8月30日通过，2015年4月24日修正）',
      title: '《中华人民共和国就业促进法》',
      note: '2007年8月30日通过，2015年4月24日修正',
      rank: '法律',
      rankSource: 'inferred',
      placeholder: false,
    } satisfies ParsedBasis);
    expect(parseBasis('《关于全面推进政务公开工作的意见》及其实施细则').note).toBe('及其实施细则');
    expect(parseBasis('《中华人民共和国政府信息公开条例》（国务院令第711号）等').note).toBe('等');
  });

  it.each([
    [
      '【法律】《中华人民共和国人口与计划生育法》（主席令第41号，2015年12月27日修正）',
      '法律',
      '法律',
    ],
    [
      '【条例】《住房城乡建设部 财政部关于做好城镇住房保障家庭租赁补贴工作的指导意见》（2016年12月8日发布，建保〔2016〕281号）',
      '条例',
      '行政法规',
    ],
    [
      '【行政法规】《疫苗流通和预防接种管理条例》（国务院令第434号，2016年修订）',
      '行政法规',
      '行政法规',
    ],
    [
      '【规章】《公共租赁住房管理办法》（住房和城乡建设部令第11号，发布2012-05-28，实施2012-07-15，发布机关住房和城乡建设部）',
      '规章',
      '规章',
    ],
    [
      '【部门规章及规范性文件】《国家基本公共卫生服务规范（第三版）》（国卫基层发〔2017〕13号）',
      '部门规章及规范性文件',
      '规章',
    ],
    ['【规范性文件】《某某通知》', '规范性文件', '规范性文件'],
  ])('reads the tag of %s', (text, tag, rank) => {
    expect(parseBasis(text)).toMatchObject({ tag, rank, rankSource: 'tag' });
  });

  it('keeps an unknown tag without a rank', () => {
    const parsed = parseBasis('【其他】《某某通知》');
    expect(parsed.tag).toBe('其他');
    expect(parsed.rank).toBeUndefined();
  });

  it.each([
    ['《中华人民共和国预算法》', '法律'],
    ['《律师法》', '法律'],
    ['《中华人民共和国招标投标法实施条例》', '行政法规'],
    ['《城市供水条例》', '行政法规'],
    ['《重庆市就业促进条例》', '地方性法规'],
    ['《廉租住房保障办法》（建设部令第162号）', '规章'],
    ['《就业服务与就业管理规定》（中华人民共和国人力资源和社会保障部令第23号）', '规章'],
    ['《社会救助暂行办法》（2014年2月21日国务院令第649号公布，2019年3月2日修改）', '行政法规'],
    ['《招标公告和公示信息发布管理办法》（国家发展改革委2017年第10号令）', '规章'],
  ])('infers the rank of %s', (text, rank) => {
    expect(parseBasis(text)).toMatchObject({ rank, rankSource: 'inferred' });
  });

  it.each([
    '《廉租住房保障办法》',
    '《关于全面推进政务公开工作的意见》',
    '《母婴保健法实施办法》',
    '同上',
  ])('does not guess a rank for %s', (text) => {
    expect(parseBasis(text).rank).toBeUndefined();
  });

  it('drops list markers but keeps the written text', () => {
    expect(parseBasis('1.《户口登记条例》')).toMatchObject({
      title: '《户口登记条例》',
      written: '1.《户口登记条例》',
    });
    expect(parseBasis('●《户口登记条例》').title).toBe('《户口登记条例》');
  });
});

describe('parseBasis: placeholders', () => {
  it.each([
    '信息公开规定',
    '相关政策文件',
    '同上',
    '各地配套政策法规文件',
    '各地相关政策法规文件',
    '各省“七五”普法规划',
    '建设用地审查报批有关规定',
    '《XX省农机购置补贴实施方案》',
    '《××市实施办法》',
    '',
  ])('%j is a placeholder', (text) => {
    const parsed = parseBasis(text);
    expect(parsed.placeholder).toBe(true);
    expect(parsed.rank).toBeUndefined();
  });

  it('keeps a placeholder as written, without 《》', () => {
    expect(parseBasis('信息公开规定')).toEqual({
      written: '信息公开规定',
      title: '信息公开规定',
      placeholder: true,
    } satisfies ParsedBasis);
  });

  it('survives hostile text', () => {
    for (const text of [
      '《《《《',
      '》》》',
      '（（（国令',
      '【】',
      '〔〕号',
      '《中华人民共和国飞禽走兽老虎机条例》',
    ]) {
      expect(() => parseBasis(text)).not.toThrow();
    }
  });
});

describe('splitBases', () => {
  it.each([
    ['、', '《a》、《b》、《c》'],
    ['，', '《a》，《b》，《c》'],
    [',', '《a》,《b》,《c》'],
    ['；', '《a》；《b》；《c》'],
    ['newlines', '《a》\n《b》\r\n《c》'],
    ['nothing', '《a》《b》《c》'],
    ['spaces', '《a》 《b》\u3000《c》'],
    ['a numbered list', '1.《a》 2.《b》 3.《c》'],
    ['a numbered list without spaces', '1.《a》2.《b》3.《c》'],
    ['bullets', '●《a》●《b》●《c》'],
    ['bullets on lines', '●《a》\n●《b》\n●《c》'],
  ])('splits on %s', (_how, cell) => {
    expect(splitBases(cell)).toEqual(['《a》', '《b》', '《c》']);
  });

  it('never splits inside 《》 or a bracketed note', () => {
    expect(
      splitBases(
        '《中共中央、国务院转发<中央宣传部、司法部关于在公民中开展法治宣传教育的第七个五年规划（2016-2020年）>》、《中华人民共和国社会保险法》（2010年10月28日通过，根据2018年12月29日《关于修改〈中华人民共和国社会保险法〉的决定》修正）',
      ),
    ).toEqual([
      '《中共中央、国务院转发<中央宣传部、司法部关于在公民中开展法治宣传教育的第七个五年规划（2016-2020年）>》',
      '《中华人民共和国社会保险法》（2010年10月28日通过，根据2018年12月29日《关于修改〈中华人民共和国社会保险法〉的决定》修正）',
    ]);
  });

  it('keeps numbers, articles and 等 with their title', () => {
    expect(
      splitBases('《中华人民共和国政府信息公开条例》国务院令第711号，第二十条第七款'),
    ).toHaveLength(1);
    expect(splitBases('《a》，国办发〔2017〕97号、《b》')).toEqual([
      '《a》，国办发〔2017〕97号',
      '《b》',
    ]);
    expect(splitBases('《a》（国令第711号）《b》（国办发〔2017〕97号）')).toEqual([
      '《a》（国令第711号）',
      '《b》（国办发〔2017〕97号）',
    ]);
  });

  it('recovers after a broken bracket', () => {
    expect(splitBases('《a》(国办发〔201680号)、《b》、《c》')).toEqual([
      '《a》(国办发〔201680号)',
      '《b》',
      '《c》',
    ]);
    expect(splitBases('《a》(民发〔2018)23号〕、《b》')).toEqual([
      '《a》(民发〔2018)23号〕',
      '《b》',
    ]);
  });

  it('keeps tags with their titles', () => {
    expect(
      splitBases('【条例】《a》【规章】《b》（住房和城乡建设部令第11号）\n【法律】《c》'),
    ).toEqual(['【条例】《a》', '【规章】《b》（住房和城乡建设部令第11号）', '【法律】《c》']);
  });

  it('splits titles written without 《》 and placeholders', () => {
    expect(
      splitBases('《老年人权益保障法》、《养老机构管理办法》、信息公开条例及相关规定'),
    ).toEqual(['《老年人权益保障法》', '《养老机构管理办法》', '信息公开条例及相关规定']);
    expect(
      splitBases(
        '关于进一步做好个人涉农创业担保贷款财政贴息工作的通知 辽财金〔2019〕224号、关于进一步做好创业担保贷款财政贴息工作的通知 辽财债〔2018〕206号',
      ),
    ).toHaveLength(2);
  });

  it('splits a real 保障性住房 basis cell', () => {
    const bases = [
      '《已购公有住房和经济适用住房上市出售管理暂行办法》（建设部令第69号）',
      '《廉租住房保障办法》（建设部令第162号）',
      '《经济适用住房管理办法》（建住房〔2007〕258号）',
      '《公共租赁住房管理办法》（住房和城乡建设部令第11号）',
      '《住房城乡建设部 财政部 国家发改委关于公共租赁住房和廉租住房并轨运行的通知》（建保〔2013〕178号）',
      '《中共中央办公厅 国务院办公厅印发〈关于全面推进政务公开工作的意见〉的通知》（中办发〔2016〕8号）',
      '《国务院办公厅印发〈关于全面推进政务公开工作的意见〉实施细则的通知》',
    ];
    expect(splitBases(bases.join('\n'))).toEqual(bases);
    expect(splitBases(bases.join('、'))).toEqual(bases);
    expect(splitBases(bases.map((basis, index) => `${index + 1}.${basis}`).join(' '))).toEqual(
      bases,
    );
  });

  it.each(['', '  ', '、、，', '\n\n'])('finds nothing in %j', (cell) => {
    expect(splitBases(cell)).toEqual([]);
  });

  it('keeps a single entry whole', () => {
    expect(splitBases('同上')).toEqual(['同上']);
    expect(splitBases('《政府信息公开条例》')).toEqual(['《政府信息公开条例》']);
  });
});

describe('normalizeDocNo and findDocNo', () => {
  it.each([
    ['中办发〔2016〕8号', '中办发〔2016〕8号'],
    ['中办发﹝2016﹞8号', '中办发〔2016〕8号'],
    ['中办发[2016]8号', '中办发〔2016〕8号'],
    ['中办发【2016】8号', '中办发〔2016〕8号'],
    ['中办发(2016)8号', '中办发〔2016〕8号'],
    ['中办发（2016）8号', '中办发〔2016〕8号'],
    ['中办发〔2016〕8 号', '中办发〔2016〕8号'],
    ['（中办发〔2016〕8号）', '中办发〔2016〕8号'],
    ['国务院令第711号', '国令第711号'],
    ['中华人民共和国国务院令第711号', '国令第711号'],
    ['国务院令711号', '国令第711号'],
    ['主席令第十六号', '主席令第16号'],
    ['GB T 32939—2016', 'GB/T32939-2016'],
    ['GB/T 32939-2016', 'GB/T32939-2016'],
  ])('%s → %s', (docNo, normalized) => {
    expect(normalizeDocNo(docNo)).toBe(normalized);
  });

  it('leaves text that is no number alone, without spaces', () => {
    expect(normalizeDocNo('某某文件')).toBe('某某文件');
    expect(normalizeDocNo('')).toBe('');
  });

  it('finds the first number in text', () => {
    expect(findDocNo('2016年12月8日发布，建保〔2016〕281号')).toEqual({
      docNo: '建保〔2016〕281号',
      index: 13,
    });
    expect(findDocNo('2014年2月21日国务院令第649号公布')?.docNo).toBe('国务院令第649号');
    expect(findDocNo('第二十条第七款')).toBeUndefined();
  });
});

describe('basisKey', () => {
  it.each([
    ['《政府信息公开条例》', '《中华人民共和国政府信息公开条例》'],
    [
      '《中共中央办公厅 国务院办公厅关于全面推进政务公开工作的意见》',
      '《中共中央办公厅国务院办公厅关于全面推进政务公开工作的意见》',
    ],
    [
      '《中共中央办公厅、国务院办公厅关于建立贫困退出机制的意见》',
      '《中共中央办公厅 国务院办公厅关于建立贫困退出机制的意见》',
    ],
    [
      '《财政部关于印发<地方政府债务信息公开办法(试行)>的通知》',
      '《财政部关于印发〈地方政府债务信息公开办法（试行）〉的通知》',
    ],
    ['《2018-2020年农机购置补贴实施指导意见》', '《2018—2020年农机购置补贴实施指导意见》'],
    ['政府信息公开条例', '《政府信息公开条例》'],
  ])('%s matches %s', (a, b) => {
    expect(basisKey(a)).toBe(basisKey(b));
  });

  it.each([
    ['《信息公开条例》', '《政府信息公开条例》'],
    ['《关于全面推进政务公开工作意见》', '《关于全面推进政务公开工作的意见》'],
    ['《中华人民共和国预算法》', '《中华人民共和国预算法实施条例》'],
  ])('%s does not match %s', (a, b) => {
    expect(basisKey(a)).not.toBe(basisKey(b));
  });
});
