import { describe, expect, it } from 'vitest';
import {
  channelKey,
  isKnownChannel,
  matchChannelName,
  normalizeChannel,
  type ChannelMatch,
} from '../../src/core/cells/channel/match.js';
import { CHANNEL_PLATFORMS, CHANNEL_VARIANTS } from '../../src/core/cells/channel/names.js';
import { CANONICAL_CHANNELS } from '../../src/core/vocabulary/table-values.js';

/** What a match resolves to, in one string, for compact tables. */
function target(match: ChannelMatch): string {
  switch (match.kind) {
    case 'canonical':
    case 'variant':
      return `${match.kind}:${match.channel}`;
    case 'platform':
      return `platform:${match.platform}`;
    case 'unknown':
      return 'unknown';
  }
}

describe('normalizeChannel: canonical names', () => {
  it.each(CANONICAL_CHANNELS.map((channel) => [channel]))('%s is canonical', (channel) => {
    expect(normalizeChannel(channel)).toEqual({ kind: 'canonical', channel, written: channel });
  });

  // Padding and width differences do not make a variant (docs/data-model.md §2.2, §10).
  it.each([
    ['\u00a0政府网站\u3000', '政府网站'],
    ['其他_', '其他'],
    ['其他＿＿', '其他'],
    ['入户⁄现场', '入户/现场'], // U+2044 FRACTION SLASH, 开化
    ['入户／现场', '入户/现场'],
    ['社区/企事业单位/村公示栏(电子屏)', '社区/企事业单位/村公示栏（电子屏）'],
    ['社区/企事业单位/村公示栏 (电子屏)', '社区/企事业单位/村公示栏（电子屏）'],
    ['政府網站', '政府网站'], // traditional-character mirror
    ['政府公报。', '政府公报'],
  ])('%j is canonical %s', (written, channel) => {
    expect(normalizeChannel(written)).toEqual({ kind: 'canonical', channel, written });
  });
});

describe('normalizeChannel: variants of docs/data-model.md §2.2', () => {
  it.each(Object.entries(CHANNEL_VARIANTS))('%s → %s', (written, channel) => {
    expect(normalizeChannel(written)).toEqual({ kind: 'variant', channel, written });
  });

  it.each([
    ['政府服务中心', '政务服务中心'],
    ['一微一端', '两微一端'],
    ['纸质载体', '纸质媒体'],
    ['入户/现场宣传', '入户/现场'],
    ['人户/现场', '入户/现场'],
    ['社区/企事业单位、村公示栏（电子屏）', '社区/企事业单位/村公示栏（电子屏）'],
    ['发布会听证会', '发布会/听证会'],
    ['公开查询点', '公开查阅点'],
    ['行政服务中心', '政务服务中心'],
    ['部门网站', '政府网站'],
    ['广播电台', '广播电视'],
    // Recognised by their ending: place names and departments change, the family does not.
    ['东坡区政府门户网站', '政府网站'],
    ['宜就镇政府网站', '政府网站'],
    ['财政部门网站', '政府网站'],
    ['某县人社局微信公众号', '两微一端'],
    ['村务公开公示栏', '社区/企事业单位/村公示栏（电子屏）'],
    ['某村村居公示栏', '社区/企事业单位/村公示栏（电子屏）'],
    ['村务公开栏', '社区/企事业单位/村公示栏（电子屏）'],
    ['为民服务中心公开查阅点', '公开查阅点'],
    ['其他渠道', '其他'],
  ])('%s → %s', (written, channel) => {
    expect(normalizeChannel(written)).toEqual({ kind: 'variant', channel, written });
  });
});

describe('normalizeChannel: platforms of docs/data-model.md §2.3', () => {
  it.each(Object.keys(CHANNEL_PLATFORMS).map((platform) => [platform]))('%s', (platform) => {
    expect(normalizeChannel(platform)).toEqual({ kind: 'platform', platform, written: platform });
  });

  it.each([
    ['招投标公共服务平台', '招标投标公共服务平台'],
    ['12345热线', '12345政务服务热线'],
    ['山东政务服务网', '山东政务服务网'],
    ['广东政务服务网', '广东政务服务网'],
  ])('%s → %s', (written, platform) => {
    expect(normalizeChannel(written)).toEqual({ kind: 'platform', platform, written });
  });
});

describe('normalizeChannel: 其他 with a detail, names with a URL', () => {
  it.each([
    ['其他：办税服务厅', '办税服务厅'],
    ['其他:办税服务厅', '办税服务厅'],
    ['其他（基层公共服务平台）', '基层公共服务平台'],
    ['其他基层公共服务平台', '基层公共服务平台'],
    ['其他：国家企业信用信息公示系统', '国家企业信用信息公示系统'],
    [
      '其他法律服务网 注：有关公开信息可推送或归集至本省级法律服务网。',
      '法律服务网 注：有关公开信息可推送或归集至本省级法律服务网。',
    ],
  ])('%s', (written, detail) => {
    expect(normalizeChannel(written)).toEqual({
      kind: 'canonical',
      channel: '其他',
      detail,
      written,
    });
  });

  it.each([
    ['■政府网站 http://nr.dg.gov.cn/', '政府网站', 'http://nr.dg.gov.cn/'],
    ['政府网站（http://nr.dg.gov.cn/）', '政府网站', 'http://nr.dg.gov.cn/'],
    ['部门网站 www.example.gov.cn', '政府网站', 'www.example.gov.cn'],
  ])('%s', (written, channel, url) => {
    expect(normalizeChannel(written)).toMatchObject({ channel, url, written });
  });
});

