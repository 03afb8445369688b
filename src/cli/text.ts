/** Sentences of the CLI itself (usage problems, summaries), in both languages. */
import type { Text } from './errors.js';

export const cliText = {
  pathsMissing: (paths: readonly string[]): Text => ({
    zh: `找不到路径：${paths.join('、')}。请检查拼写，或先 cd 到目录仓库所在的文件夹。`,
    en: `No such path: ${paths.join(', ')}. Check the spelling, or cd to the repository first.`,
  }),
  noYamlFiles: (paths: readonly string[]): Text => ({
    zh: `在 ${paths.join('、')} 中没有找到 .yaml 文件。`,
    en: `No .yaml files found in ${paths.join(', ')}.`,
  }),
  folderUnreadable: (detail: string): Text => ({
    zh: `无法读取文件夹：${detail}`,
    en: `Cannot read a folder: ${detail}`,
  }),
  unknownSchema: (name: string, known: readonly string[]): Text => ({
    zh: `没有名为 ${name} 的模式。可用的模式：${known.join('、')}。`,
    en: `There is no schema named ${name}. Known schemas: ${known.join(', ')}.`,
  }),
  unknownDomain: (name: string, suggestions: readonly string[]): Text => ({
    zh: `没有名为「${name}」的领域。${suggestions.length > 0 ? `是否应为 ${suggestions.join('、')}？` : ''}运行 gkml guidelines list 查看全部26个领域。`,
    en: `There is no domain named "${name}". ${suggestions.length > 0 ? `Did you mean ${suggestions.join(', ')}? ` : ''}Run gkml guidelines list to see all 26.`,
  }),
  noBaselines: (folder: string): Text => ({
    zh: `在 ${folder} 中没有找到国家基准目录。`,
    en: `No national baselines found in ${folder}.`,
  }),
  siteOutIsInput: (out: string): Text => ({
    zh: `输出文件夹 ${out} 就是输入文件夹或其上级；请换一个文件夹，如 --out site。`,
    en: `The output folder ${out} is the input folder or holds it; choose another, e.g. --out site.`,
  }),
  siteOutMissing: {
    zh: '请用 --out 指定网站的输出文件夹，如 gkml site . --out public。',
    en: 'Name the output folder with --out, e.g. gkml site . --out public.',
  },
  siteBadDate: (date: string): Text => ({
    zh: `日期应写成 YYYY-MM-DD，如 2026-06-30：${date}`,
    en: `A date is written YYYY-MM-DD, e.g. 2026-06-30: ${date}`,
  }),
  siteOutNotFolder: (out: string): Text => ({
    zh: `输出路径 ${out} 是一个文件，不是文件夹。`,
    en: `The output path ${out} is a file, not a folder.`,
  }),
  siteOutForeign: (out: string): Text => ({
    zh: `文件夹 ${out} 不是空的，也不是 gkml 以前生成的网站（没有 .gkml-site.json）。为免覆盖其中的文件，gkml 不写入；确认要写入时加 --force。`,
    en: `The folder ${out} is neither empty nor a site gkml made before (no .gkml-site.json). To keep its files safe gkml writes nothing; add --force to write there anyway.`,
  }),
  siteErrors: (errors: number): Text => ({
    zh: `有 ${errors} 个错误，未生成网站。请先改正以上错误。`,
    en: `${errors} error(s): the site was not written. Fix the errors above first.`,
  }),
  siteWritten: (out: string, written: number, unchanged: number): Text => ({
    zh: `网站已生成：${out}（写入 ${written} 个文件，未变 ${unchanged} 个）。用浏览器打开 ${out}/index.html 即可浏览。`,
    en: `Site written to ${out} (${written} file(s) written, ${unchanged} unchanged). Open ${out}/index.html in a browser.`,
  }),
  notARepository: (folder: string): Text => ({
    zh: `${folder} 不是区域目录仓库：在它和它的上级文件夹中都没有找到 gkml.yaml。请指定仓库中的区域文件夹，或先运行 gkml init。`,
    en: `${folder} is not a region repository: there is no gkml.yaml in it or above it. Name a region folder of a repository, or run gkml init first.`,
  }),
  notAGitCheckout: (folder: string): Text => ({
    zh: `${folder} 不在 git 仓库中，无法使用 --base。请在 git 工作区中运行，或改用 gkml diff <旧文件夹> <新文件夹>。`,
    en: `${folder} is not inside a git checkout, so --base cannot be used. Run it in a git working tree, or use gkml diff <old-folder> <new-folder>.`,
  }),
  refNotFound: (ref: string): Text => ({
    zh: `git 中没有「${ref}」：这个分支、标签或提交不存在。请检查拼写；在 CI 中可能需要先 git fetch（例如 fetch-depth: 0）。`,
    en: `git has no "${ref}": no such branch, tag or commit. Check the spelling; in CI you may need to fetch it first (e.g. fetch-depth: 0).`,
  }),
  gitFailed: (detail: string): Text => ({
    zh: `读取 git 仓库失败：${detail}`,
    en: `Reading the git repository failed: ${detail}`,
  }),
  diffTooManyFolders: (count: number): Text => ({
    zh: `gkml diff 最多接受两个文件夹（旧、新），这里给了 ${count} 个。`,
    en: `gkml diff takes at most two folders (old and new); ${count} were given.`,
  }),
  diffBaseWithTwoFolders: {
    zh: '--base 与两个文件夹不能同时使用：要么比较 git 版本（--base <版本> [文件夹]），要么比较两个文件夹。',
    en: '--base cannot be combined with two folders: compare with a git ref (--base <ref> [folder]) or compare two folders.',
  },
  diffAgainstInVersionMode: {
    zh: '--against 只用于与标准比对（gkml diff <文件夹>），不能用于版本比较。',
    en: '--against applies to the coverage diff (gkml diff <folder>), not to a comparison of versions.',
  },
  diffNoOldRepository: (what: string): Text => ({
    zh: `提示：${what} 中没有这个区域目录仓库，全部区域都按新增处理。`,
    en: `Note: ${what} has no such region repository; every region counts as new.`,
  }),
  workingTree: (folder: string): Text => ({
    zh: `${folder}（工作区）`,
    en: `${folder} (working tree)`,
  }),
  diffOldHasErrors: (what: string): Text => ({
    zh: `提示：${what} 的目录有错误，比较结果可能不完整（用 gkml validate 查看）。`,
    en: `Note: the catalogs at ${what} have errors, so the comparison may be incomplete (see gkml validate).`,
  }),
  textNeedsExplain: {
    zh: '--format text 只用于 --explain；合并结果请用 yaml 或 json。',
    en: '--format text goes with --explain; the merged catalogs come as yaml or json.',
  },
  unknownLevel: (level: string): Text => ({
    zh: `不认识的层级：${level}。请写 市级、县级、乡级 或 村级（也可写 city、county、township、village）。`,
    en: `Unknown level: ${level}. Use 市级, 县级, 乡级 or 村级 (or city, county, township, village).`,
  }),
  emptyName: {
    zh: '区域名称不能为空（--name）。',
    en: 'The region needs a name (--name).',
  },
  badName: (name: string): Text => ({
    zh: `区域名称“${name}”不能用作文件夹名：不能是 . 或 ..，不能含有 / 或 \\ 或控制字符（--name）。`,
    en: `The region name "${name}" cannot name a folder: not . or .., and no /, \\ or control characters (--name).`,
  }),
  wouldOverwrite: (files: readonly string[]): Text => {
    const shown = files.slice(0, 3);
    const more = files.length - shown.length;
    return {
      zh: `${shown.join('、')}${more > 0 ? ` 等 ${files.length} 个文件` : ''}已经存在，未作任何修改。确需覆盖时加 --force。`,
      en: `${shown.join(', ')}${more > 0 ? ` and ${more} more files` : ''} exist; nothing was changed. Add --force to overwrite.`,
    };
  },
  cannotWrite: (file: string, detail: string): Text => ({
    zh: `无法写入 ${file}：${detail}`,
    en: `Cannot write ${file}: ${detail}`,
  }),
  initDone: (done: {
    folder: string;
    region: string;
    files: readonly string[];
    newRepository: boolean;
  }): Text => ({
    zh: [
      `已在 ${done.folder} ${done.newRepository ? '建立目录仓库和' : '建立'}区域 ${done.region}，写入 ${done.files.length} 个文件：`,
      ...done.files.map((file) => `  ${file}`),
      `下一步：填写 region.yaml 中的受理机构，在各领域文件中写明本级的公开主体，然后运行 gkml validate ${done.folder} 和 gkml merge ${done.folder}。`,
      '',
    ].join('\n'),
    en: [
      `Created ${done.newRepository ? 'a repository and ' : ''}the region ${done.region} in ${done.folder}, ${done.files.length} files:`,
      ...done.files.map((file) => `  ${file}`),
      `Next: fill in the office in region.yaml and each item's responsible body in the domain files, then run gkml validate ${done.folder} and gkml merge ${done.folder}.`,
      '',
    ].join('\n'),
  }),
  bug: {
    zh: 'gkml 内部错误。这是 gkml 的缺陷，不是您的数据问题；请把以上信息报告给维护者。',
    en: 'Internal error in gkml. This is a bug, not a problem with your data: please report the text above.',
  },
} as const;
