/** Sentences of `gkml export` and `gkml import`, in both languages. */
import type { Text } from './errors.js';
import type { Lang } from '../i18n/lang.js';
import { listOf } from '../i18n/punctuation.js';

const list = (names: readonly string[], lang: Lang): string =>
  listOf(lang, names.slice(0, 5)) + (names.length > 5 ? ' …' : '');

export const excelText = {
  intoNotRegion: (path: string): Text => ({
    zh: `${path} 不是目录仓库中的区域文件夹（应含 region.yaml，且在 gkml.yaml 所在的仓库内）。`,
    en: `${path} is not a region folder of a repository (a folder with region.yaml, inside the folder tree of a gkml.yaml).`,
  }),
  intoRepositoryErrors: (count: number): Text => ({
    zh: `仓库有 ${count} 个错误（见上），未导入。请先用 gkml validate 找到并修正。`,
    en: `The repository has ${count} error${count === 1 ? '' : 's'} (above); nothing was imported. Find and fix them with gkml validate first.`,
  }),
  intoNothingWritten: {
    zh: '有错误（见上），未写入任何文件。',
    en: 'There are errors (above); no file was written.',
  },
  intoWrote: (path: string): Text => ({ zh: `已写入 ${path}`, en: `Wrote ${path}` }),
  outOrInto: {
    zh: '请给出 --out <文件夹>（写成完整目录）或 --into <区域文件夹>（与区域的目录核对后写入），二者选一。',
    en: 'Give either --out <folder> (complete catalogs) or --into <region folder> (reconciled with the region), not both.',
  },
  outHoldsInput: (out: string): Text => ({
    zh: `输出文件夹 ${out} 包含了要导出的文件或其仓库；输出文件夹会被整体替换，那会删掉它们。请换一个文件夹，如 --out out。`,
    en: `The output folder ${out} holds what is exported or its repository; the output folder is replaced whole, which would delete them. Choose another folder, e.g. --out out.`,
  }),
  existingCatalogs: (folder: string, names: readonly string[]): Text => ({
    zh: `${folder} 中已有：${list(names, 'zh')}。未写入任何文件。加 --force 覆盖，或换一个 --out 文件夹。`,
    en: `${folder} already holds ${list(names, 'en')}. Nothing was written. Add --force to overwrite, or choose another --out folder.`,
  }),
  outIsFile: (path: string): Text => ({
    zh: `--out 应为文件夹，但 ${path} 是一个文件。`,
    en: `--out must be a folder, but ${path} is a file.`,
  }),
  cannotWrite: (detail: string): Text => ({
    zh: `无法写入输出文件：${detail}`,
    en: `Cannot write the output: ${detail}`,
  }),
  badDate: (value: string): Text => ({
    zh: `日期格式应为 YYYY-MM-DD：${value}`,
    en: `Dates are written YYYY-MM-DD: ${value}`,
  }),
  modelHasErrors: (count: number): Text => ({
    zh: `目录有 ${count} 个错误（见上），未导出。请先修正，再运行 gkml export。`,
    en: `The catalogs have ${count} error${count === 1 ? '' : 's'} (above); nothing was exported. Fix them and run gkml export again.`,
  }),
  notInRepository: (paths: readonly string[], root: string): Text => ({
    zh: `${list(paths, 'zh')} 不在目录仓库 ${root} 中；一次只能导出一个仓库。`,
    en: `${list(paths, 'en')} is not inside the repository ${root}; export one repository at a time.`,
  }),
  notACatalog: (path: string): Text => ({
    zh: `${path} 不是仓库中某个区域的目录文件或 region.yaml。`,
    en: `${path} is neither a catalog file of a region of the repository nor a region.yaml.`,
  }),
  nothingToExport: {
    zh: '所选区域没有任何目录，未写入文件。',
    en: 'The selected regions have no catalogs; nothing was written.',
  },
  written: (count: number, folder: string): Text => ({
    zh: `已写入 ${count} 个文件到 ${folder}`,
    en: `Wrote ${count} file${count === 1 ? '' : 's'} to ${folder}`,
  }),
  imported: (catalogs: number, folder: string): Text => ({
    zh: `已导入 ${catalogs} 个目录，写入 ${folder}`,
    en: `Imported ${catalogs} catalog${catalogs === 1 ? '' : 's'} into ${folder}`,
  }),
  baselineNext: (folder: string): Text => ({
    zh: `这些是国家基准目录（完整）。在仓库的 gkml.yaml 中写 national: ${folder}（相对于 gkml.yaml 的路径），各命令即与它们比较。`,
    en: `These are national baselines (complete). Set national: ${folder} in the repository's gkml.yaml (relative to it) and every command compares with them.`,
  }),
  sourceWithoutBaseline: {
    zh: '--source 只能与 --baseline 一起使用（它写明基准目录所依据的文件）。',
    en: '--source only goes with --baseline (it names the document the baselines come from).',
  },
  nothingImported: {
    zh: '没有可以导入的目录，未写入任何文件。',
    en: 'Nothing could be imported; no file was written.',
  },
  twoDomains: (names: readonly string[]): Text => ({
    zh: `--domain 只能指定一个通用领域（已写：${names.join('、')}）；为单个工作表指定领域请写 --domain '工作表名=领域'。`,
    en: `--domain takes one domain for every sheet (given: ${names.join(', ')}); assign a sheet with --domain 'sheet=domain'.`,
  }),
  unknownSheets: (names: readonly string[], sheets: readonly string[]): Text => ({
    zh: `--domain 指定的工作表不存在：${list(names, 'zh')}。工作簿中的工作表：${list(sheets, 'zh')}。`,
    en: `--domain names sheets that do not exist: ${list(names, 'en')}. The workbooks hold: ${list(sheets, 'en')}.`,
  }),
  unknownDomain: (name: string): Text => ({
    zh: `--domain 不是已知的领域：${name}。运行 gkml guidelines list 查看全部26个领域。`,
    en: `--domain names no known domain: ${name}. Run gkml guidelines list to see all 26.`,
  }),
} as const;
