/**
 * Wording of `gkml diff`: its help and what it tells the user.
 * A Chinese table and an English one with the same keys (src/i18n/messages.ts).
 */
import { messages } from '../../../i18n/messages.js';

export const diffMessages = messages(
  {
    description:
      '与国家标准指引（或上级区域）比对：缺失、不适用、本地新增、弱化和覆盖率；或比较两个版本（两个文件夹，或 --base git 版本）',
    folders: '区域文件夹（默认当前文件夹）；给两个时比较旧、新两个版本',
    against: '比对对象：national（国家标准指引，默认）或 parent（上级区域的目录）',
    base: '与 git 中的版本（分支、标签或提交）比较；不需要检出',
    domain: '只比较这些领域（编号、中文名或别名）',
    format: '输出格式',
    notARepository: (folder: string) =>
      `${folder} 不是区域目录仓库：在它和它的上级文件夹中都没有找到 gkml.yaml。请指定仓库中的区域文件夹，或先运行 gkml init。`,
    notAGitCheckout: (folder: string) =>
      `${folder} 不在 git 仓库中，无法使用 --base。请在 git 工作区中运行，或改用 gkml diff <旧文件夹> <新文件夹>。`,
    refNotFound: (ref: string) =>
      `git 中没有「${ref}」：这个分支、标签或提交不存在。请检查拼写；在 CI 中可能需要先 git fetch（例如 fetch-depth: 0）。`,
    gitFailed: (detail: string) => `读取 git 仓库失败：${detail}`,
    diffTooManyFolders: (count: number) =>
      `gkml diff 最多接受两个文件夹（旧、新），这里给了 ${count} 个。`,
    diffBaseWithTwoFolders:
      '--base 与两个文件夹不能同时使用：要么比较 git 版本（--base <版本> [文件夹]），要么比较两个文件夹。',
    diffAgainstInVersionMode:
      '--against 只用于与标准比对（gkml diff <文件夹>），不能用于版本比较。',
    diffNoOldRepository: (what: string) =>
      `提示：${what} 中没有这个区域目录仓库，全部区域都按新增处理。`,
    workingTree: (folder: string) => `${folder}（工作区）`,
    diffOldHasErrors: (what: string) =>
      `提示：${what} 的目录有错误，比较结果可能不完整（用 gkml validate 查看）。`,
  },
  {
    description:
      'compare with the national guideline (or each parent region): missing, omitted, local, weakened, coverage; or compare two versions (two folders, or --base a git ref)',
    folders: 'a region folder (default: the current folder); two folders: old and new',
    against:
      'compare with: national (the national guideline, default) or parent (the parent region)',
    base: 'compare with a git ref (branch, tag or commit), read without a checkout',
    domain: 'only these domains (id, Chinese name or alias)',
    format: 'output format',
    notARepository: (folder) =>
      `${folder} is not a region repository: there is no gkml.yaml in it or above it. Name a region folder of a repository, or run gkml init first.`,
    notAGitCheckout: (folder) =>
      `${folder} is not inside a git checkout, so --base cannot be used. Run it in a git working tree, or use gkml diff <old-folder> <new-folder>.`,
    refNotFound: (ref) =>
      `git has no "${ref}": no such branch, tag or commit. Check the spelling; in CI you may need to fetch it first (e.g. fetch-depth: 0).`,
    gitFailed: (detail) => `Reading the git repository failed: ${detail}`,
    diffTooManyFolders: (count) =>
      `gkml diff takes at most two folders (old and new); ${count} were given.`,
    diffBaseWithTwoFolders:
      '--base cannot be combined with two folders: compare with a git ref (--base <ref> [folder]) or compare two folders.',
    diffAgainstInVersionMode:
      '--against applies to the coverage diff (gkml diff <folder>), not to a comparison of versions.',
    diffNoOldRepository: (what) =>
      `Note: ${what} has no such region repository; every region counts as new.`,
    workingTree: (folder) => `${folder} (working tree)`,
    diffOldHasErrors: (what) =>
      `Note: the catalogs at ${what} have errors, so the comparison may be incomplete (see gkml validate).`,
  },
);
