import { Argument, Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { helpWords } from '../../src/cli/help-words.js';

/** The help commander writes for a small command, with gkml's help words for `lang`. */
function helpOf(lang: 'zh' | 'en'): string {
  const program = new Command('x').configureHelp(helpWords(lang));
  program
    .command('check')
    .description('检查')
    .addArgument(new Argument('[kind]', '种类').choices(['a', 'b']).default('a'))
    .addOption(new Option('--format <format>', '格式').choices(['xlsx', 'csv']).default('xlsx'))
    .addOption(new Option('--level [level]', '级别').preset('县级'))
    .addOption(new Option('--token <t>', '口令').env('GKML_TOKEN'))
    .option('--plain', '没有附注');
  const check = program.commands[0];
  if (check === undefined) throw new Error('no command');
  return check.helpInformation();
}

describe("commander's words in --help", () => {
  it('are Chinese around Chinese descriptions', () => {
    const help = helpOf('zh');
    expect(help).toMatch(/^用法： x check \[options\] \[kind\]$/mu);
    expect(help).toContain('参数：');
    expect(help).toContain('选项：');
    expect(help).toContain('种类（可选："a"、"b"；默认："a"）');
    expect(help).toContain('格式（可选："xlsx"、"csv"；默认："xlsx"）');
    expect(help).toContain('级别（不带值时："县级"）');
    expect(help).toContain('口令（环境变量：GKML_TOKEN）');
    expect(help).toMatch(/--plain\s+没有附注$/mu);
    expect(help).not.toMatch(/Usage:|Options:|Arguments:|choices:|default:|preset:|env:/u);
  });

  it("are commander's own in English", () => {
    const help = helpOf('en');
    expect(help).toContain('Usage: x check');
    expect(help).toContain('格式 (choices: "xlsx", "csv", default: "xlsx")');
  });
});
