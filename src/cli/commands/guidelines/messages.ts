/**
 * Wording of `gkml guidelines`: its help and what it tells the user.
 * A Chinese table and an English one with the same keys (src/i18n/messages.ts).
 */
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
