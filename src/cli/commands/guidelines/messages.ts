/**
 * Wording of `gkml guidelines`: its help and what it tells the user.
 * A Chinese table and an English one with the same keys (src/i18n/messages.ts).
 */
import type { Lang } from '../../../i18n/lang.js';
import { messages } from '../../../i18n/messages.js';

export const guidelinesMessages = messages(
  {
    description: '查看自带的26个领域国家基准目录',
    format: '输出格式',
    listDescription: '列出各领域：编号、名称、部委、文号、事项数、完整性',
    showDescription: '显示一个领域的基准目录（可写编号、中文名或别名）',
    domain: '领域',
    noBaselines: (folder: string) => `在 ${folder} 中没有找到国家基准目录。`,
  },
  {
    description: 'show the bundled national baselines of the 26 domains',
    format: 'output format',
    listDescription: 'list the domains: id, name, ministry, number, items, completeness',
    showDescription: 'show one domain (id, Chinese name or alias)',
    domain: 'domain',
    noBaselines: (folder) => `No national baselines found in ${folder}.`,
  },
);

interface ListTotals {
  domains: number;
  items: number;
  local: number;
  deprecated: number;
}

interface DomainCounts {
  items: number;
  localWording: number;
  deprecated: number;
  statedSize: string | null;
}

const wordsZh = {
  listHeaders: ['编号', '名称', '部委', '文号', '事项数', '部委所述规模', '完整性'],
  itemHeaders: ['事项编号', '一级事项', '二级事项', '公开方式', '公开层级', '说明'],
  showLabels: ['领域', '别名', '部委', '文件', '文号', '日期', '事项数', '完整性', '说明'],
  completeness: { partial: '部分', complete: '完整', unknown: '未说明' },
  listFooter: (t: ListTotals) =>
    `共 ${t.domains} 个领域，${t.items} 个事项（其中 ${t.local} 个为地方目录的本地措辞；另有 ${t.deprecated} 个停用的编号）。“部分”表示未取得部委完整清单；“部委所述规模”是部委文件说明的事项数量。详见 gkml guidelines show <领域>。`,
  counts: (c: DomainCounts) =>
    `${c.items}（本地措辞 ${c.localWording}，停用编号 ${c.deprecated}）；部委所述规模：${c.statedSize ?? '未说明'}`,
  deprecated: (by: string) => (by === '' ? '已停用' : `已停用，改用 ${by}`),
  localWording: '本地措辞',
};

/** The words of the tables `guidelines list` and `show` print, by language. */
export const guidelinesWords: Record<Lang, typeof wordsZh> = {
  zh: wordsZh,
  en: {
    listHeaders: ['id', 'name', 'ministry', 'document no.', 'items', 'stated size', 'completeness'],
    itemHeaders: ['item id', 'level-1 item', 'level-2 item', 'method', 'levels', 'remark'],
    showLabels: [
      'domain',
      'aliases',
      'ministry',
      'document',
      'number',
      'date',
      'items',
      'completeness',
      'note',
    ],
    completeness: { partial: 'partial', complete: 'complete', unknown: 'not stated' },
    listFooter: (t) =>
      `${t.domains} domains, ${t.items} items (${t.local} of them in one place's local wording; ${t.deprecated} more ids deprecated). "partial": the ministry's full list was not found; "stated size": the count the ministry's document gives. See gkml guidelines show <domain>.`,
    counts: (c) =>
      `${c.items} (local wording ${c.localWording}, deprecated ids ${c.deprecated}); stated size: ${c.statedSize ?? 'not stated'}`,
    deprecated: (by) => (by === '' ? 'deprecated' : `deprecated: use ${by}`),
    localWording: 'local wording',
  },
};
