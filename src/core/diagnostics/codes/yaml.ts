/** YAML syntax: what the parser rejects, phrased for people who have not read the YAML spec. */
import type { CodeTable, NoArgs } from '../spec.js';
import { quote } from '../spec.js';

export interface YamlArgs {
  'yaml-syntax': { problem: YamlProblem; detail: string };
  'yaml-duplicate-key': { key: string };
  'yaml-tab': NoArgs;
  'yaml-alias-limit': { limit: number };
  'yaml-multiple-documents': NoArgs;
  'yaml-errors-more': { more: number };
}

/** The YAML parser's error kinds that get their own sentence; the rest are 'other'. */
export type YamlProblem =
  | 'indent'
  | 'unclosed'
  | 'unexpected'
  | 'key'
  | 'scalar'
  | 'alias'
  | 'recursive'
  | 'merge'
  | 'tag'
  | 'other';

const problemText: Record<YamlProblem, { zh: string; en: string }> = {
  indent: { zh: '缩进不对齐', en: 'the indentation does not line up' },
  unclosed: {
    zh: '引号、括号或列表没有闭合',
    en: 'a quote, bracket or flow collection is not closed',
  },
  unexpected: { zh: '这里出现了意外的字符', en: 'an unexpected character here' },
  key: { zh: '键（冒号前的部分）写法有误', en: 'a key (before the colon) is malformed' },
  scalar: { zh: '值的写法有误', en: 'a value is malformed' },
  alias: { zh: '引用（*名称）指向不存在的锚点', en: 'an alias (*name) refers to no anchor' },
  recursive: {
    zh: '引用（*名称）指向包含它自己的节点，内容会无限嵌套',
    en: 'an alias (*name) refers to a node that contains it, so the value would nest forever',
  },
  merge: {
    zh: '合并键（<<）的值必须是映射',
    en: 'the value of a merge key (<<) must be a mapping',
  },
  tag: { zh: '不支持的标签（!标签）', en: 'an unsupported tag (!tag)' },
  other: { zh: 'YAML 语法错误', en: 'a YAML syntax error' },
};

export const yamlCodes = {
  'yaml-syntax': {
    severity: 'error',
    doc: 'The file is not valid YAML.',
    message: {
      zh: (a) => `YAML 语法错误：${problemText[a.problem].zh}。`,
      en: (a) => `YAML syntax error: ${problemText[a.problem].en} (${a.detail}).`,
    },
    hint: {
      zh: () => '检查这一行及上一行：冒号后要有空格，同级的行要对齐，含有冒号或 # 的文字要加引号。',
      en: () =>
        'Look at this line and the one before: a space after each colon, siblings aligned, quotes around text containing ":" or "#".',
    },
  },
  'yaml-duplicate-key': {
    severity: 'error',
    doc: 'The same key appears twice in one mapping; YAML would silently keep only one.',
    message: {
      zh: (a) => `字段${quote.zh(a.key)}重复出现。`,
      en: (a) => `The key ${quote.en(a.key)} appears twice.`,
    },
    hint: {
      zh: () => '删除或合并重复的一行。',
      en: () => 'Delete or merge one of them.',
    },
  },
  'yaml-tab': {
    severity: 'error',
    doc: 'A tab is used for indentation; YAML allows spaces only.',
    message: {
      zh: () => '缩进中使用了制表符（Tab）。',
      en: () => 'A tab is used for indentation.',
    },
    hint: {
      zh: () =>
        'YAML 只能用空格缩进。把 Tab 换成空格（VS Code：右下角“Tab 大小”→“将缩进转换为空格”）。',
      en: () => 'YAML indents with spaces only: replace the tab with spaces.',
    },
  },
  'yaml-alias-limit': {
    severity: 'error',
    doc: 'Aliases expand to too many nodes (an "alias bomb"); the file was not expanded.',
    message: {
      zh: (a) => `引用（*名称）展开过多（超过 ${a.limit} 次），文件未展开。`,
      en: (a) => `Aliases (*name) expand too many times (over ${a.limit}); not expanded.`,
    },
    hint: {
      zh: () => '目录不需要嵌套引用；请直接写出内容。',
      en: () => 'Catalogs need no nested aliases: write the values out.',
    },
  },
  'yaml-errors-more': {
    severity: 'info',
    doc: 'The file has more YAML syntax errors than are listed; the first ones usually cause the rest.',
    message: {
      zh: (a) => `此文件另有 ${a.more} 个 YAML 语法错误未列出。`,
      en: (a) => `${a.more} more YAML syntax errors in this file are not listed.`,
    },
    hint: {
      zh: () => '先改正上面列出的错误，其余的往往随之消失。',
      en: () => 'Fix the errors listed above first; the rest often go away with them.',
    },
  },
  'yaml-multiple-documents': {
    severity: 'error',
    doc: 'The file holds several YAML documents (separated by ---); one file holds one catalog.',
    message: {
      zh: () => '一个文件中有多个 YAML 文档（用 --- 分隔）。',
      en: () => 'The file holds several YAML documents (separated by ---).',
    },
    hint: {
      zh: () => '每个文件只写一个目录或一个区域；把其余部分移到单独的文件。',
      en: () => 'Keep one catalog or region per file; move the rest to files of their own.',
    },
  },
} satisfies CodeTable<YamlArgs>;
