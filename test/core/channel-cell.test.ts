import { describe, expect, it } from 'vitest';
import {
  parseChannelCell,
  type ChannelCell,
  type ChannelToken,
} from '../../src/core/cells/channel/cell.js';

/** A token as "glyph name→target", compact enough for tables. */
function show(token: ChannelToken): string {
  const { match } = token;
  const to =
    match.kind === 'platform'
      ? `platform:${match.platform}`
      : match.kind === 'unknown'
        ? 'unknown'
        : match.channel;
  return `${token.glyph ?? ''}${match.written}→${to}`;
}

function summary(cell: ChannelCell): {
  checked: string[];
  unchecked: string[];
  unparsed: string[];
} {
  return {
    checked: cell.checked.map(show),
    unchecked: cell.unchecked.map(show),
    unparsed: cell.unparsed,
  };
}

const FULL_CHECKLIST = [
  '■政府网站   □政府公报',
  '■两微一端   □发布会/听证会',
  '□广播电视   □纸质媒体',
  '■公开查阅点 □政务服务中心',
  '□便民服务站 □入户/现场',
  '□社区/企事业单位/村公示栏（电子屏）',
  '□精准推送   □其他',
].join('\n');

describe('parseChannelCell: shapes of docs/data-model.md §2.1', () => {
  it('reads the full printed checklist', () => {
    const cell = parseChannelCell(FULL_CHECKLIST);
    expect(cell.checked.map(show)).toEqual([
      '■政府网站→政府网站',
      '■两微一端→两微一端',
      '■公开查阅点→公开查阅点',
    ]);
    expect(cell.unchecked).toHaveLength(10);
    expect(cell.unparsed).toEqual([]);
  });

  it.each([
    ['only the checked ones', '■政府网站 ■两微一端 ■公开查阅点'],
    ['bare names', '政府网站 两微一端 公开查阅点'],
    ['bare names on lines', '政府网站\n两微一端\n公开查阅点'],
    ['a numbered list', '1.政府网站 2.两微一端 3.公开查阅点'],
    ['a numbered list without spaces', '1.政府网站2.两微一端3.公开查阅点'],
    ['a numbered list with 、', '1、政府网站；2、两微一端；3、公开查阅点'],
    ['glyphs apart from the names', '■ 政府网站 ■ 两微一端 ■ 公开查阅点'],
    ['glyphs without separators', '■政府网站■两微一端■公开查阅点'],
    ['NBSP and ideographic spaces', '\u00a0■政府网站\u3000■两微一端\u00a0\u00a0■公开查阅点\u3000'],
    ['、 separators', '政府网站、两微一端、公开查阅点'],
    ['semicolons and commas', '政府网站;两微一端，公开查阅点。'],
    ['traditional characters', '■政府網站 ■兩微一端 ■公開查閱點'],
  ])('reads %s', (_shape, text) => {
    const channels = parseChannelCell(text).checked.map((token) =>
      token.match.kind === 'canonical' ? token.match.channel : token.match.kind,
    );
    expect(channels).toEqual(['政府网站', '两微一端', '公开查阅点']);
  });
});

