/** `gkml schema [name]`: its argument; the work is in run.ts. */
import type { Command } from 'commander';
import { say, type CommandContext } from '../../command.js';

export function declareSchema(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('schema')
    .description(
      say(
        io,
        '输出 JSON Schema（供编辑器补全和提示）；不带参数时列出所有模式',
        'print a JSON Schema for editors; without a name, list them',
      ),
    )
    .argument('[name]', 'catalog | region | project')
    .action(async (name: string | undefined) => {
      const { run } = await import('./run.js');
      setExit(await run(name === undefined ? {} : { name }, io));
    });
}
