/**
 * Deprecated national ids: a baseline keeps an id that is no longer used (ids never change
 * meaning) and points at the ids that replace it; overlays that still refer to it are told so.
 */
import type { CodeTable } from '../spec.js';
import { didYouMean, quoteList } from '../spec.js';

export interface DeprecationArgs {
  'merge-deprecated-id': {
    id: string;
    action: 'override' | 'omit';
    replacedBy: string[];
    /** Where the national baseline deprecates the id. */
    file: string;
    line: number;
  };
  'item-deprecated-target': {
    id: string;
    target: string;
    problem: 'unknown' | 'deprecated';
    suggestions: string[];
  };
  'item-deprecated-in-overlay': { id: string };
}

const item = { zh: (id: string) => `事项 ${id}：`, en: (id: string) => `Item ${id}: ` };

export const deprecationCodes = {
  'merge-deprecated-id': {
    severity: 'warning',
    doc: 'An override or omission names a national id that the baseline has deprecated; it points at the ids that replace it.',
    message: {
      zh: (a) =>
        `${item.zh(a.id)}国家基准目录已停用这个编号（${a.file}:${a.line}），本条${a.action === 'omit' ? '不适用说明' : '修改'}不再生效。${a.replacedBy.length > 0 ? `改用${quoteList('zh', a.replacedBy)}。` : ''}`,
      en: (a) =>
        `${item.en(a.id)}the national baseline has deprecated this id (${a.file}:${a.line}); this ${a.action === 'omit' ? 'omission' : 'override'} no longer applies.${a.replacedBy.length > 0 ? ` Use ${quoteList('en', a.replacedBy)} instead.` : ''}`,
    },
    hint: {
      zh: (a) =>
        a.replacedBy.length > 0
          ? `把本条的编号改为${quoteList('zh', a.replacedBy)}（修改分别写到对应事项上）；新事项不适用时用 omit 写明理由。停用原因见国家基准目录中的 deprecated.reason。`
          : '删除本条；停用原因见国家基准目录中的 deprecated.reason。',
      en: (a) =>
        a.replacedBy.length > 0
          ? `Refer to ${quoteList('en', a.replacedBy)} instead (carry the changes to each); omit a new item with a reason if it does not apply. The baseline's deprecated.reason says why.`
          : "Remove the entry; the baseline's deprecated.reason says why.",
    },
  },
  'item-deprecated-target': {
    severity: 'error',
    doc: 'A deprecated baseline item points (`replacedBy`) at an id the baseline does not have, or at another deprecated id.',
    message: {
      zh: (a) =>
        a.problem === 'unknown'
          ? `${item.zh(a.id)}replacedBy 中的「${a.target}」不是本目录的编号。${didYouMean('zh', a.suggestions)}`
          : `${item.zh(a.id)}replacedBy 中的「${a.target}」本身也已停用。`,
      en: (a) =>
        a.problem === 'unknown'
          ? `${item.en(a.id)}"${a.target}" in replacedBy is not an id of this catalog. ${didYouMean('en', a.suggestions)}`.trimEnd()
          : `${item.en(a.id)}"${a.target}" in replacedBy is deprecated too.`,
    },
    hint: {
      zh: () => '停用的编号只能指向本领域中仍在使用的事项；先写好新事项，再指向它们。',
      en: () =>
        'A deprecated id may only point at items of this domain still in use; add them first.',
    },
  },
  'item-deprecated-in-overlay': {
    severity: 'error',
    doc: "`deprecated` in a region's catalog: only a national baseline can deprecate an id.",
    message: {
      zh: (a) => `${item.zh(a.id)}deprecated 只能用于国家基准目录，区域目录不能停用编号。`,
      en: (a) =>
        `${item.en(a.id)}deprecated belongs in a national baseline; a region cannot deprecate an id.`,
    },
    hint: {
      zh: () => '本级不采用某个事项时，用 omit 写明理由。',
      en: () => 'To leave an item out in this region, use omit with a reason.',
    },
  },
} satisfies CodeTable<DeprecationArgs>;