describe('normalizeChannel: glyphs in front of a name', () => {
  it.each([
    ['■政府网站', 'canonical:政府网站'],
    ['□政府公报', 'canonical:政府公报'],
    ['口政府公报', 'canonical:政府公报'],
    ['R政府网站', 'canonical:政府网站'], // not the 政府网站 family by its ending
    ['t两微一端', 'canonical:两微一端'],
    ['口公开查阅点', 'canonical:公开查阅点'],
  ])('%s → %s', (written, expected) => {
    expect(target(normalizeChannel(written))).toBe(expected);
  });
});

describe('normalizeChannel: unknown names', () => {
  it('suggests canonical names for near misses', () => {
    expect(normalizeChannel('政务服务中')).toEqual({
      kind: 'unknown',
      written: '政务服务中',
      suggestions: ['政务服务中心'],
    });
    expect(normalizeChannel('精准推')).toMatchObject({ suggestions: ['精准推送'] });
  });

  it.each(['微信群', '大喇叭', '益农信息社', '口岸', 'garbage', '', '同上', '■各镇人民政府'])(
    '%j is unknown',
    (written) => {
      const match = normalizeChannel(written);
      expect(match.kind).toBe('unknown');
      expect(isKnownChannel(match)).toBe(false);
    },
  );

  it('keeps the written text of local channels', () => {
    expect(normalizeChannel('大喇叭')).toEqual({
      kind: 'unknown',
      written: '大喇叭',
      suggestions: [],
    });
  });
});

describe('matchChannelName and channelKey', () => {
  it('treats a leading 口 as text', () => {
    expect(matchChannelName('口政府公报').kind).toBe('unknown');
    expect(matchChannelName('政府公报', '□政府公报')).toEqual({
      kind: 'canonical',
      channel: '政府公报',
      written: '□政府公报',
    });
  });

  it('makes width, spaces and blanks irrelevant', () => {
    expect(channelKey('社区/企事业单位/村公示栏（电子屏）')).toBe(
      channelKey(' 社区／企事业单位/村公示栏 (电子屏)'),
    );
    expect(channelKey('其他__')).toBe('其他');
    expect(channelKey('')).toBe('');
  });
});

/** Every channel string of reference/rows and reference/national, as the excerpts printed it. */
const REFERENCE_NAMES: readonly [string, string][] = [
  ['12345政务服务热线', 'platform:12345政务服务热线'],
  ['一微一端', 'variant:两微一端'],
  ['中国政府采购网及其地方分网', 'platform:中国政府采购网及其地方分网'],
  ['乡镇便民服务中心', 'variant:政务服务中心'],
  ['便民服务中心', 'variant:便民服务站'],
  ['信用中国网站', 'platform:信用中国网站'],
  ['党群服务中心', 'variant:便民服务站'],
  ['入户/现场宣传', 'variant:入户/现场'],
  ['入户⁄现场', 'canonical:入户/现场'],
  ['公共资源交易平台', 'platform:公共资源交易平台'],
  ['公开查阅点/政务公开专区', 'variant:公开查阅点'],
  ['公示栏', 'variant:社区/企事业单位/村公示栏（电子屏）'],
  ['其他_', 'canonical:其他'],
  ['其他：政务新媒体', 'canonical:其他'],
  ['其他：法律服务网（注：有关公开信息可推送或归集至本省级法律服务网）', 'canonical:其他'],
  ['其他：部门网站', 'canonical:其他'],
  ['办事窗口', 'variant:政务服务中心'],
  ['区政府门户网站', 'variant:政府网站'],
  ['发布会', 'variant:发布会/听证会'],
  ['基层公共服务平台', 'platform:基层公共服务平台'],
  ['广东省建筑市场监管公共服务平台', 'platform:广东省建筑市场监管公共服务平台'],
  ['征地信息公开平台', 'platform:征地信息公开平台'],
  ['投资项目在线审批监管平台', 'platform:投资项目在线审批监管平台'],
  ['村居/企事业单位公示栏（电子屏）', 'variant:社区/企事业单位/村公示栏（电子屏）'],
  ['省级（含计划单列市）财政部门指定的媒体', 'platform:省级（含计划单列市）财政部门指定的媒体'],
  ['社会保障和为民服务中心公开查阅点', 'variant:公开查阅点'],
  ['社区/企事业单位/存公示栏（电子屏）', 'variant:社区/企事业单位/村公示栏（电子屏）'],
  ['社区/企事业单位/村公示栏', 'variant:社区/企事业单位/村公示栏（电子屏）'],
  ['社区/企事业单位公示栏（电子屏）', 'variant:社区/企事业单位/村公示栏（电子屏）'],
  ['社区/村公示栏（电子屏）', 'variant:社区/企事业单位/村公示栏（电子屏）'],
  ['管理部门网站', 'platform:管理部门网站'],
  ['线下公示栏', 'variant:社区/企事业单位/村公示栏（电子屏）'],
  ['街道文化站/（社区）综合性文化服务中心公示栏', 'variant:社区/企事业单位/村公示栏（电子屏）'],
  ['铁力市政府网站', 'variant:政府网站'],
  ['高新区（掇刀区）政府网站', 'variant:政府网站'],
  ['嵩明政府网站', 'variant:政府网站'],
  ['企业网站', 'platform:企业网站'],
  ['会议', 'platform:会议'],
];

describe('normalizeChannel over the reference strings', () => {
  it.each(REFERENCE_NAMES)('%s → %s', (written, expected) => {
    expect(target(normalizeChannel(written))).toBe(expected);
  });
});
