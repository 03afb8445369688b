/**
 * Wording of `gkml compile`: its help and what it tells the user.
 * A Chinese table and an English one with the same keys (src/i18n/messages.ts).
 */
import type { CompileSummary } from '../../../core/output/summary.js';
import type { ShardProblem } from '../../../io/output/shards.js';
import type { Label } from '../../../i18n/lang.js';
import { messages } from '../../../i18n/messages.js';

export const compileMessages = messages(
  {
    description: '一步完成：校验、合并、比对、导出表格、生成网站和检查报告，输出到一个文件夹',
    folder: '目录仓库（或其中任一文件夹）',
    out: '输出文件夹（在仓库之外；整体替换）',
    force: '有错误也生成',
    date: '表格中的数据日期（默认今天）',
    channels: '表格中公开渠道的写法：■/□ 清单或列表',
    shard: '只编译 N 个分片中的第 K 个（整棵下级区域树，按文件数均分；用于 CI 矩阵）',
    fromShards: '不编译，把各分片的输出合并成完整输出（与单机编译逐字节相同）',
    outInsideInput: (out: string) =>
      `输出文件夹 ${out} 在目录仓库之内（或就是仓库本身）；请把输出放在仓库之外，如 --out ../gkml-site。`,
    outHoldsInput: (out: string) =>
      `输出文件夹 ${out} 包含了目录仓库；替换它会删掉仓库。请换一个文件夹。`,
    notARepository: (folder: string) =>
      `${folder} 不在目录仓库中（在它和它的上级文件夹中都没有找到 gkml.yaml）。可运行 gkml init 创建一个。`,
    stopped: (errors: number) =>
      `有 ${errors} 个错误，没有生成输出（原有输出保持不变）。修正后重试；确需按现状发布时加 --force。`,
    bothShardOptions: '--shard 编译一个分片，--from-shards 合并各分片的输出；两者不能同时使用。',
    badShard: (text: string) => `分片应写成 K/N（1 ≤ K ≤ N），如 --shard 2/4：${text}`,
    unchanged: '输入没有变化，输出保持不变。',
    cacheUnsaved: (folder: string, reason: string) =>
      `提示：缓存未能写入 ${folder}（${reason}）；输出不受影响，下次编译将重新读取全部文件。`,
    shardNotAShard: (dir: string) =>
      `${dir} 不是 gkml compile --shard 的输出（没有带分片信息的 .gkml/manifest.json，或没有编译摘要）。`,
    shardCount: (dir: string, count: number, given: number) =>
      `${dir} 是 ${count} 个分片之一，但给出了 ${given} 个文件夹；请给出全部分片的输出。`,
    shardMissing: (index: number) => `缺少第 ${index} 个分片的输出。`,
    shardTwice: (index: number) => `第 ${index} 个分片的输出给出了两次。`,
    shardInputs: (dir: string) =>
      `${dir} 与其他分片不是由同一份输入（同一提交、同样的选项）编译的；请用同一次流水线的全部分片。`,
    shardDiffers: (path: string, dir: string) =>
      `各分片的 ${path} 不同（${dir}）：分片不是由同一份输入编译的。`,
    badDate: (date: string) => `日期应写成 YYYY-MM-DD：${date}`,
    building: '生成',
    summaryCounts: (s: CompileSummary) =>
      `  区域 ${s.regions} 个 · 领域 ${s.domains} 个 · 公开事项 ${s.items} 个`,
    summaryFindings: (s: CompileSummary) =>
      `  错误 ${s.errors} · 警告 ${s.warnings} · 提示 ${s.infos}`,
    summaryCoverage: (coverage: string, accounted: string, expected: number) =>
      `  覆盖国家标准指引 ${coverage}（已说明 ${accounted}，应有 ${expected} 项）`,
    summaryWhere: (out: string, report: string) =>
      `  网站 ${out}/index.html · 检查报告 ${report}/report.html、${report}/report.json · 表格 ${out}/downloads/`,
    summaryBuilt: (rendered: number, reused: number) =>
      `  本次生成 ${rendered} 个文件，沿用 ${reused} 个`,
  },
  {
    description:
      'everything in one: validate, merge, diff, export, site and report, into one folder',
    folder: 'the region repository (or any folder in it)',
    out: 'output folder (outside the repository; replaced whole)',
    force: 'publish the outputs despite errors',
    date: 'date of the data in the workbooks (default: today)',
    channels: 'channels in the workbooks: the ■/□ checklist or a list',
    shard:
      'compile only the K-th of N shards (whole subtrees, balanced by file count; for CI matrices)',
    fromShards:
      "compile nothing: put the shards' outputs together (byte for byte a one-machine compile)",
    outInsideInput: (out) =>
      `The output folder ${out} is inside the repository (or is the repository); put it outside, e.g. --out ../gkml-site.`,
    outHoldsInput: (out) =>
      `The output folder ${out} holds the repository; replacing it would delete the repository. Choose another folder.`,
    notARepository: (folder) =>
      `${folder} is not in a region repository (no gkml.yaml in it or above it). Run gkml init to create one.`,
    stopped: (errors) =>
      `${errors} error${errors === 1 ? '' : 's'}: nothing was written (the previous output is untouched). Fix them and retry, or add --force to publish as it is.`,
    bothShardOptions:
      '--shard compiles one shard and --from-shards puts the shards together; use one of them.',
    badShard: (text) => `write the shard as K/N (1 ≤ K ≤ N), e.g. --shard 2/4: ${text}`,
    unchanged: 'Nothing changed since the last compile; the output is as it was.',
    cacheUnsaved: (folder, reason) =>
      `note: the caches could not be written to ${folder} (${reason}); the output is not affected, and the next compile reads every file again.`,
    shardNotAShard: (dir) =>
      `${dir} is not an output of gkml compile --shard (no .gkml/manifest.json with a shard, or no compile summary).`,
    shardCount: (dir, count, given) =>
      `${dir} is one of ${count} shards, but ${given} folders were given; give every shard's output.`,
    shardMissing: (index) => `The output of shard ${index} is missing.`,
    shardTwice: (index) => `The output of shard ${index} was given twice.`,
    shardInputs: (dir) =>
      `${dir} was not compiled from the same inputs (commit and options) as the other shards; use every shard of one pipeline run.`,
    shardDiffers: (path, dir) =>
      `The shards disagree on ${path} (${dir}): they were not compiled from the same inputs.`,
    badDate: (date) => `write the date as YYYY-MM-DD: ${date}`,
    building: 'building',
    summaryCounts: (s) => `  ${s.regions} regions · ${s.domains} domains · ${s.items} items`,
    summaryFindings: (s) => `  ${s.errors} errors · ${s.warnings} warnings · ${s.infos} info`,
    summaryCoverage: (coverage, accounted, expected) =>
      `  national guideline coverage ${coverage} (accounted for ${accounted}, ${expected} expected)`,
    summaryWhere: (out, report) =>
      `  site ${out}/index.html · report ${report}/report.html, ${report}/report.json · sheets ${out}/downloads/`,
    summaryBuilt: (rendered, reused) => `  ${rendered} files rendered, ${reused} carried over`,
  },
);

/** Why `--from-shards` refuses its folders, each folder shown as the user wrote it. */
export function shardProblemText(problem: ShardProblem, show: (dir: string) => string): Label {
  switch (problem.kind) {
    case 'not-a-shard':
      return compileMessages.shardNotAShard(show(problem.dir));
    case 'count':
      return compileMessages.shardCount(show(problem.dir), problem.count, problem.given);
    case 'missing':
      return compileMessages.shardMissing(problem.index);
    case 'twice':
      return compileMessages.shardTwice(problem.index);
    case 'inputs':
      return compileMessages.shardInputs(show(problem.dir));
    case 'differs':
      return compileMessages.shardDiffers(problem.path, show(problem.dir));
  }
}
