/** `gkml diff [folders...]`: its arguments and options; the work is in run.ts. */
import { Option, type Command } from 'commander';
import type { FailOn } from '../../../core/diagnostics/index.js';
import type { Against } from '../../../core/diff/coverage-types.js';
import { DIFF_FORMATS, type DiffFormat } from '../../../render/diff/formats.js';
import { say, type CommandContext } from '../../command.js';
import { failOnOption, maxSizeOption } from '../../options.js';

interface DiffFlags {
  against?: Against;
  base?: string;
  domain?: string[];
  format: DiffFormat;
  failOn: FailOn;
  maxSize?: number;
}

export function declareDiff(program: Command, { io, setExit }: CommandContext): void {
  const t = (zh: string, en: string): string => say(io, zh, en);
  program
    .command('diff')
    .description(
      t(
        '与国家标准指引（或上级区域）比对：缺失、不适用、本地新增、弱化和覆盖率；或比较两个版本（两个文件夹，或 --base git 版本）',
        'compare with the national guideline (or each parent region): missing, omitted, local, weakened, coverage; or compare two versions (two folders, or --base a git ref)',
      ),
    )
    .argument(
      '[folders...]',
      t(
        '区域文件夹（默认当前文件夹）；给两个时比较旧、新两个版本',
        'a region folder (default: the current folder); two folders: old and new',
      ),
    )
    .addOption(
      new Option(
        '--against <what>',
        t(
          '比对对象：national（国家标准指引，默认）或 parent（上级区域的目录）',
          'compare with: national (the national guideline, default) or parent (the parent region)',
        ),
      ).choices(['national', 'parent']),
    )
    .addOption(
      new Option(
        '--base <ref>',
        t(
          '与 git 中的版本（分支、标签或提交）比较；不需要检出',
          'compare with a git ref (branch, tag or commit), read without a checkout',
        ),
      ),
    )
    .addOption(
      new Option(
        '--domain <domain...>',
        t('只比较这些领域（编号、中文名或别名）', 'only these domains (id, Chinese name or alias)'),
      ),
    )
    .addOption(
      new Option('-f, --format <format>', t('输出格式', 'output format'))
        .choices(DIFF_FORMATS)
        .default('stylish'),
    )
    .addOption(failOnOption(io))
    .addOption(maxSizeOption(io))
    .action(async (folders: string[], flags: DiffFlags) => {
      const { run } = await import('./run.js');
      const { repositoryDeps } = await import('./deps.js');
      const options = {
        folders,
        format: flags.format,
        failOn: flags.failOn,
        ...(flags.against !== undefined ? { against: flags.against } : {}),
        ...(flags.base !== undefined ? { base: flags.base } : {}),
        ...(flags.domain !== undefined ? { domains: flags.domain } : {}),
        ...(flags.maxSize !== undefined ? { maxBytes: flags.maxSize } : {}),
      };
      setExit(await run(options, io, repositoryDeps));
    });
}
