/**
 * A small, realistic repository model (a city, a county, a township) that exercises every part of
 * the official layout: merged 一级事项, 三级事项, 特定群体 named in the cell, 依申请, ●/〇 elements,
 * local channels, 其他 with a detail, a URL, several levels, notes under the table, and text that
 * a spreadsheet would take for a formula.
 */
import { catalog, item, ref, region, repository } from './model.js';
import type { RepositoryModel } from '../../src/core/model/effective.js';

const city = ref('410100', '郑州市', 'city');
const county = ref('410102', '中原区', 'county', '410100');
const township = ref('410102001', '林山寨街道', 'township', '410102');

const GOV_INFO = { title: '《中华人民共和国政府信息公开条例》', docNo: '国务院令第711号' };
const DEFAULT_LIMIT = '信息形成或者变更之日起20个工作日内';

const employment = [
  item({
    id: 'info-service.policy-consulting',
    l1: '就业信息服务',
    l2: '就业政策法规咨询',
    elements: ['就业创业政策项目', '对象范围', '政策申请条件', '办理流程', '咨询电话'],
    bases: [GOV_INFO, { title: '《中华人民共和国就业促进法》' }],
    timeLimit: '公开事项信息形成或变更之日起20个工作日内公开',
    subject: '中原区人力资源和社会保障局',
    channels: [
      { name: '政府网站', required: true },
      '政务服务中心',
      { name: '其他', detail: '基层公共服务平台' },
    ],
    audience: '全社会',
    method: '主动',
    levels: ['county', 'township'],
  }),
  item({
    id: 'info-service.job-vacancy-posting',
    l1: '就业信息服务',
    l2: '岗位信息发布',
    elements: ['招聘单位', '岗位要求', '福利待遇', '招聘流程', '应聘方式', '咨询电话'],
    bases: [GOV_INFO],
    timeLimit: '实时',
    subject: '中原区公共就业服务中心',
    channels: [
      { name: '政府网站', url: 'http://www.zhongyuan.example/' },
      '两微一端',
      { name: '村村响大喇叭', local: true },
    ],
    audience: '全社会',
    method: '主动',
    levels: ['county', 'township', 'village'],
  }),
  item({
    id: 'registration.unemployment',
    l1: '就业失业登记',
    l2: '失业登记',
    elements: ['办理条件', '所需材料', '办理流程'],
    bases: [GOV_INFO, { title: '《就业服务与就业管理规定》', docNo: '劳动和社会保障部令第28号' }],
    timeLimit: DEFAULT_LIMIT,
    subject: '中原区人力资源和社会保障局',
    channels: ['政府网站', '政务服务中心', '便民服务站'],
    audience: '全社会',
    method: '主动',
    levels: ['county', 'township'],
  }),
  item({
    id: 'local.formula-like',
    l1: '=HYPERLINK("http://evil.example","点击")',
    l2: '+1 就业见习补贴',
    elements: ['-补贴标准', '@申领对象'],
    bases: ['=1+1'],
    timeLimit: '-20个工作日',
    subject: '@中原区人社局',
    channels: ['政府网站'],
    audience: '全社会',
    method: '主动',
    levels: ['county'],
    local: true,
  }),
];

