/** `gkml guidelines list|show <domain>`: its sub-commands and options; the work is in run.ts. */
import { Option, type Command } from 'commander';
import type { GuidelinesFormat } from './run.js';
import { say, type CommandContext } from '../../command.js';

export function declareGuidelines(program: Command, { io, setExit }: CommandContext): void {
  const guidelines = program
    .command('guidelines')
    .description(
      say(
        io,
        '查看自带的26个领域国家基准目录',
        'show the bundled national baselines of the 26 domains',
      ),
    );
  const guidelineFormat = () =>
    new Option('-f, --format <format>', say(io, '输出格式', 'output format'))
      .choices(['table', 'json', 'yaml'])
      .default('table');
  guidelines
    .command('list')
    .description(
      say(
        io,
        '列出各领域：编号、名称、部委、文号、事项数、完整性',
        'list the domains: id, name, ministry, number, items, completeness',
      ),
    )
    .addOption(guidelineFormat())
    .action(async (options: { format: GuidelinesFormat }) => {
      const { run } = await import('./run.js');
      setExit(await run({ action: 'list', format: options.format }, io));
    });
  guidelines
    .command('show')
    .description(
      say(
        io,
        '显示一个领域的基准目录（可写编号、中文名或别名）',
        'show one domain (id, Chinese name or alias)',
      ),
    )
    .argument('<domain>', say(io, '领域', 'domain'))
    .addOption(guidelineFormat())
    .action(async (domain: string, options: { format: GuidelinesFormat }) => {
      const { run } = await import('./run.js');
      setExit(await run({ action: 'show', domain, format: options.format }, io));
    });
}
