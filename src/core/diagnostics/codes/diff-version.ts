/**
 * `gkml diff <old> <new>` and `gkml diff --base <ref>`: changes between two versions of a region
 * repository, counted on the effective catalogs (what each region actually publishes).
 */
import type { CodeTable } from '../spec.js';
import { quote } from '../spec.js';
import { itemHead, type ItemRef } from './diff.js';
import type { Label, Lang } from '../../../i18n/lang.js';
import { PUNCTUATION } from '../../../i18n/punctuation.js';

/** One changed field: its human name and the values before and after, as shown to people. */
export interface FieldChangeArgs {
  field: Label;
  old: string | null;
  new: string | null;
}

export interface DiffVersionArgs {
  'diff-item-added': ItemRef;
  'diff-item-removed': ItemRef;
  'diff-item-changed': ItemRef & { changes: FieldChangeArgs[] };
  'diff-item-omitted': ItemRef & { reason: string };
  'diff-item-restored': ItemRef & { reason: string };
  'diff-region-added': { region: string; code: string };
  'diff-region-removed': { region: string; code: string };
}

const EMPTY: Record<Lang, string> = { zh: '（无）', en: '(none)' };

/** "公开方式「主动」→「依申请」；…" */
function changes(lang: Lang, list: readonly FieldChangeArgs[]): string {
  const shown = (value: string | null): string =>
    value === null ? EMPTY[lang] : quote[lang](value);
  return list
    .map((c) => `${c.field[lang]}${lang === 'zh' ? '' : ' '}${shown(c.old)} → ${shown(c.new)}`)
    .join(PUNCTUATION[lang].semicolon);
}

export const diffVersionCodes = {
  'diff-item-added': {
    severity: 'info',
    doc: 'Version diff: an item is new in the effective catalog.',
    message: {
      zh: (a) => `${itemHead.zh(a)}新增。`,
      en: (a) => `${itemHead.en(a)}added.`,
    },
  },
  'diff-item-removed': {
    severity: 'warning',
    doc: 'Version diff: an item is no longer in the effective catalog, and was not omitted with a reason.',
    message: {
      zh: (a) => `${itemHead.zh(a)}被删除。`,
      en: (a) => `${itemHead.en(a)}removed.`,
    },
    hint: {
      zh: (a) => `若本地不再适用，请写 {id: ${a.id}, omit: 理由}，而不是直接删除。`,
      en: (a) =>
        `If it no longer applies, write {id: ${a.id}, omit: reason} instead of deleting it.`,
    },
  },
  'diff-item-changed': {
    severity: 'info',
    doc: 'Version diff: fields of an item changed (old → new).',
    message: {
      zh: (a) => `${itemHead.zh(a)}${changes('zh', a.changes)}。`,
      en: (a) => `${itemHead.en(a)}${changes('en', a.changes)}.`,
    },
  },
  'diff-item-omitted': {
    severity: 'info',
    doc: 'Version diff: an item is now omitted, with the reason given.',
    message: {
      zh: (a) => `${itemHead.zh(a)}改为不适用，理由：${a.reason}`,
      en: (a) => `${itemHead.en(a)}now omitted, because: ${a.reason}`,
    },
  },
  'diff-item-restored': {
    severity: 'info',
    doc: 'Version diff: an item that was omitted applies again.',
    message: {
      zh: (a) => `${itemHead.zh(a)}恢复为适用（原不适用理由：${a.reason}）。`,
      en: (a) => `${itemHead.en(a)}applies again (it was omitted because: ${a.reason}).`,
    },
  },
  'diff-region-added': {
    severity: 'info',
    doc: 'Version diff: a region is new.',
    message: {
      zh: (a) => `新增区域 ${a.region}（${a.code}）。`,
      en: (a) => `New region ${a.region} (${a.code}).`,
    },
  },
  'diff-region-removed': {
    severity: 'warning',
    doc: 'Version diff: a region is gone, with all its catalogs.',
    message: {
      zh: (a) => `区域 ${a.region}（${a.code}）被删除。`,
      en: (a) => `Region ${a.region} (${a.code}) was removed.`,
    },
    hint: {
      zh: () => '确认这是有意的：该区域的全部目录都不再生成。',
      en: () => 'Make sure this is intended: none of its catalogs will be produced any more.',
    },
  },
} satisfies CodeTable<DiffVersionArgs>;
