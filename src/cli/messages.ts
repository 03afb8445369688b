/**
 * Wording several commands share: the root help and shared options, the output folder
 * (opened, refused, written), bugs.
 * A Chinese table and an English one with the same keys (src/i18n/messages.ts).
 */
import { messages } from '../i18n/messages.js';
import type { Text } from './errors.js';

export const sharedMessages = messages(
  {
    maxSize: '单个文件的大小上限（字节，默认 5 MB）',
    format: '输出格式',
    failOn: '达到该级别即以 1 退出',
    replace: '替换不是 gkml 输出的非空文件夹',
    description:
      'gkml（公开目录）：把基层政务公开标准目录作为 YAML 数据来校验、合并、比对、导出和发布。',
    version: '显示版本号',
    help: '显示帮助',
    helpCommand: '显示某个子命令的帮助',
    lang: '输出语言：zh（默认）或 en；也可设置 GKML_LANG',
    pathsMissing: (paths: readonly string[]) =>
      `找不到路径：${paths.join('、')}。请检查拼写，或先 cd 到目录仓库所在的文件夹。`,
    unknownDomain: (name: string, suggestions: readonly string[]) =>
      `没有名为「${name}」的领域。${suggestions.length > 0 ? `是否应为 ${suggestions.join('、')}？` : ''}运行 gkml guidelines list 查看全部26个领域。`,
    bug: 'gkml 内部错误。这是 gkml 的缺陷，不是您的数据问题；请把以上信息报告给维护者。',
    outIsFile: (path: string) => `--out 应为文件夹，但 ${path} 是一个文件。`,
    cannotWrite: (detail: Text) => `无法写入输出文件：${detail.zh}`,
    outNotFolder: (out: string) => `输出路径 ${out} 是一个文件，不是文件夹。`,
    outForeign: (out: string) =>
      `文件夹 ${out} 不是空的，也不是 gkml 以前的输出（没有 .gkml/manifest.json）。输出文件夹会被整体替换，为免删掉其中的文件，gkml 不写入；确认要替换时加 --replace。`,
    outOtherCommand: (out: string, owner: string, command: string) =>
      `文件夹 ${out} 是 gkml ${owner} 的输出；gkml ${command} 会把它整体替换，其中 ${owner} 写的文件都会删掉，所以本次不写入。请换一个 --out；确认要替换时加 --replace。`,
    outLocked: (out: string, pid: number, lockFile: string) =>
      `另一个 gkml（进程 ${pid}）正在写入 ${out}，本次不写入。等它结束后重试；若确认没有 gkml 在运行，删除 ${lockFile}。`,
    outDanglingLink: (out: string) =>
      `输出路径 ${out} 是一个指向不存在位置的链接。请改正或删除这个链接。`,
    noRegions: (out: string) => `没有可生成的区域；不会用空的输出替换 ${out}。`,
    notPositiveInteger: (flag: string, value: string) => `${flag} 应为正整数，这里是「${value}」。`,
  },
  {
    maxSize: 'size limit per file in bytes (default 5 MB)',
    format: 'output format',
    failOn: 'exit with 1 at or above this severity',
    replace: 'replace a non-empty folder that is not an earlier gkml output',
    description:
      'gkml: validate, merge, diff, export and publish 基层政务公开标准目录 kept as YAML.',
    version: 'print the version',
    help: 'show help',
    helpCommand: 'display help for command',
    lang: 'language of output: zh (default) or en; or set GKML_LANG',
    pathsMissing: (paths) =>
      `No such path: ${paths.join(', ')}. Check the spelling, or cd to the repository first.`,
    unknownDomain: (name, suggestions) =>
      `There is no domain named "${name}". ${suggestions.length > 0 ? `Did you mean ${suggestions.join(', ')}? ` : ''}Run gkml guidelines list to see all 26.`,
    bug: 'Internal error in gkml. This is a bug, not a problem with your data: please report the text above.',
    outIsFile: (path) => `--out must be a folder, but ${path} is a file.`,
    cannotWrite: (detail) => `Cannot write the output: ${detail.en}`,
    outNotFolder: (out) => `The output path ${out} is a file, not a folder.`,
    outForeign: (out) =>
      `The folder ${out} is neither empty nor an earlier gkml output (no .gkml/manifest.json). The output folder is replaced whole, so gkml writes nothing; add --replace to replace it anyway.`,
    outOtherCommand: (out, owner, command) =>
      `The folder ${out} is the output of gkml ${owner}; gkml ${command} replaces it whole, deleting what ${owner} wrote, so nothing was written. Choose another --out, or add --replace to replace it anyway.`,
    outLocked: (out, pid, lockFile) =>
      `Another gkml (process ${pid}) is writing to ${out}; nothing was written. Retry when it has finished; if no gkml is running, delete ${lockFile}.`,
    outDanglingLink: (out) =>
      `The output path ${out} is a link to nothing. Fix or remove the link.`,
    noRegions: (out) => `There is no region to build; ${out} is not replaced with an empty output.`,
    notPositiveInteger: (flag, value) => `${flag} must be a positive integer, not "${value}".`,
  },
);
