/** The document register (documents.yaml): 公开属性, deadlines in working days, 解读, reviews. */
import type { CodeTable } from '../spec.js';
import { didYouMean, quote, quoteList } from '../spec.js';

export interface DocumentArgs {
  'document-attribute-missing': { title: string };
  'document-attribute-unknown': { written: string; suggestions: string[] };
  'document-reason-missing': { title: string; attribute: string };
  'document-published-before-issued': { title: string; published: string; issued: string };
  'document-item-missing': { title: string };
  'document-item-unknown': { item: string; region: string; suggestions: string[] };
  'document-published-late': {
    title: string;
    limit: string;
    from: string;
    deadline: string;
    published: string;
  };
  'document-unpublished': { title: string; limit: string; deadline: string };
  'document-calendar-unknown': { date: string; first: number; last: number; source: string };
  'interpretation-missing': { title: string; published: string; deadline: string };
  'interpretation-late': {
    title: string;
    published: string;
    interpreted: string;
    deadline: string;
  };
  'document-review-due': { title: string; attribute: string; last: string; due: string };
  'consultation-dates-order': { title: string; opened: string; closed: string };
  'consultation-feedback-missing': { title: string; closed: string };
  'consultation-reason-missing': { title: string; opinion: string };
}

const doc = {
  zh: (title: string) => `文件${quote.zh(title)}：`,
  en: (title: string) => `Document ${quote.en(title)}: `,
};
const consultation = {
  zh: (title: string) => `征求意见${quote.zh(title)}：`,
  en: (title: string) => `Consultation ${quote.en(title)}: `,
};
const MARKS = ['此件公开发布', '此件删减后公开', '此件依申请公开', '此件不公开'];

