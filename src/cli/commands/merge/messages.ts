/**
 * Wording of `gkml merge`: its help and what it tells the user.
 * A Chinese table and an English one with the same keys (src/i18n/messages.ts).
 */
import { messages } from '../../../i18n/messages.js';

export const mergeMessages = messages(
  {
    description: '输出区域合并后的目录（国家基准 → 市 → 县 → 乡 → 村逐级合并）',
    folder: '区域文件夹（默认：当前文件夹）；仓库根目录表示所有区域',
    domain: '只输出一个领域（编号、名称或别名）',
    format: '输出格式：yaml（默认）、json；--explain 时默认为 text',
    explain: '逐个字段说明取值来自哪一级、哪个文件哪一行',
    textNeedsExplain: '--format text 只用于 --explain；合并结果请用 yaml 或 json。',
  },
  {
    description:
      'print the effective catalogs of a region (national → city → county → township → village)',
    folder: 'a region folder (default: the current folder); the repository root means every region',
    domain: 'one domain only (id, Chinese name or alias)',
    format: 'output format: yaml (default) or json; text by default with --explain',
    explain: 'show where each value of each field came from (layer, file, line)',
    textNeedsExplain:
      '--format text goes with --explain; the merged catalogs come as yaml or json.',
  },
);
