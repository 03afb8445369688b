/** Schema violations, grouped and phrased with the field's Chinese name (from the schema's title). */
import type { CodeTable } from '../spec.js';
import { didYouMean, quote, quoteList } from '../spec.js';
import type { Label, Lang } from '../../../i18n/lang.js';

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null';

export interface SchemaArgs {
  'schema-type': {
    field: Label;
    expected: JsonType[];
    actual: JsonType;
    /** For a bare number or true/false: the key it stands under, and the value as written. */
    key?: string;
    written?: string;
  };
  'schema-required': { field: Label; missing: string; missingLabel: Label };
  'schema-unknown-key': { field: Label; key: string; suggestions: string[] };
  'schema-enum': { field: Label; value: string; suggestions: string[]; allowed: string[] };
  'schema-pattern': { field: Label; value: string; description: string };
  'schema-format': { field: Label; value: string; format: string };
  'schema-empty': { field: Label };
  'schema-duplicate-entry': { field: Label; value: string };
  'schema-invalid': { field: Label; keyword: string; detail: string };
}

const typeNames: Record<JsonType, Label> = {
  string: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'an integer' },
  boolean: { zh: 'true 或 false', en: 'true or false' },
  array: { zh: '列表（每项以“- ”开头）', en: 'a list (items starting with "- ")' },
  object: { zh: '字段列表（“名称: 值”）', en: 'a mapping ("key: value")' },
  null: { zh: '空值', en: 'empty' },
};

const typeList = (lang: Lang, types: readonly JsonType[]): string =>
  types.map((t) => typeNames[t][lang]).join(lang === 'zh' ? '或' : ' or ');

const name = (lang: Lang, field: Label): string => quote[lang](field[lang]);

/** Text was expected, and YAML read the bare value as a number or true/false. */
const readAsScalar = (a: { expected: readonly JsonType[]; actual: JsonType }): boolean =>
  a.expected.includes('string') && ['number', 'integer', 'boolean'].includes(a.actual);

/** The value in quotes, under its key when it has one: `id: "12345"` (… when the value is unsure). */
const quotedLine = (a: { key?: string; written?: string }): string => {
  const value = `"${a.written ?? '…'}"`;
  return a.key === undefined ? value : `${a.key}: ${value}`;
};

/** How to write `allowed` values in a hint: all of them when few, else a count. */
function allowedList(lang: Lang, allowed: readonly string[]): string {
  if (allowed.length <= 8) return quoteList(lang, allowed);
  const shown = quoteList(lang, allowed.slice(0, 6));
  return lang === 'zh'
    ? `${shown} 等 ${allowed.length} 个值`
    : `${shown} and ${allowed.length - 6} more`;
}