describe('parseChannelCell: the glyphs of docs/data-model.md §2.5', () => {
  it('reads the 枣庄 list with ▄ and 口, separated by ;', () => {
    const cell = parseChannelCell(
      '▄政府网站;口政府公报;口政务新媒体;口发布会/听证会;口广播电视;口纸质媒体;口提供政务服务的场所;' +
        '口公开查阅点;口便民服务站;口入户/现场;口图书馆;口社区/企事业单位/村公示栏(电子屏);国家档案馆;口精准推送;口其他。',
    );
    // 国家档案馆 lost its box in the excerpt: a bare name counts as checked.
    expect(cell.checked.map(show)).toEqual(['▄政府网站→政府网站', '国家档案馆→国家档案馆']);
    expect(cell.unchecked).toHaveLength(13);
    expect(cell.unchecked.every((token) => token.glyph === '口')).toBe(true);
    expect(cell.unparsed).toEqual([]);
  });

  it('reads Wingdings 2 letters: R checked, £ unchecked', () => {
    expect(summary(parseChannelCell('R政府网站 £政府公报 R公共资源交易平台 £其他'))).toEqual({
      checked: ['R政府网站→政府网站', 'R公共资源交易平台→platform:公共资源交易平台'],
      unchecked: ['£政府公报→政府公报', '£其他→其他'],
      unparsed: [],
    });
  });

  it('reads the 巩留 t, with the 12345 box', () => {
    expect(
      summary(parseChannelCell('t政府网站\nt两微一端\n□政府公报\nt12345政务服务热线')),
    ).toEqual({
      checked: [
        't政府网站→政府网站',
        't两微一端→两微一端',
        't12345政务服务热线→platform:12345政务服务热线',
      ],
      unchecked: ['□政府公报→政府公报'],
      unparsed: [],
    });
  });

  it.each(['■', '▄', '◆', '▲', '√', 'R', 't'])('%s marks a checked box', (glyph) => {
    expect(parseChannelCell(`${glyph}政府网站`).checked.map(show)).toEqual([
      `${glyph}政府网站→政府网站`,
    ]);
  });

  it.each(['□', '口', '£', '○'])('%s marks an unchecked box', (glyph) => {
    const cell = parseChannelCell(`${glyph}政府网站`);
    expect(cell.checked).toEqual([]);
    expect(cell.unchecked.map(show)).toEqual([`${glyph}政府网站→政府网站`]);
  });

  it('mixes 口 and □ in one cell (长寿, 腾冲)', () => {
    const cell = parseChannelCell('■政府网站 口政府公报 □两微一端 口入户/现场');
    expect(cell.checked).toHaveLength(1);
    expect(cell.unchecked.map((token) => token.glyph)).toEqual(['口', '□', '口']);
  });

  it('splits a 口 glued to the previous name', () => {
    expect(summary(parseChannelCell('■政府网站口政府公报'))).toEqual({
      checked: ['■政府网站→政府网站'],
      unchecked: ['口政府公报→政府公报'],
      unparsed: [],
    });
  });

  it('treats 口 as text where it is no box', () => {
    expect(summary(parseChannelCell('口岸查验点'))).toEqual({
      checked: ['口岸查验点→unknown'],
      unchecked: [],
      unparsed: [],
    });
  });

  it('treats 口 as a box before an unknown name once the cell uses 口 as a box', () => {
    expect(summary(parseChannelCell('■政府网站 口政府公报 口大喇叭'))).toEqual({
      checked: ['■政府网站→政府网站'],
      unchecked: ['口政府公报→政府公报', '口大喇叭→unknown'],
      unparsed: [],
    });
  });
});

describe('parseChannelCell: variants and additions inside cells', () => {
  it.each([
    [
      '■社区/企事业单位、村公示栏（电子屏） □精准推送',
      '■社区/企事业单位、村公示栏（电子屏）→社区/企事业单位/村公示栏（电子屏）',
    ],
    [
      '社区/企事业单位、村公示栏（电子屏）、政府网站',
      '社区/企事业单位、村公示栏（电子屏）→社区/企事业单位/村公示栏（电子屏）',
    ],
    [
      '社区/企事业单位/村公示栏 (电子屏)',
      '社区/企事业单位/村公示栏(电子屏)→社区/企事业单位/村公示栏（电子屏）',
    ],
    ['◆入户⁄现场', '◆入户/现场→入户/现场'],
    ['▲人户/现场', '▲人户/现场→入户/现场'],
    ['■政府网站 http://nr.dg.gov.cn/ □政府公报', '■政府网站 http://nr.dg.gov.cn/→政府网站'],
    ['■其他：办税服务厅', '■其他：办税服务厅→其他'],
    ['■其他： 办税服务厅', '■其他：办税服务厅→其他'],
    [
      '■其他法律服务网 注：有关公开信息可推送或归集至本省级法律服务网。',
      '■其他法律服务网 注：有关公开信息可推送或归集至本省级法律服务网→其他',
    ],
  ])('%s', (text, first) => {
    expect(parseChannelCell(text).checked.map(show)[0]).toBe(first);
  });

  it('keeps the URL and the 其他 detail', () => {
    const [website] = parseChannelCell('■政府网站 http://nr.dg.gov.cn/').checked;
    expect(website?.match).toMatchObject({ channel: '政府网站', url: 'http://nr.dg.gov.cn/' });
    const [other] = parseChannelCell('■其他（基层公共服务平台）').checked;
    expect(other?.match).toMatchObject({ channel: '其他', detail: '基层公共服务平台' });
  });

  it('reads the 东坡区 free-text cell, keeping what it cannot name', () => {
    expect(
      parseChannelCell(
        '政府公报、政府网站、新闻发布会、报刊、广播、电视或其他便于公众知晓的方式',
      ).checked.map(show),
    ).toEqual([
      '政府公报→政府公报',
      '政府网站→政府网站',
      '新闻发布会→发布会/听证会',
      '报刊→纸质媒体',
      '广播→广播电视',
      '电视或其他便于公众知晓的方式→unknown',
    ]);
  });

  it('splits two names joined by a slash when both are known', () => {
    expect(parseChannelCell('政府网站/政务新媒体').checked.map(show)).toEqual([
      '政府网站→政府网站',
      '政务新媒体→政务新媒体',
    ]);
  });

  it('keeps a body used as a channel as unknown (■各镇人民政府)', () => {
    expect(parseChannelCell('■各镇人民政府').checked.map(show)).toEqual(['■各镇人民政府→unknown']);
  });
});

