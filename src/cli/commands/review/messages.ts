/**
 * Wording of `gkml review`: its help and what it tells the user.
 * A Chinese table and an English one with the same keys (src/i18n/messages.ts).
 */
import { messages } from '../../../i18n/messages.js';

export const reviewMessages = messages(
  {
    description:
      '发文登记的年度动态调整清单：应审核的依申请公开、不予公开公文，以及经审核调整了公开属性的公文',
    folder: '区域文件夹（默认：当前文件夹）；仓库根目录表示所有区域',
    year: '年份（默认：今年）',
    format: '输出格式：text（默认）、json、xlsx',
    out: '写入文件（xlsx 必须指定）',
    badYear: (year: string) => `--year 应为四位数的年份，如 2026（收到 ${year}）。`,
    xlsxNeedsOut: '-f xlsx 需要用 -o 指定输出文件。',
  },
  {
    description:
      "the year's 动态调整 list of the document registers: withheld documents due for review, and those a review changed",
    folder: 'a region folder (default: the current folder); the repository root means every region',
    year: 'the year (default: this year)',
    format: 'output format: text (default), json, xlsx',
    out: 'write to this file (required for xlsx)',
    badYear: (year) => `--year takes a four-digit year such as 2026 (got ${year}).`,
    xlsxNeedsOut: '-f xlsx needs an output file: -o <file>.',
  },
);
