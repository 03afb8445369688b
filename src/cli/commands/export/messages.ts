/**
 * Wording of `gkml export`: its help and what it tells the user.
 * A Chinese table and an English one with the same keys (src/i18n/messages.ts).
 */
import { messages } from '../../../i18n/messages.js';
import { listSome } from '../../../i18n/punctuation.js';

export const exportMessages = messages(
  {
    description: '导出合并后的目录：官方格式的 Excel（每个区域一个工作簿），或 CSV / JSON',
    paths: '仓库、区域文件夹或目录文件（默认：当前文件夹）',
    format: '导出格式',
    out: '输出文件夹',
    channels: '公开渠道：checklist（■/□ 清单，默认）或 list（只列所选）',
    date: '数据日期，写入“说明”表（默认：今天）',
    documents: '导出发文登记（documents.yaml）：发文登记、逾期清单、征求意见，每个区域一个工作簿',
    force: '目录有错误也导出',
    outHoldsInput: (out: string) =>
      `输出文件夹 ${out} 包含了要导出的文件或其仓库；输出文件夹会被整体替换，那会删掉它们。请换一个文件夹，如 --out out。`,
    badDate: (value: string) => `日期格式应为 YYYY-MM-DD：${value}`,
    modelHasErrors: (count: number) =>
      `目录有 ${count} 个错误（见上），未导出。请先修正，再运行 gkml export。`,
    notInRepository: (paths: readonly string[], root: string) =>
      `${listSome('zh', paths)} 不在目录仓库 ${root} 中；一次只能导出一个仓库。`,
    notACatalog: (path: string) => `${path} 不是仓库中某个区域的目录文件或 region.yaml。`,
    nothingToExport: '所选区域没有任何目录，未写入文件。',
    written: (count: number, folder: string) => `已写入 ${count} 个文件到 ${folder}`,
  },
  {
    description:
      'export the merged catalogs: official-layout Excel (a workbook per region), or CSV / JSON',
    paths: 'repository, region folders or catalog files (default: .)',
    format: 'export format',
    out: 'output folder',
    channels: 'channels: checklist (■/□, default) or list',
    date: 'date of the data, shown in 说明 (default: today)',
    documents:
      'export the document registers (documents.yaml) instead: register, overdue list, consultations',
    force: 'export despite errors in the catalogs',
    outHoldsInput: (out) =>
      `The output folder ${out} holds what is exported or its repository; the output folder is replaced whole, which would delete them. Choose another folder, e.g. --out out.`,
    badDate: (value) => `Dates are written YYYY-MM-DD: ${value}`,
    modelHasErrors: (count) =>
      `The catalogs have ${count} error${count === 1 ? '' : 's'} (above); nothing was exported. Fix them and run gkml export again.`,
    notInRepository: (paths, root) =>
      `${listSome('en', paths)} is not inside the repository ${root}; export one repository at a time.`,
    notACatalog: (path) =>
      `${path} is neither a catalog file of a region of the repository nor a region.yaml.`,
    nothingToExport: 'The selected regions have no catalogs; nothing was written.',
    written: (count, folder) => `Wrote ${count} file${count === 1 ? '' : 's'} to ${folder}`,
  },
);