describe('parseChannelCell: what is no channel', () => {
  it('sets legends aside', () => {
    expect(
      summary(parseChannelCell('公开渠道和载体（“■”表示必选项，“□”表示可选项） ■政府网站')),
    ).toEqual({
      checked: ['■政府网站→政府网站'],
      unchecked: [],
      unparsed: ['（“■”表示必选项，“□”表示可选项）', '公开渠道和载体'],
    });
    expect(parseChannelCell('■必选 □可选').unparsed).toEqual(['■必选', '□可选']);
  });

  it('sets aside 同上, lone glyphs and sentences', () => {
    expect(parseChannelCell('同上').unparsed).toEqual(['同上']);
    expect(summary(parseChannelCell('■政府网站 □'))).toEqual({
      checked: ['■政府网站→政府网站'],
      unchecked: [],
      unparsed: ['□'],
    });
    const sentence = '有关公开信息可推送或归集至本省级法律服务网并在相关平台上同步发布和长期保存';
    expect(parseChannelCell(sentence).unparsed).toEqual([sentence]);
  });

  it.each(['', '   ', '\u00a0\u3000', '；；', '1. 2.'])('reads %j as nothing', (text) => {
    expect(parseChannelCell(text)).toEqual({ checked: [], unchecked: [], unparsed: [] });
  });

  it('survives hostile text', () => {
    for (const text of [
      '((((',
      '■■■■',
      '))政府网站((',
      '口口口',
      'RtRt',
      '鎮(zhèn)政府網站',
      '\u0000',
    ]) {
      expect(() => parseChannelCell(text)).not.toThrow();
    }
  });
});

describe('parseChannelCell: no channel hides behind another (issue 19)', () => {
  it.each([
    [
      '海坛片区政务服务平台、闽政通APP、政府网站',
      ['海坛片区政务服务平台→unknown', '闽政通APP→unknown', '政府网站→政府网站'],
    ],
    [
      '■政府网站 ■片区公示栏 ■镇公示栏 ■社区公示栏',
      ['■政府网站→政府网站', '■片区公示栏→unknown', '■镇公示栏→unknown', '■社区公示栏→unknown'],
    ],
    ['政府网站/片区公示栏', ['政府网站→政府网站', '片区公示栏→unknown']],
    [
      '中国政府采购网及其地方分网',
      ['中国政府采购网及其地方分网→platform:中国政府采购网及其地方分网'],
    ],
    [
      '政府网站\n村务公示栏',
      ['政府网站→政府网站', '村务公示栏→社区/企事业单位/村公示栏（电子屏）'],
    ],
    ['口发布会/听证会 ■政府网站', ['■政府网站→政府网站']],
  ])('%s', (text, checked) => {
    expect(parseChannelCell(text).checked.map(show)).toEqual(checked);
  });
});
