/** Sentences of the CLI itself (usage problems, summaries), in both languages. */
import type { Text } from './errors.js';

export const cliText = {
  pathsMissing: (paths: readonly string[]): Text => ({
    zh: `找不到路径：${paths.join('、')}。请检查拼写，或先 cd 到目录仓库所在的文件夹。`,
    en: `No such path: ${paths.join(', ')}. Check the spelling, or cd to the repository first.`,
  }),
  noYamlFiles: (paths: readonly string[]): Text => ({
    zh: `在 ${paths.join('、')} 中没有找到 .yaml 文件。`,
    en: `No .yaml files found in ${paths.join(', ')}.`,
  }),
  folderUnreadable: (detail: string): Text => ({
    zh: `无法读取文件夹：${detail}`,
    en: `Cannot read a folder: ${detail}`,
  }),
  unknownSchema: (name: string, known: readonly string[]): Text => ({
    zh: `没有名为 ${name} 的模式。可用的模式：${known.join('、')}。`,
    en: `There is no schema named ${name}. Known schemas: ${known.join(', ')}.`,
  }),
  unknownDomain: (name: string, suggestions: readonly string[]): Text => ({
    zh: `没有名为「${name}」的领域。${suggestions.length > 0 ? `是否应为 ${suggestions.join('、')}？` : ''}运行 gkml guidelines list 查看全部26个领域。`,
    en: `There is no domain named "${name}". ${suggestions.length > 0 ? `Did you mean ${suggestions.join(', ')}? ` : ''}Run gkml guidelines list to see all 26.`,
  }),
  noBaselines: (folder: string): Text => ({
    zh: `在 ${folder} 中没有找到国家基准目录。`,
    en: `No national baselines found in ${folder}.`,
  }),
  bug: {
    zh: 'gkml 内部错误。这是 gkml 的缺陷，不是您的数据问题；请把以上信息报告给维护者。',
    en: 'Internal error in gkml. This is a bug, not a problem with your data: please report the text above.',
  },
} as const;
