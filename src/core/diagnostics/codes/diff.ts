/**
 * `gkml diff` against a reference catalog (the national guideline, or the parent region's catalog):
 * what is missing, omitted, added locally, or weaker than the reference.
 */
import type { CodeTable } from '../spec.js';
import { quote, quoteList } from '../spec.js';
import type { Lang } from '../../../i18n/lang.js';

/** The item a finding is about: its id, its domain's Chinese name and its 一级/二级/三级 names. */
export interface ItemRef {
  id: string;
  domain: string;
  title: string;
}

/** What the catalog was compared with: the national guideline, or the named parent region. */
export interface Reference {
  against: 'national' | 'parent';
  parent?: string;
}

/** Why two time limits cannot be compared (see core/cells/time-limit/compare.ts). */
export type IncomparableWhy =
  'unit' | 'kind' | 'qualifier' | 'vague' | 'event' | 'missing-local' | 'missing-national';

export interface DiffArgs {
  'diff-missing': ItemRef & Reference & { region: string };
  'diff-domain-missing': Reference & {
    region: string;
    domain: string;
    domainId: string;
    level: string;
    count: number;
  };
  'diff-omitted': ItemRef & { reason: string };
  'diff-local': ItemRef;
  'diff-extended': ItemRef;
  'diff-method-weakened': ItemRef & Reference & { from: string; to: string };
  'diff-audience-weakened': ItemRef & Reference & { from: string; to: string };
  'diff-time-limit-longer': ItemRef & Reference & { local: string; reference: string };
  'diff-time-limit-incomparable': ItemRef &
    Reference & { local: string; reference: string; why: IncomparableWhy };
  'diff-channel-dropped': ItemRef & Reference & { channels: string[] };
  'diff-element-dropped': ItemRef & Reference & { elements: string[] };
  'diff-levels-dropped': ItemRef & Reference & { levels: string[]; referenceLevels: string[] };
  'diff-no-column': ItemRef;
}

/** "事项 x（就业：就业信息服务 / 岗位信息发布）" */
export const itemName: Record<Lang, (a: ItemRef) => string> = {
  zh: (a) => `事项 ${a.id}（${a.domain}：${a.title}）`,
  en: (a) => `item ${a.id} (${a.domain}: ${a.title})`,
};

/** The name as the head of a sentence: "事项 x（…）：" / "Item x (…): ". */
export const itemHead: Record<Lang, (a: ItemRef) => string> = {
  zh: (a) => `${itemName.zh(a)}：`,
  en: (a) => `I${itemName.en(a).slice(1)}: `,
};

/** "国家标准指引" / "上级郑州市的目录". */
const ref: Record<Lang, (a: Reference) => string> = {
  zh: (a) => (a.against === 'national' ? '国家标准指引' : `上级（${a.parent ?? ''}）目录`),
  en: (a) =>
    a.against === 'national' ? 'the national guideline' : `the catalog of ${a.parent ?? ''}`,
};

const WHY: Record<Lang, Record<IncomparableWhy, string>> = {
  zh: {
    unit: '一个按工作日、一个按日（自然日）计算，两者不能换算',
    kind: '两者是不同类型的规定',
    qualifier: '一个是“多少日内”，一个是“不少于多少日”',
    vague: '“及时”没有可以比较的天数',
    event: '两者随不同的事项公开',
    'missing-local': '本地时限无法识别',
    'missing-national': '参照的时限无法识别',
  },
  en: {
    unit: 'one counts working days, the other calendar days, and they cannot be converted',
    kind: 'they are different kinds of rule',
    qualifier: '"within N days" cannot be compared with "at least N days"',
    vague: '"及时" (promptly) gives no number of days',
    event: 'they follow different events',
    'missing-local': 'the local limit cannot be read',
    'missing-national': 'the reference limit cannot be read',
  },
};

const reasonHint = {
  zh: () => '如确需调整，请在备注（note）中写明理由，以便审核。',
  en: () => 'If the change is intended, give the reason in note so that reviewers can judge it.',
};

