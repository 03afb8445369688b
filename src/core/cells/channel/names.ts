/**
 * The spellings of 公开渠道和载体 seen on real catalogs (docs/data-model.md §2.2–2.4), as data. `match.ts`
 * resolves a written name against these tables; nothing here is logic.
 */
import type { CanonicalChannel } from '../../vocabulary/table-values.js';

/** Known variant spellings and typos, each with the canonical channel it stands for. */
export const CHANNEL_VARIANTS: Readonly<Record<string, CanonicalChannel>> = {
  部门网站: '政府网站',
  区政府门户网站: '政府网站',
  政府门户网站: '政府网站',
  门户网站: '政府网站',
  铁力市政府网站: '政府网站',
  嵩明政府网站: '政府网站',
  '高新区（掇刀区）政府网站': '政府网站',
  一微一端: '两微一端', // typo seen in 新疆
  政务微博: '两微一端',
  政务微信: '两微一端',
  微信公众号: '两微一端',
  嘉荫县司法局公众号: '两微一端',
  发布会听证会: '发布会/听证会',
  '发布会、听证会': '发布会/听证会',
  发布会: '发布会/听证会',
  新闻发布会: '发布会/听证会',
  听证会: '发布会/听证会',
  纸质载体: '纸质媒体',
  报刊: '纸质媒体',
  报纸: '纸质媒体',
  广播电台: '广播电视',
  广播: '广播电视',
  电视: '广播电视',
  公开查询点: '公开查阅点',
  '公开查阅点/政务公开专区': '公开查阅点',
  政务公开专区: '公开查阅点',
  社会保障和为民服务中心公开查阅点: '公开查阅点',
  政府服务中心: '政务服务中心', // typo seen in 南江, 凤庆, 南海
  行政服务中心: '政务服务中心',
  乡镇便民服务中心: '政务服务中心',
  政务服务大厅: '政务服务中心',
  办事窗口: '政务服务中心',
  办税服务厅: '政务服务中心',
  便民惠民服务中心: '便民服务站',
  便民服务中心: '便民服务站',
  党群服务中心: '便民服务站',
  '入户/现场宣传': '入户/现场',
  '人户/现场': '入户/现场', // OCR: 人 for 入
  '人户/现场宣传': '入户/现场',
  入户现场: '入户/现场',
  '社区/企事业单位、村公示栏（电子屏）': '社区/企事业单位/村公示栏（电子屏）',
  '社区/企事业单位/村公示栏': '社区/企事业单位/村公示栏（电子屏）',
  '社区/村公示栏（电子屏）': '社区/企事业单位/村公示栏（电子屏）',
  '社区/企事业单位公示栏（电子屏）': '社区/企事业单位/村公示栏（电子屏）',
  '村居/企事业单位公示栏（电子屏）': '社区/企事业单位/村公示栏（电子屏）',
  '单位/村委会公示栏（电子屏）': '社区/企事业单位/村公示栏（电子屏）',
  '社区/企事业单位/存公示栏（电子屏）': '社区/企事业单位/村公示栏（电子屏）', // typo 存 for 村
  镇村公示公开栏: '社区/企事业单位/村公示栏（电子屏）',
  线下公示栏: '社区/企事业单位/村公示栏（电子屏）',
  公示栏: '社区/企事业单位/村公示栏（电子屏）',
  '街道文化站/（社区）综合性文化服务中心公示栏': '社区/企事业单位/村公示栏（电子屏）',
  其它: '其他',
  其他渠道: '其他',
  其他方式: '其他',
  档案馆: '国家档案馆',
};

/**
 * Channels of the newer (2019 条例) list that replace an item of the older checklist, so a diff can
 * tell "政务新媒体" from a missing "两微一端".
 */
export const CHANNEL_SUCCESSORS: Readonly<Partial<Record<CanonicalChannel, CanonicalChannel>>> = {
  两微一端: '政务新媒体',
  政务服务中心: '提供政务服务的场所',
};

/**
 * Domain platforms written as extra checklist items (docs/data-model.md §2.3), keyed by the name we report,
 * with the other spellings seen. They are real channels, just not in the fixed list.
 */
export const CHANNEL_PLATFORMS: Readonly<Record<string, readonly string[]>> = {
  '12345政务服务热线': ['12345热线', '12345政府服务热线', '12345便民服务热线'],
  投资项目在线审批监管平台: [],
  公共资源交易平台: [],
  信用中国网站: ['信用中国'],
  招标投标公共服务平台: ['招投标公共服务平台'],
  // Its own box beside ■政府网站 in the 公共资源交易 template (the managing departments' sites).
  管理部门网站: [],
  电子招标投标交易平台: [],
  中国政府采购网: [],
  // A platform of its own name: the 地方分网 are part of what the template names (issue 19).
  中国政府采购网及其地方分网: [],
  '省级（含计划单列市）财政部门指定的媒体': ['省级财政部门指定的媒体'],
  征地信息公开平台: [],
  国家企业信用信息公示系统: [],
  基层公共服务平台: [],
  广东省建筑市场监管公共服务平台: [],
  法律服务网: [],
  企业网站: [],
  会议: [],
};

/**
 * Families recognised by their ending when the exact spelling is new: place names in front of
 * 政府网站, a department's 公众号, any 公示栏. Checked after the exact tables, in this order, against
 * the comparison key (so parentheses are ASCII here).
 */
export const CHANNEL_PATTERNS: readonly {
  pattern: RegExp;
  channel: CanonicalChannel | 'platform';
}[] = [
  { pattern: /政务服务网$/u, channel: 'platform' }, // 广东政务服务网, 山东政务服务网 …
  { pattern: /(?:政府|门户|部门)网站$/u, channel: '政府网站' },
  { pattern: /(?:公众号|微博|微信)$/u, channel: '两微一端' },
  // Only a village's (村, 村居) board is the checklist's board; a 片区, 镇 or 社区 board is a local
  // channel of its own (issue 19), kept under its name.
  {
    pattern: /[村居][^/]*公[示开](?:公开)?栏(?:\(电子屏\))?$/u,
    channel: '社区/企事业单位/村公示栏（电子屏）',
  },
  { pattern: /查阅点$/u, channel: '公开查阅点' },
];
