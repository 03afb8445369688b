/**
 * The words commander puts around gkml's own descriptions in `--help` ("Usage:", "Options:",
 * "(choices: …, default: …)") in the user's language: the descriptions are Chinese by default, and
 * a help page half in English reads as two programs. Commander 14 styles each title through
 * `styleTitle` and appends the choices and default to a description in `optionDescription` and
 * `argumentDescription`; those are what is replaced (test/cli/help-words.test.ts reads the help of
 * real commands).
 */
import { Help, type Argument, type HelpConfiguration, type Option } from 'commander';
import type { Lang } from '../i18n/lang.js';

const TITLES_ZH: Readonly<Record<string, string>> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Global Options:': '全局选项：',
  'Commands:': '命令：',
};

/** Commander's help in `lang`: English is commander's own. */
export function helpWords(lang: Lang): HelpConfiguration {
  if (lang === 'en') return {};
  return {
    styleTitle: (title) => TITLES_ZH[title] ?? title,
    optionDescription(this: Help, option: Option) {
      return inChinese(Help.prototype.optionDescription.call(this, option));
    },
    argumentDescription(this: Help, argument: Argument) {
      return inChinese(Help.prototype.argumentDescription.call(this, argument));
    },
  };
}

/** `说明 (choices: "a", "b", default: "a")` → `说明（可选："a"、"b"；默认："a"）`. */
function inChinese(description: string): string {
  const extra = /\s?\(((?:choices|default|preset|env): .*)\)$/u.exec(description);
  if (!extra) return description;
  const parts = (extra[1] ?? '').split(/, (?=choices: |default: |preset: |env: )/u).map((part) =>
    part
      .replace(/^choices: /u, '可选：')
      .replace(/^default: /u, '默认：')
      .replace(/^preset: /u, '不带值时：')
      .replace(/^env: /u, '环境变量：')
      .replaceAll('", "', '"、"'),
  );
  return `${description.slice(0, extra.index)}（${parts.join('；')}）`;
}
