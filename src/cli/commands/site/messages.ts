/**
 * Wording of `gkml site`: its help and what it tells the user.
 * A Chinese table and an English one with the same keys (src/i18n/messages.ts).
 */
import { messages } from '../../../i18n/messages.js';

export const siteMessages = messages(
  {
    description:
      '生成静态网站：区域树、各领域目录表、搜索和办事一本通，可放到政府网站或从 U 盘打开',
    folder: '区域目录仓库（含 gkml.yaml 的文件夹）',
    out: '网站的输出文件夹（必填）',
    force: '有错误也生成网站',
    noDownloads: '不导出各区域的 Excel、CSV 和 JSON 下载文件（更快）',
    date: 'Excel 表格中的数据日期（默认：今天）',
    siteOutIsInput: (out: string) =>
      `输出文件夹 ${out} 就是输入文件夹或其上级；请换一个文件夹，如 --out site。`,
    siteOutMissing: '请用 --out 指定网站的输出文件夹，如 gkml site . --out public。',
    siteBadDate: (date: string) => `日期应写成 YYYY-MM-DD，如 2026-06-30：${date}`,
    siteErrors: (errors: number) => `有 ${errors} 个错误，未生成网站。请先改正以上错误。`,
    siteWritten: (out: string, written: number, unchanged: number) =>
      `网站已生成：${out}（写入 ${written} 个文件，未变 ${unchanged} 个）。用浏览器打开 ${out}/index.html 即可浏览。`,
  },
  {
    description:
      'build the static HTML directory (region tree, catalog tables, search, 一件事 bundles)',
    folder: 'the region repository (the folder with gkml.yaml)',
    out: 'output folder of the site (required)',
    force: 'publish the site despite errors',
    noDownloads: "skip each region's xlsx, csv and json downloads (faster)",
    date: 'the date of the data in the workbooks (default: today)',
    siteOutIsInput: (out) =>
      `The output folder ${out} is the input folder or holds it; choose another, e.g. --out site.`,
    siteOutMissing: 'Name the output folder with --out, e.g. gkml site . --out public.',
    siteBadDate: (date) => `A date is written YYYY-MM-DD, e.g. 2026-06-30: ${date}`,
    siteErrors: (errors) =>
      `${errors} error(s): the site was not written. Fix the errors above first.`,
    siteWritten: (out, written, unchanged) =>
      `Site written to ${out} (${written} file(s) written, ${unchanged} unchanged). Open ${out}/index.html in a browser.`,
  },
);