export const schemaCodes = {
  'schema-type': {
    severity: 'error',
    doc: 'A field holds the wrong kind of value (text where a list is expected, a number for a code…).',
    message: {
      zh: (a) =>
        `${name('zh', a.field)}应为${typeList('zh', a.expected)}，这里是${typeNames[a.actual].zh}。`,
      en: (a) =>
        `${name('en', a.field)} should be ${typeList('en', a.expected)}, not ${typeNames[a.actual].en}.`,
    },
    hint: {
      zh: (a) =>
        readAsScalar(a)
          ? `给值加上引号，写成 ${quotedLine(a)}，否则 YAML 会把它读成${a.actual === 'boolean' ? ' true/false' : '数字'}。`
          : '参照模式（gkml schema）中该字段的写法。',
      en: (a) =>
        readAsScalar(a)
          ? `Put the value in quotes: ${quotedLine(a)}; otherwise YAML reads ${a.actual === 'boolean' ? 'true/false' : 'a number'}.`
          : 'See how the field is written in the schema (gkml schema).',
    },
  },
  'schema-required': {
    severity: 'error',
    doc: 'A required field is missing.',
    message: {
      zh: (a) =>
        `${name('zh', a.field)}缺少必填字段${name('zh', a.missingLabel)}（${a.missing}）。`,
      en: (a) =>
        `${name('en', a.field)} lacks the required field ${name('en', a.missingLabel)} (${a.missing}).`,
    },
    hint: {
      zh: (a) => `添加一行 ${a.missing}: …`,
      en: (a) => `Add a line "${a.missing}: …".`,
    },
  },
  'schema-unknown-key': {
    severity: 'error',
    doc: 'A field name that the schema does not know (often a typo).',
    message: {
      zh: (a) =>
        `${name('zh', a.field)}中没有字段${quote.zh(a.key)}。${didYouMean('zh', a.suggestions)}`,
      en: (a) =>
        `${name('en', a.field)} has no field ${quote.en(a.key)}. ${didYouMean('en', a.suggestions)}`.trimEnd(),
    },
    hint: {
      zh: () => '检查字段名的拼写（区分大小写）；编辑器中配置模式后可自动补全。',
      en: () =>
        'Check the spelling (case matters); with the schema configured, your editor completes names.',
    },
  },
  'schema-enum': {
    severity: 'error',
    doc: 'A value outside the allowed list (a domain, level, 公开方式…), with the closest allowed values.',
    message: {
      zh: (a) =>
        `${name('zh', a.field)}不能是${quote.zh(a.value)}。${didYouMean('zh', a.suggestions)}`,
      en: (a) =>
        `${name('en', a.field)} cannot be ${quote.en(a.value)}. ${didYouMean('en', a.suggestions)}`.trimEnd(),
    },
    hint: {
      zh: (a) => `可用的值：${allowedList('zh', a.allowed)}。`,
      en: (a) => `Allowed: ${allowedList('en', a.allowed)}.`,
    },
  },
  'schema-pattern': {
    severity: 'error',
    doc: 'A value that does not have the required form (administrative code, URL, id…).',
    message: {
      zh: (a) => `${name('zh', a.field)}的写法不对：${quote.zh(a.value)}。`,
      en: (a) => `${name('en', a.field)} is not in the expected form: ${quote.en(a.value)}.`,
    },
    hint: {
      zh: (a) => a.description,
      en: (a) => `See the field's description in the schema (gkml schema): ${a.description}`,
    },
  },
  'schema-format': {
    severity: 'error',
    doc: 'A date or e-mail address that is not well formed.',
    message: {
      zh: (a) =>
        `${name('zh', a.field)}不是有效的${a.format === 'date' ? '日期' : '格式'}：${quote.zh(a.value)}。`,
      en: (a) => `${name('en', a.field)} is not a valid ${a.format}: ${quote.en(a.value)}.`,
    },
    hint: {
      zh: (a) =>
        a.format === 'date' ? '日期写成 YYYY-MM-DD，例如 2025-03-31。' : `应为 ${a.format} 格式。`,
      en: (a) =>
        a.format === 'date'
          ? 'Write dates as YYYY-MM-DD, e.g. 2025-03-31.'
          : `Expected ${a.format}.`,
    },
  },
  'schema-empty': {
    severity: 'error',
    doc: 'A field that may not be empty is empty.',
    message: {
      zh: (a) => `${name('zh', a.field)}不能为空。`,
      en: (a) => `${name('en', a.field)} may not be empty.`,
    },
    hint: {
      zh: () => '填写内容，或删除这一行。',
      en: () => 'Fill it in or delete the line.',
    },
  },
  'schema-duplicate-entry': {
    severity: 'error',
    doc: 'A list that must not repeat itself holds the same value twice.',
    message: {
      zh: (a) => `${name('zh', a.field)}中${quote.zh(a.value)}重复出现。`,
      en: (a) => `${name('en', a.field)} lists ${quote.en(a.value)} twice.`,
    },
    hint: { zh: () => '删除重复的一项。', en: () => 'Delete the repeated entry.' },
  },
  'schema-invalid': {
    severity: 'error',
    doc: 'Any other schema violation.',
    message: {
      zh: (a) => `${name('zh', a.field)}不符合要求（${a.keyword}：${a.detail}）。`,
      en: (a) => `${name('en', a.field)} is invalid (${a.keyword}: ${a.detail}).`,
    },
  },
} satisfies CodeTable<SchemaArgs>;
