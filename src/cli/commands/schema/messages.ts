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
  },
  {
    description: 'print a JSON Schema for editors; without a name, list them',
    unknownSchema: (name, known) =>
      `There is no schema named ${name}. Known schemas: ${known.join(', ')}.`,
  },
);
