/**
 * Wording of `gkml import`: its help and what it tells the user.
 * A Chinese table and an English one with the same keys (src/i18n/messages.ts).
 */
import type { Lang } from '../../../i18n/lang.js';
import { messages, type Translation } from '../../../i18n/messages.js';
import { listSome } from '../../../i18n/punctuation.js';

export const importMessages = messages(
  {
    description: '把官方格式的 Excel 目录（.xlsx）导入为 YAML，每个领域一个文件',
    files: '.xlsx 文件',
    out: '写入 YAML 的文件夹',
    into: '与该区域继承的目录核对，改写区域的目录文件（只写改动）',
    dryRun: '只报告 --into 的改动，不写文件',
    domain: "指定领域（不按标题和工作表名判断）；可重复，'工作表名=领域' 只指定一个工作表",
    force: '覆盖已有的 YAML 文件',
    baseline: '写成国家基准目录（完整目录，供 gkml.yaml 的 national 使用）',
    source: '与 --baseline 一起用：目录所依据文件的标题和文号（默认：工作表标题）',
    documents: '工作簿是发文登记表：写入该文件夹的 documents.yaml',
    intoNotRegion: (path: string) =>
      `${path} 不是目录仓库中的区域文件夹（应含 region.yaml，且在 gkml.yaml 所在的仓库内）。`,
    intoRepositoryErrors: (count: number) =>
      `仓库有 ${count} 个错误（见上），未导入。请先用 gkml validate 找到并修正。`,
    intoNothingWritten: '有错误（见上），未写入任何文件。',
    intoWrote: (path: string) => `已写入 ${path}`,
    outOrInto:
      '请给出 --out <文件夹>（写成完整目录）或 --into <区域文件夹>（与区域的目录核对后写入），二者选一。',
    existingCatalogs: (folder: string, names: readonly string[]) =>
      `${folder} 中已有：${listSome('zh', names)}。未写入任何文件。加 --force 覆盖，或换一个 --out 文件夹。`,
    imported: (catalogs: number, folder: string) => `已导入 ${catalogs} 个目录，写入 ${folder}`,
    baselineNext: (folder: string) =>
      `这些是国家基准目录（完整）。在仓库的 gkml.yaml 中写 national: ${folder}（相对于 gkml.yaml 的路径），各命令即与它们比较。`,
    sourceWithoutBaseline: '--source 只能与 --baseline 一起使用（它写明基准目录所依据的文件）。',
    nothingImported: '没有可以导入的目录，未写入任何文件。',
    twoDomains: (names: readonly string[]) =>
      `--domain 只能指定一个通用领域（已写：${names.join('、')}）；为单个工作表指定领域请写 --domain '工作表名=领域'。`,
    unknownSheets: (names: readonly string[], sheets: readonly string[]) =>
      `--domain 指定的工作表不存在：${listSome('zh', names)}。工作簿中的工作表：${listSome('zh', sheets)}。`,
    unknownDomain: (name: string) =>
      `--domain 不是已知的领域：${name}。运行 gkml guidelines list 查看全部26个领域。`,
  },
  {
    description: 'import official-layout Excel catalogs (.xlsx) as YAML, one file per domain',
    files: '.xlsx files',
    out: 'folder to write the YAML to',
    into: "reconcile with what the region inherits and update the region's files (changes only)",
    dryRun: 'with --into: report the changes, write nothing',
    domain:
      "the domain, whatever titles and sheet names say; repeatable, 'sheet=domain' assigns one sheet",
    force: 'overwrite existing YAML files',
    baseline: 'write national baselines (complete tables, for gkml.yaml national)',
    source:
      'with --baseline: title and 文号 of the document the tables come from (default: the sheet title)',
    documents:
      'the workbook is a document register (发文登记表): write documents.yaml into the folder',
    intoNotRegion: (path) =>
      `${path} is not a region folder of a repository (a folder with region.yaml, inside the folder tree of a gkml.yaml).`,
    intoRepositoryErrors: (count) =>
      `The repository has ${count} error${count === 1 ? '' : 's'} (above); nothing was imported. Find and fix them with gkml validate first.`,
    intoNothingWritten: 'There are errors (above); no file was written.',
    intoWrote: (path) => `Wrote ${path}`,
    outOrInto:
      'Give either --out <folder> (complete catalogs) or --into <region folder> (reconciled with the region), not both.',
    existingCatalogs: (folder, names) =>
      `${folder} already holds ${listSome('en', names)}. Nothing was written. Add --force to overwrite, or choose another --out folder.`,
    imported: (catalogs, folder) =>
      `Imported ${catalogs} catalog${catalogs === 1 ? '' : 's'} into ${folder}`,
    baselineNext: (folder) =>
      `These are national baselines (complete). Set national: ${folder} in the repository's gkml.yaml (relative to it) and every command compares with them.`,
    sourceWithoutBaseline:
      '--source only goes with --baseline (it names the document the baselines come from).',
    nothingImported: 'Nothing could be imported; no file was written.',
    twoDomains: (names) =>
      `--domain takes one domain for every sheet (given: ${names.join(', ')}); assign a sheet with --domain 'sheet=domain'.`,
    unknownSheets: (names, sheets) =>
      `--domain names sheets that do not exist: ${listSome('en', names)}. The workbooks hold: ${listSome('en', sheets)}.`,
    unknownDomain: (name) =>
      `--domain names no known domain: ${name}. Run gkml guidelines list to see all 26.`,
  },
);

/** What an `--into` run changed, in numbers (into-report.ts). */
interface IntoTotals {
  files: number;
  added: number;
  removed: number;
  changed: number;
  moved: number;
  dryRun: boolean;
}

const intoWordsZh = {
  changed: '修改',
  title: '标题',
  added: '新增',
  restored: '恢复',
  removed: '删除',
  omitted: '已写为 omit，待确认',
  dropped: '本级新增事项，已删去',
  moved: '移动',
  empty: '（空）',
  arrow: '→',
  quietSheets: (count: number, shown: string) => `${count} 个工作表无改动（${shown}）`,
  inAll: (t: IntoTotals) =>
    `合计：${t.files} 个文件${t.dryRun ? '将' : ''}改动；新增 ${t.added} 行，删除 ${t.removed} 行，修改 ${t.changed} 处，移动 ${t.moved} 行。${t.dryRun ? '（--dry-run：未写入）' : ''}`,
};

/** The words of the `--into` report, by language: used while the report is put together. */
export const intoReportWords: Record<Lang, typeof intoWordsZh> = {
  zh: intoWordsZh,
  en: {
    changed: 'changed',
    title: 'title',
    added: 'added',
    restored: 'restored',
    removed: 'removed',
    omitted: 'written as omitted, to confirm',
    dropped: 'a local item, dropped',
    moved: 'moved',
    empty: '(blank)',
    arrow: '→',
    quietSheets: (count, shown) => `${count} sheet(s) with no changes (${shown})`,
    inAll: (t) =>
      `In all: ${t.files} file${t.files === 1 ? '' : 's'} ${t.dryRun ? 'would change' : 'changed'}; ${t.added} row(s) added, ${t.removed} removed, ${t.changed} cell(s) changed, ${t.moved} row(s) moved.${t.dryRun ? ' (--dry-run: nothing written)' : ''}`,
  } satisfies Translation<typeof intoWordsZh>,
};