export const diffCodes = {
  'diff-missing': {
    severity: 'error',
    doc: 'An item of the reference catalog that applies at the region\u2019s level is neither in its catalog nor omitted with a reason.',
    message: {
      zh: (a) => `${a.region}缺少${ref.zh(a)}中的${itemName.zh(a)}，也没有写明不适用的理由。`,
      en: (a) => `${a.region} lacks ${itemName.en(a)} of ${ref.en(a)}, and gives no reason for it.`,
    },
    hint: {
      zh: (a) => `在本级目录中保留该事项；若本地确无此业务，写 {id: ${a.id}, omit: 理由}。`,
      en: (a) => `Keep the item; if it does not apply here, write {id: ${a.id}, omit: reason}.`,
    },
  },
  'diff-domain-missing': {
    severity: 'error',
    doc: 'A region has no catalog for a domain whose reference catalog has items for its level.',
    message: {
      zh: (a) =>
        `${a.region}没有${quote.zh(a.domain)}领域的目录：${ref.zh(a)}中适用于${a.level}的 ${a.count} 个事项都未覆盖。`,
      en: (a) =>
        `${a.region} has no catalog for ${quote.en(a.domain)}: none of the ${a.count} items of ${ref.en(a)} for its level (${a.level}) is covered.`,
    },
    hint: {
      zh: (a) =>
        `在本区域文件夹中新建 ${a.domainId}.yaml（gkml init 可生成），不适用的事项写明理由。`,
      en: (a) =>
        `Add ${a.domainId}.yaml to the region's folder (gkml init writes one); omit items that do not apply, with a reason.`,
    },
  },
  'diff-omitted': {
    severity: 'info',
    doc: 'An item of the reference catalog omitted with a written reason (accounted for).',
    message: {
      zh: (a) => `${itemHead.zh(a)}不适用，理由：${a.reason}`,
      en: (a) => `${itemHead.en(a)}omitted, because: ${a.reason}`,
    },
  },
  'diff-local': {
    severity: 'info',
    doc: 'An item that the reference catalog does not have: a local addition.',
    message: {
      zh: (a) => `${itemHead.zh(a)}本地新增事项。`,
      en: (a) => `${itemHead.en(a)}a local addition.`,
    },
  },
  'diff-extended': {
    severity: 'info',
    doc: 'An item of the reference catalog that it does not expect at this level, which the catalog applies here by listing this level in its 公开层级: counted as a local addition, pointed at the line that set the levels.',
    message: {
      zh: (a) =>
        `${itemHead.zh(a)}参照目录未要求本级公开此事项，本级目录在公开层级中加入了本级（计为本地新增）。`,
      en: (a) =>
        `${itemHead.en(a)}the reference does not expect it at this level; the catalog adds this level to its levels (counted as a local addition).`,
    },
  },
  'diff-method-weakened': {
    severity: 'warning',
    doc: 'An item that the reference publishes 主动 (proactively) is published 依申请 (on request) here.',
    message: {
      zh: (a) =>
        `${itemHead.zh(a)}公开方式由${ref.zh(a)}的${quote.zh(a.from)}改为${quote.zh(a.to)}。`,
      en: (a) =>
        `${itemHead.en(a)}the method changes from ${quote.en(a.from)} in ${ref.en(a)} to ${quote.en(a.to)}.`,
    },
    hint: reasonHint,
  },
  'diff-audience-weakened': {
    severity: 'warning',
    doc: 'An item that the reference publishes to 全社会 (everyone) is published to a 特定群体 here.',
    message: {
      zh: (a) =>
        `${itemHead.zh(a)}公开对象由${ref.zh(a)}的${quote.zh(a.from)}改为${quote.zh(a.to)}。`,
      en: (a) =>
        `${itemHead.en(a)}the audience changes from ${quote.en(a.from)} in ${ref.en(a)} to ${quote.en(a.to)}.`,
    },
    hint: reasonHint,
  },
  'diff-time-limit-longer': {
    severity: 'warning',
    doc: 'A time limit longer than the reference\u2019s (same unit compared).',
    message: {
      zh: (a) =>
        `${itemHead.zh(a)}公开时限${quote.zh(a.local)}长于${ref.zh(a)}的${quote.zh(a.reference)}。`,
      en: (a) =>
        `${itemHead.en(a)}the time limit ${quote.en(a.local)} is longer than ${quote.en(a.reference)} in ${ref.en(a)}.`,
    },
    hint: {
      zh: () => '本地时限可以更短，不宜更长；请改回参照时限或更短的时限。',
      en: () =>
        'A local limit may be shorter, not longer: restore the reference limit or a shorter one.',
    },
  },
  'diff-time-limit-incomparable': {
    severity: 'info',
    doc: 'A time limit that differs from the reference\u2019s but cannot be compared with it (工作日 against 日, …).',
    message: {
      zh: (a) =>
        `${itemHead.zh(a)}公开时限${quote.zh(a.local)}无法与${ref.zh(a)}的${quote.zh(a.reference)}比较：${WHY.zh[a.why]}。`,
      en: (a) =>
        `${itemHead.en(a)}the time limit ${quote.en(a.local)} cannot be compared with ${quote.en(a.reference)} in ${ref.en(a)}: ${WHY.en[a.why]}.`,
    },
    hint: {
      zh: () => '请人工核对本地时限是否不长于参照时限；能用同一单位表述时更好。',
      en: () =>
        'Check by hand that the local limit is not longer; better, state it in the same unit.',
    },
  },
  'diff-channel-dropped': {
    severity: 'warning',
    doc: 'A channel the reference marks as required (■) is not among the item\u2019s channels.',
    message: {
      zh: (a) =>
        `${itemHead.zh(a)}没有${ref.zh(a)}中必选（■）的公开渠道${quoteList('zh', a.channels)}。`,
      en: (a) =>
        `${itemHead.en(a)}the channels required (■) by ${ref.en(a)} are missing: ${quoteList('en', a.channels)}.`,
    },
    hint: {
      zh: () => '必选渠道不能去掉；可以增加渠道，但不要删除带 ■ 的渠道。',
      en: () => 'Required channels stay: add channels if you like, but do not remove ■ ones.',
    },
  },
  'diff-element-dropped': {
    severity: 'warning',
    doc: 'An element the reference marks as required (●) is not among the item\u2019s elements.',
    message: {
      zh: (a) =>
        `${itemHead.zh(a)}没有${ref.zh(a)}中必选（●）的公开内容${quoteList('zh', a.elements)}。`,
      en: (a) =>
        `${itemHead.en(a)}the elements required (●) by ${ref.en(a)} are missing: ${quoteList('en', a.elements)}.`,
    },
    hint: {
      zh: () => '必选要素必须公开；恢复这些要素。',
      en: () => 'Required elements must be published: restore them.',
    },
  },
  'diff-levels-dropped': {
    severity: 'warning',
    doc: 'An item applies at fewer levels (at or below the region\u2019s) than in the reference.',
    message: {
      zh: (a) =>
        `${itemHead.zh(a)}公开层级少了${quoteList('zh', a.levels)}（${ref.zh(a)}为 ${a.referenceLevels.join('、')}）。`,
      en: (a) =>
        `${itemHead.en(a)}no longer applies at ${quoteList('en', a.levels)} (${ref.en(a)}: ${a.referenceLevels.join(', ')}).`,
    },
    hint: reasonHint,
  },
  'diff-no-column': {
    severity: 'warning',
    doc: 'A 主动 item that names no website column or URL (every 主动 item needs a column on the portal).',
    message: {
      zh: (a) => `${itemHead.zh(a)}主动公开事项没有写明政府网站栏目（column）或网址（url）。`,
      en: (a) => `${itemHead.en(a)}a 主动 item names no website column (column) or address (url).`,
    },
    hint: {
      zh: (a) =>
        `每个主动公开事项都应在门户网站有对应栏目，例如 column: 政府信息公开/重点领域/${a.domain}。`,
      en: (a) =>
        `Every 主动 item needs a column on the portal, e.g. column: 政府信息公开/重点领域/${a.domain}.`,
    },
  },
} satisfies CodeTable<DiffArgs>;
