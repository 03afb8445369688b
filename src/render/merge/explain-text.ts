/** The words of `gkml merge --explain`, in both languages. */
export type Lang = 'zh' | 'en';

export const EXPLAIN_TEXT = {
  zh: {
    national: '国家基准目录',
    file: '目录文件：',
    chain: '继承顺序：',
    item: '事项',
    local: '［本地新增］',
    introduced: '引入',
    empty: '（已清除）',
    replaced: '替换了：',
    removed: '删除了：',
    replacedList: '整体替换了：',
    omitted: '不适用的事项',
    assumedLevels: (levels: string) => `（来源未注明；按 ${levels} 处理）`,
  },
  en: {
    national: 'the national baseline',
    file: 'catalog file: ',
    chain: 'layers: ',
    item: 'item',
    local: ' [local]',
    introduced: 'introduced',
    empty: '(cleared)',
    replaced: 'replaced: ',
    removed: 'removed: ',
    replacedList: 'replaced the list: ',
    omitted: 'omitted items',
    assumedLevels: (levels: string) => `(the source gives none; taken as ${levels})`,
  },
} as const;
