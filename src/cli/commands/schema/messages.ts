/**
 * Wording of `gkml schema`: its help and what it tells the user.
 * A Chinese table and an English one with the same keys (src/i18n/messages.ts).
 */
import { messages } from '../../../i18n/messages.js';

export const schemaMessages = messages(
  {
    description: '输出 JSON Schema（供编辑器补全和提示）；不带参数时列出所有模式',
    unknownSchema: (name: string, known: readonly string[]) =>
      `没有名为 ${name} 的模式。可用的模式：${known.join('、')}。`,
    catalogPurpose: '一个领域的目录（如 employment.yaml）',
    regionPurpose: '区域文件 region.yaml',
    projectPurpose: '仓库配置 gkml.yaml',
    documentsPurpose: '发文登记 documents.yaml（放在 region.yaml 旁边）',
    usage:
      '在 YAML 文件第一行写上（路径相对于该文件）：\n  # yaml-language-server: $schema=<模式文件路径>',
  },
  {
    description: 'print a JSON Schema for editors; without a name, list them',
    unknownSchema: (name, known) =>
      `There is no schema named ${name}. Known schemas: ${known.join(', ')}.`,
    catalogPurpose: 'a catalog of one domain (employment.yaml)',
    regionPurpose: 'a region file, region.yaml',
    projectPurpose: 'the repository configuration, gkml.yaml',
    documentsPurpose: 'a document register, documents.yaml (beside region.yaml)',
    usage:
      'Put this first line in a YAML file (path relative to that file):\n  # yaml-language-server: $schema=<schema path>',
  },
);