export const documentCodes = {
  'document-attribute-missing': {
    severity: 'error',
    doc: 'A document in documents.yaml has no 公开属性 (attribute); every 公文 carries exactly one.',
    message: {
      zh: (a) => `${doc.zh(a.title)}没有写公开属性（attribute）。`,
      en: (a) => `${doc.en(a.title)}no disclosure attribute (attribute).`,
    },
    hint: {
      zh: () => `写上 attribute：${quoteList('zh', MARKS)}之一。`,
      en: () => `Add attribute: one of ${quoteList('en', MARKS)}.`,
    },
  },
  'document-attribute-unknown': {
    severity: 'error',
    doc: 'A 公开属性 that is none of the four marks (此件公开发布 / 此件删减后公开 / 此件依申请公开 / 此件不公开) or their short forms.',
    message: {
      zh: (a) =>
        `公开属性${quote.zh(a.written)}不是四种公开属性之一。${didYouMean('zh', a.suggestions)}`,
      en: (a) =>
        `${quote.en(a.written)} is not one of the four disclosure attributes. ${didYouMean('en', a.suggestions)}`.trim(),
    },
    hint: {
      zh: () =>
        `可写：${quoteList('zh', MARKS)}，或简称 公开发布、删减后公开、依申请公开、不予公开。`,
      en: () =>
        `Write one of ${quoteList('en', MARKS)}, or a short form 公开发布 / 删减后公开 / 依申请公开 / 不予公开.`,
    },
  },
  'document-reason-missing': {
    severity: 'error',
    doc: 'A document marked 删减后公开 or 不予公开 without the reason (reason) for what is withheld.',
    message: {
      zh: (a) => `${doc.zh(a.title)}${a.attribute}的公文必须写明理由（reason）。`,
      en: (a) => `${doc.en(a.title)}a document marked ${a.attribute} needs its reason (reason).`,
    },
    hint: {
      zh: () => '写明不公开或删减的法律依据，如《中华人民共和国政府信息公开条例》第十四条。',
      en: () => 'Give the legal ground for withholding, e.g. 《政府信息公开条例》 article 14.',
    },
  },
  'document-published-before-issued': {
    severity: 'error',
    doc: 'A document whose publication date lies before the date it was issued (成文日期): one of the dates is wrong.',
    message: {
      zh: (a) => `${doc.zh(a.title)}公开日期 ${a.published} 早于成文日期 ${a.issued}。`,
      en: (a) =>
        `${doc.en(a.title)}published on ${a.published}, before it was issued (${a.issued}).`,
    },
    hint: {
      zh: () => '检查 published 和 issued 两个日期。',
      en: () => 'Check the dates published and issued.',
    },
  },
  'document-item-missing': {
    severity: 'info',
    doc: 'A proactively published document names no catalog item, so its publication deadline cannot be checked.',
    message: {
      zh: (a) => `${doc.zh(a.title)}没有写所属目录事项（item），无法核对公开时限。`,
      en: (a) => `${doc.en(a.title)}no catalog item (item): its deadline cannot be checked.`,
    },
    hint: {
      zh: () => '写上 item: 领域/事项编号，如 social-assistance/minimum-living。',
      en: () => 'Add item: domain/item-id, e.g. social-assistance/minimum-living.',
    },
  },
  'document-item-unknown': {
    severity: 'error',
    doc: "A document's item (domain/item-id) is not in its region's effective catalog.",
    message: {
      zh: (a) => `${a.region}的有效目录中没有事项 ${a.item}。${didYouMean('zh', a.suggestions)}`,
      en: (a) =>
        `The effective catalog of ${a.region} has no item ${a.item}. ${didYouMean('en', a.suggestions)}`.trim(),
    },
    hint: {
      zh: () => '用 gkml merge 查看本区域的事项编号；写成 领域/事项编号。',
      en: () => "See the region's item ids with gkml merge; write domain/item-id.",
    },
  },
  'document-published-late': {
    severity: 'warning',
    doc: "A 主动 document published later than its catalog item's 公开时限 allows, counted in official working days.",
    message: {
      zh: (a) =>
        `${doc.zh(a.title)}于 ${a.published} 公开，超过公开时限「${a.limit}」（自 ${a.from} 起算，最迟 ${a.deadline}）。`,
      en: (a) =>
        `${doc.en(a.title)}published on ${a.published}, after the time limit "${a.limit}" (from ${a.from}, due by ${a.deadline}).`,
    },
    hint: {
      zh: () =>
        '工作日按国务院办公厅公布的节假日安排（含调休）计算。以后按时公开；如日期写错，请更正。',
      en: () =>
        'Working days follow the official holiday calendar (with make-up days). Publish on time; correct the date if it is wrong.',
    },
  },
  'document-unpublished': {
    severity: 'warning',
    doc: 'A 主动 document not yet published (no published date) although its deadline has passed.',
    message: {
      zh: (a) =>
        `${doc.zh(a.title)}尚未公开（没有 published 日期），公开时限「${a.limit}」已于 ${a.deadline} 届满。`,
      en: (a) =>
        `${doc.en(a.title)}not published (no published date), and the time limit "${a.limit}" ran out on ${a.deadline}.`,
    },
    hint: {
      zh: () => '尽快公开并写上 published 日期；若不应主动公开，请更正公开属性。',
      en: () => 'Publish it and record published; if it is not to be published, correct attribute.',
    },
  },
  'document-calendar-unknown': {
    severity: 'warning',
    doc: 'A deadline runs through a year the bundled official calendar does not cover: only weekends were counted as days off.',
    message: {
      zh: (a) =>
        `${a.date} 所在年份不在节假日日历（${a.source}，${a.first}–${a.last} 年）中，只按周末计算工作日，结果可能不准。`,
      en: (a) =>
        `${a.date} lies outside the holiday calendar (${a.source}, ${a.first}–${a.last}): working days were counted by weekdays only and may be off.`,
    },
    hint: {
      zh: () => '升级 gkml（新版本带有新一年的节假日安排），或人工核对这个期限。',
      en: () =>
        "Update gkml (newer versions carry the new year's holidays), or check this deadline by hand.",
    },
  },
  'interpretation-missing': {
    severity: 'warning',
    doc: 'A policy document (policy: true) published without a 政策解读 within 3 working days.',
    message: {
      zh: (a) =>
        `${doc.zh(a.title)}是重要政策（policy: true），${a.published} 公开，但没有政策解读（应于 ${a.deadline} 前发布）。`,
      en: (a) =>
        `${doc.en(a.title)}a policy (policy: true) published on ${a.published} has no interpretation (due by ${a.deadline}).`,
    },
    hint: {
      zh: () =>
        '发布政策解读（简明问答、图表图解、视频动漫等），并写上 interpretation: { published: 日期 }。',
      en: () =>
        'Publish an interpretation (Q&A, graphics, video …) and record interpretation: { published: date }.',
    },
  },
  'interpretation-late': {
    severity: 'warning',
    doc: 'A 政策解读 published more than 3 working days after its policy document (official calendar).',
    message: {
      zh: (a) =>
        `${doc.zh(a.title)}政策解读于 ${a.interpreted} 发布，超过文件公开（${a.published}）后 3 个工作日（最迟 ${a.deadline}）。`,
      en: (a) =>
        `${doc.en(a.title)}the interpretation came on ${a.interpreted}, more than 3 working days after the document (${a.published}; due by ${a.deadline}).`,
    },
    hint: {
      zh: () => '政策解读应与文件同步或在 3 个工作日内发布（工作日按官方节假日安排计算）。',
      en: () =>
        'Publish interpretations with the policy or within 3 working days (official calendar).',
    },
  },
  'document-review-due': {
    severity: 'warning',
    doc: 'A 依申请公开 / 不予公开 document whose last 动态调整 review (reviewed, else issued) is more than a year ago.',
    message: {
      zh: (a) =>
        `${doc.zh(a.title)}${a.attribute}的公文最近审核于 ${a.last}，应于 ${a.due} 前再次审核。`,
      en: (a) =>
        `${doc.en(a.title)}marked ${a.attribute}, last reviewed on ${a.last}: a review was due by ${a.due}.`,
    },
    hint: {
      zh: () =>
        '每年审核不公开的公文，条件允许时转为公开，并写上 reviewed 日期（gkml review 列出当年清单）。',
      en: () =>
        'Review withheld documents yearly, publish them when circumstances allow, and record reviewed (gkml review lists them).',
    },
  },
  'consultation-dates-order': {
    severity: 'error',
    doc: 'A consultation that closes before it opens.',
    message: {
      zh: (a) => `${consultation.zh(a.title)}截止日期 ${a.closed} 早于开始日期 ${a.opened}。`,
      en: (a) => `${consultation.en(a.title)}closes on ${a.closed}, before it opens (${a.opened}).`,
    },
    hint: { zh: () => '检查 opened 和 closed。', en: () => 'Check opened and closed.' },
  },
  'consultation-feedback-missing': {
    severity: 'warning',
    doc: 'A closed consultation (征求意见) without published feedback (采纳情况).',
    message: {
      zh: (a) => `${consultation.zh(a.title)}已于 ${a.closed} 截止，尚未公布意见采纳情况。`,
      en: (a) =>
        `${consultation.en(a.title)}closed on ${a.closed}, and no feedback has been published.`,
    },
    hint: {
      zh: () => '公布意见采纳情况，写上 feedback: { published: 日期, adopted: …, notAdopted: … }。',
      en: () =>
        'Publish the feedback and record feedback: { published: date, adopted, notAdopted }.',
    },
  },
  'consultation-reason-missing': {
    severity: 'warning',
    doc: 'An opinion not adopted in a consultation, listed without the reason for not adopting it.',
    message: {
      zh: (a) => `${consultation.zh(a.title)}未采纳的意见${quote.zh(a.opinion)}没有说明理由。`,
      en: (a) =>
        `${consultation.en(a.title)}the opinion ${quote.en(a.opinion)} was not adopted, with no reason given.`,
    },
    hint: {
      zh: () => '对未采纳的意见逐条说明理由（reason）。',
      en: () => 'Give a reason for each opinion not adopted (reason).',
    },
  },
} satisfies CodeTable<DocumentArgs>;
