/** `gkml init [folder] --code --name --level`: its arguments and options; the work is in run.ts. */
import type { Command } from 'commander';
import { say, type CommandContext } from '../../command.js';

export function declareInit(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('init')
    .description(
      say(
        io,
        '建立区域目录仓库或其中的下级区域，26个领域的目录文件列出从上级继承的事项',
        'scaffold a region repository, or a sub-region inside one, with all 26 domains pre-filled',
      ),
    )
    .argument(
      '[folder]',
      say(
        io,
        '区域文件夹（默认：当前文件夹；当前文件夹已是区域或仓库根目录时，为以区域名称命名的子文件夹）',
        'the region folder (default: the current folder, or a sub-folder named after the region when the current folder is a region or a repository root)',
      ),
    )
    .requiredOption(
      '--code <code>',
      say(io, '统计用区划代码，如 410102', 'administrative code, e.g. 410102'),
    )
    .requiredOption(
      '--name <name>',
      say(io, '区域名称，如 中原区', 'name of the region, e.g. 中原区'),
    )
    .requiredOption(
      '--level <level>',
      say(
        io,
        '层级：市级、县级、乡级或村级',
        'level: 市级, 县级, 乡级 or 村级 (city, county, township, village)',
      ),
    )
    .option('--force', say(io, '覆盖已存在的文件', 'overwrite files that exist'))
    .action(
      async (
        folder: string | undefined,
        options: { code: string; name: string; level: string; force?: boolean },
      ) => {
        const { run } = await import('./run.js');
        setExit(
          await run(
            {
              ...(folder !== undefined ? { folder } : {}),
              code: options.code,
              name: options.name,
              level: options.level,
              force: options.force === true,
            },
            io,
          ),
        );
      },
    );
}
