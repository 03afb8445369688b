/**
 * The closed vocabularies of a catalog table (docs/data-model.md §2, §6, §7), in the words the
 * official table prints. Catalog files use these Chinese values directly, so office staff read what
 * they would see in the printed table.
 */

/**
 * 公开渠道和载体: the fixed checklist of the 2019 template, in the order it is printed, followed by
 * the items the 2019 revised 《政府信息公开条例》 vocabulary added (docs/data-model.md §2.4).
 */
export const CHECKLIST_CHANNELS = [
  '政府网站',
  '政府公报',
  '两微一端',
  '发布会/听证会',
  '广播电视',
  '纸质媒体',
  '公开查阅点',
  '政务服务中心',
  '便民服务站',
  '入户/现场',
  '社区/企事业单位/村公示栏（电子屏）',
  '精准推送',
  '其他',
] as const;

export const NEWER_CHANNELS = ['政务新媒体', '提供政务服务的场所', '图书馆', '国家档案馆'] as const;

export const CANONICAL_CHANNELS = [...CHECKLIST_CHANNELS, ...NEWER_CHANNELS] as const;
export type CanonicalChannel = (typeof CANONICAL_CHANNELS)[number];

/** 公开对象. 特定群体 items name the group separately (audienceGroup). */
export const AUDIENCES = ['全社会', '特定群体'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** 公开方式. */
export const METHODS = ['主动', '依申请'] as const;
export type Method = (typeof METHODS)[number];

/** 过程: the 五公开 stage of an item (决策、执行、管理、服务、结果公开). */
export const STAGES = ['决策', '执行', '管理', '服务', '结果'] as const;
export type Stage = (typeof STAGES)[number];

/** 依据效力（位阶）: the rank of a legal basis. */
export const BASIS_RANKS = ['法律', '行政法规', '地方性法规', '规章', '规范性文件'] as const;
export type BasisRank = (typeof BASIS_RANKS)[number];

/**
 * 公开属性 of an official document (公文), printed under its date as "（此件公开发布）" etc.
 * Not a catalog column: kept here for the document-level rules that will use it (seed item 9).
 */
export const DISCLOSURE_ATTRIBUTES = [
  { value: '公开发布', mark: '此件公开发布', meaning: '主动公开全文' },
  { value: '删减后公开', mark: '此件删减后公开', meaning: '含不宜公开的内容，可作区分处理后公开' },
  { value: '依申请公开', mark: '此件依申请公开', meaning: '仅向申请人提供' },
  { value: '不予公开', mark: '此件不公开', meaning: '依法不予公开' },
] as const;
export type DisclosureAttribute = (typeof DISCLOSURE_ATTRIBUTES)[number]['value'];
