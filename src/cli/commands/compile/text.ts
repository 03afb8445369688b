/** Sentences of `gkml compile`, in both languages. */
import type { ShardProblem } from '../../../io/output/shards.js';
import type { Text } from '../../errors.js';

export const compileText = {
  outInsideInput: (out: string): Text => ({
    zh: `输出文件夹 ${out} 在目录仓库之内（或就是仓库本身）；请把输出放在仓库之外，如 --out ../gkml-site。`,
    en: `The output folder ${out} is inside the repository (or is the repository); put it outside, e.g. --out ../gkml-site.`,
  }),
  outHoldsInput: (out: string): Text => ({
    zh: `输出文件夹 ${out} 包含了目录仓库；替换它会删掉仓库。请换一个文件夹。`,
    en: `The output folder ${out} holds the repository; replacing it would delete the repository. Choose another folder.`,
  }),
  outNotFolder: (out: string): Text => ({
    zh: `输出路径 ${out} 是一个文件，不是文件夹。`,
    en: `The output path ${out} is a file, not a folder.`,
  }),
  outForeign: (out: string): Text => ({
    zh: `文件夹 ${out} 不是空的，也不是 gkml 以前的输出（没有 .gkml/manifest.json）。输出文件夹会被整体替换，为免删掉其中的文件，gkml 不写入；确认要替换时加 --replace。`,
    en: `The folder ${out} is neither empty nor an earlier gkml output (no .gkml/manifest.json). The output folder is replaced whole, so gkml writes nothing; add --replace to replace it anyway.`,
  }),
  outLocked: (out: string, pid: number, lockFile: string): Text => ({
    zh: `另一个 gkml（进程 ${pid}）正在写入 ${out}，本次不写入。等它结束后重试；若确认没有 gkml 在运行，删除 ${lockFile}。`,
    en: `Another gkml (process ${pid}) is writing to ${out}; nothing was written. Retry when it has finished; if no gkml is running, delete ${lockFile}.`,
  }),
  outDanglingLink: (out: string): Text => ({
    zh: `输出路径 ${out} 是一个指向不存在位置的链接。请改正或删除这个链接。`,
    en: `The output path ${out} is a link to nothing. Fix or remove the link.`,
  }),
  noRegions: (out: string): Text => ({
    zh: `没有可生成的区域；不会用空的输出替换 ${out}。`,
    en: `There is no region to build; ${out} is not replaced with an empty output.`,
  }),
  notARepository: (folder: string): Text => ({
    zh: `${folder} 不在目录仓库中（在它和它的上级文件夹中都没有找到 gkml.yaml）。可运行 gkml init 创建一个。`,
    en: `${folder} is not in a region repository (no gkml.yaml in it or above it). Run gkml init to create one.`,
  }),
  stopped: (errors: number): Text => ({
    zh: `有 ${errors} 个错误，没有生成输出（原有输出保持不变）。修正后重试；确需按现状发布时加 --force。`,
    en: `${errors} error${errors === 1 ? '' : 's'}: nothing was written (the previous output is untouched). Fix them and retry, or add --force to publish as it is.`,
  }),
  shardProblem: (problem: ShardProblem, show: (dir: string) => string): Text => {
    switch (problem.kind) {
      case 'not-a-shard':
        return {
          zh: `${show(problem.dir)} 不是 gkml compile --shard 的输出（没有带分片信息的 .gkml/manifest.json，或没有编译摘要）。`,
          en: `${show(problem.dir)} is not an output of gkml compile --shard (no .gkml/manifest.json with a shard, or no compile summary).`,
        };
      case 'count':
        return {
          zh: `${show(problem.dir)} 是 ${problem.count} 个分片之一，但给出了 ${problem.given} 个文件夹；请给出全部分片的输出。`,
          en: `${show(problem.dir)} is one of ${problem.count} shards, but ${problem.given} folders were given; give every shard's output.`,
        };
      case 'missing':
        return {
          zh: `缺少第 ${problem.index} 个分片的输出。`,
          en: `The output of shard ${problem.index} is missing.`,
        };
      case 'twice':
        return {
          zh: `第 ${problem.index} 个分片的输出给出了两次。`,
          en: `The output of shard ${problem.index} was given twice.`,
        };
      case 'inputs':
        return {
          zh: `${show(problem.dir)} 与其他分片不是由同一份输入（同一提交、同样的选项）编译的；请用同一次流水线的全部分片。`,
          en: `${show(problem.dir)} was not compiled from the same inputs (commit and options) as the other shards; use every shard of one pipeline run.`,
        };
      case 'differs':
        return {
          zh: `各分片的 ${problem.path} 不同（${show(problem.dir)}）：分片不是由同一份输入编译的。`,
          en: `The shards disagree on ${problem.path} (${show(problem.dir)}): they were not compiled from the same inputs.`,
        };
    }
  },
  bothShardOptions: {
    zh: '--shard 编译一个分片，--from-shards 合并各分片的输出；两者不能同时使用。',
    en: '--shard compiles one shard and --from-shards puts the shards together; use one of them.',
  },
  badShard: (text: string): Text => ({
    zh: `分片应写成 K/N（1 ≤ K ≤ N），如 --shard 2/4：${text}`,
    en: `write the shard as K/N (1 ≤ K ≤ N), e.g. --shard 2/4: ${text}`,
  }),
  unchanged: {
    zh: '输入没有变化，输出保持不变。',
    en: 'Nothing changed since the last compile; the output is as it was.',
  },
} as const;