const assistance = [
  item({
    id: 'minimum-living.policy',
    l1: '最低生活保障',
    l2: '政策文件',
    elements: [
      { name: '政策文件', required: true },
      { name: '办理流程', required: true },
      { name: '政策解读', required: false },
    ],
    bases: [GOV_INFO, { title: '《社会救助暂行办法》', docNo: '国务院令第649号' }],
    timeLimit: '制定或获取信息之日起10个工作日内',
    subject: '中原区民政局、各街道办事处',
    channels: ['政府网站', '公开查阅点', '政务服务中心', '社区/企事业单位/村公示栏（电子屏）'],
    audience: '全社会',
    method: '主动',
    levels: ['county', 'township'],
  }),
  item({
    id: 'minimum-living.recipients',
    l1: '最低生活保障',
    l2: '审核确认结果',
    elements: [
      { name: '保障对象姓名', required: true },
      { name: '保障金额', required: true },
    ],
    bases: [{ title: '《社会救助暂行办法》', docNo: '国务院令第649号' }],
    timeLimit: '审核确认后20个工作日内，公示7个工作日',
    subject: '各街道办事处',
    channels: ['社区/企事业单位/村公示栏（电子屏）'],
    audience: '特定群体',
    audienceGroup: '申请人及所在社区居民',
    method: '主动',
    levels: ['township', 'village'],
  }),
  item({
    id: 'temporary-assistance.applications',
    l1: '临时救助',
    l2: '申请材料审核情况',
    elements: [{ name: '审核意见', required: true }],
    bases: [{ title: '《社会救助暂行办法》', docNo: '国务院令第649号' }],
    timeLimit: '自收到申请之日起20个工作日内',
    subject: '中原区民政局',
    channels: ['政务服务中心'],
    audience: '特定群体',
    method: '依申请',
    levels: ['county'],
  }),
];

const trading = [
  item({
    id: 'construction.tender-notice',
    l1: '工程建设项目招标投标',
    l2: '招标公告',
    l3: '招标公告和投标邀请书',
    elements: ['招标条件', '项目概况与招标范围', '投标人资格要求'],
    bases: [
      { title: '《中华人民共和国招标投标法》' },
      { title: '《中华人民共和国招标投标法实施条例》', docNo: '国务院令第613号' },
    ],
    timeLimit: DEFAULT_LIMIT,
    subject: '中原区公共资源交易中心',
    channels: ['政府网站', '公共资源交易平台'],
    audience: '全社会',
    method: '主动',
    levels: ['city', 'county'],
  }),
  item({
    id: 'construction.prequalification',
    l1: '工程建设项目招标投标',
    l2: '招标公告',
    l3: '资格预审公告',
    elements: ['资格预审条件', '申请文件提交'],
    bases: [{ title: '《中华人民共和国招标投标法实施条例》', docNo: '国务院令第613号' }],
    timeLimit: DEFAULT_LIMIT,
    subject: '中原区公共资源交易中心',
    channels: ['政府网站', '公共资源交易平台'],
    audience: '全社会',
    method: '主动',
    levels: ['city', 'county'],
  }),
  item({
    id: 'construction.winning-bid',
    l1: '工程建设项目招标投标',
    l2: '中标结果公示',
    elements: ['中标候选人', '投标报价'],
    bases: [{ title: '《中华人民共和国招标投标法》' }],
    timeLimit: '自收到评标报告之日起3日内',
    subject: '中原区公共资源交易中心',
    channels: ['政府网站'],
    audience: '全社会',
    method: '主动',
    levels: ['county'],
  }),
];

const NOTES =
  '标准目录要素说明：1.公开事项名称。基层政务公开事项目录主要是政务公开事项的名称和主要公开内容分类。\n2.本目录由中原区人民政府办公室负责解释。';

export function fixtureModel(): RepositoryModel {
  return repository([
    region(city, [], { children: ['410102'] }),
    region(
      county,
      [
        catalog('public-resource-trading', county, trading),
        catalog('employment', county, employment, {
          title: '就业领域基层政务公开标准目录',
          notes: NOTES,
        }),
        catalog('social-assistance', county, assistance),
      ],
      {
        children: ['410102001'],
        office: {
          name: '郑州市中原区人民政府办公室',
          address: '郑州市中原区中原中路233号',
          hours: '工作日 8:30-12:00，14:30-17:30',
          phone: '0371-67186000',
        },
      },
    ),
    region(township, [
      catalog('employment', township, employment.slice(0, 2), {
        title: '中原区就业领域基层政务公开标准目录',
      }),
    ]),
  ]);
}

export const FIXTURE = { city, county, township };
