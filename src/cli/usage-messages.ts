/**
 * Commander's usage errors (an unknown option, a missing --out, a value outside the choices) in the
 * user's language. Commander words them in English only, `error: unknown option '--x'`, while
 * gkml's other messages are Chinese by default. Which error it is comes from the error's code; the
 * names and values in it from its message, in commander 14's wording (test/cli/usage-errors.test.ts
 * makes each error with commander itself, so an upgrade that rewords one fails there). A message of
 * a form not known here is shown as commander wrote it.
 */
import { didYouMean, quote, quoteList } from '../core/diagnostics/spec.js';
import type { Label, Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';

/** What the messages need of commander's error. */
export interface CommanderFailure {
  code: string;
  message: string;
}

/** English sentences joined by a space, those left empty (no suggestion) left out. */
const sentences = (...parts: string[]): string => parts.filter((part) => part !== '').join(' ');

const usageMessages = messages(
  {
    unknownOption: (flag: string, suggestions: readonly string[], command: string) =>
      `没有选项 ${flag}。${didYouMean('zh', suggestions)}运行 gkml${command} --help 查看可用的选项。`,
    unknownCommand: (name: string, suggestions: readonly string[], command: string) =>
      `没有命令 ${name}。${didYouMean('zh', suggestions)}运行 gkml${command} --help 查看全部命令。`,
    missingArgument: (name: string, command: string) =>
      `缺少参数 <${name}>。运行 gkml${command} --help 查看用法。`,
    optionValueMissing: (flag: string) => `选项 ${flag} 后面缺少值。`,
    requiredOption: (flag: string, command: string) =>
      `缺少必需的选项 ${flag}。运行 gkml${command} --help 查看用法。`,
    conflict: (flag: string, other: string) => `选项 ${flag} 和 ${other} 不能同时使用。`,
    tooManyArguments: (expected: number, got: number, command: string) =>
      `参数太多：应为 ${expected} 个，这里有 ${got} 个。含空格的路径请加引号；运行 gkml${command} --help 查看用法。`,
    invalidOptionValue: (flag: string, value: string, allowed: readonly string[]) =>
      `选项 ${flag} 不能取值${quote.zh(value)}。可用的值：${quoteList('zh', allowed)}。`,
    invalidArgumentValue: (name: string, value: string, allowed: readonly string[]) =>
      `参数 <${name}> 不能取值${quote.zh(value)}。可用的值：${quoteList('zh', allowed)}。`,
  },
  {
    unknownOption: (flag, suggestions, command) =>
      sentences(
        `There is no option ${flag}.`,
        didYouMean('en', suggestions),
        `Run gkml${command} --help for the options.`,
      ),
    unknownCommand: (name, suggestions, command) =>
      sentences(
        `There is no command ${name}.`,
        didYouMean('en', suggestions),
        `Run gkml${command} --help for all commands.`,
      ),
    missingArgument: (name, command) =>
      `The argument <${name}> is missing. Run gkml${command} --help for the usage.`,
    optionValueMissing: (flag) => `The option ${flag} needs a value.`,
    requiredOption: (flag, command) =>
      `The option ${flag} is required. Run gkml${command} --help for the usage.`,
    conflict: (flag, other) => `The options ${flag} and ${other} cannot be used together.`,
    tooManyArguments: (expected, got, command) =>
      `Too many arguments: ${expected} expected, ${got} given. Quote paths with spaces; run gkml${command} --help for the usage.`,
    invalidOptionValue: (flag, value, allowed) =>
      `The option ${flag} cannot be ${quote.en(value)}. Allowed: ${quoteList('en', allowed)}.`,
    invalidArgumentValue: (name, value, allowed) =>
      `The argument <${name}> cannot be ${quote.en(value)}. Allowed: ${quoteList('en', allowed)}.`,
  },
);

/**
 * The error in `lang`; `command` is the command it was raised in, when one was named (`guidelines`
 * for an unknown subcommand of it).
 */
export function usageText(failure: CommanderFailure, lang: Lang, command?: string): string {
  return usageLabel(failure, command)?.[lang] ?? failure.message.replace(/^error: /u, '');
}

function usageLabel(failure: CommanderFailure, command = ''): Label | undefined {
  const { text, suggestions } = withoutSuggestion(failure.message.replace(/^error: /u, ''));
  const inCommand = command === '' ? '' : ` ${command}`;
  /** The message made of the groups of `pattern`, when the text has that form. */
  const on = (pattern: RegExp, make: (groups: string[]) => Label): Label | undefined => {
    const found = pattern.exec(text);
    return found ? make(found.slice(1)) : undefined;
  };
  switch (failure.code) {
    case 'commander.unknownOption':
      return on(/^unknown option '(.+)'$/u, ([flag = '']) =>
        usageMessages.unknownOption(flag, suggestions, inCommand),
      );
    case 'commander.unknownCommand':
      return on(/^unknown command '(.+)'$/u, ([name = '']) =>
        usageMessages.unknownCommand(name, suggestions, inCommand),
      );
    case 'commander.missingArgument':
      return on(/^missing required argument '(.+)'$/u, ([name = '']) =>
        usageMessages.missingArgument(name, inCommand),
      );
    case 'commander.optionMissingArgument':
      return on(/^option '(.+)' argument missing$/u, ([flags = '']) =>
        usageMessages.optionValueMissing(longFlag(flags)),
      );
    case 'commander.missingMandatoryOptionValue':
      return on(/^required option '(.+)' not specified$/u, ([flags = '']) =>
        usageMessages.requiredOption(longFlag(flags), inCommand),
      );
    case 'commander.conflictingOption':
      return on(/^option '(.+)' cannot be used with option '(.+)'$/u, ([one = '', other = '']) =>
        usageMessages.conflict(longFlag(one), longFlag(other)),
      );
    case 'commander.excessArguments':
      return on(/Expected (\d+) arguments? but got (\d+)\.$/u, ([expected, got]) =>
        usageMessages.tooManyArguments(Number(expected), Number(got), inCommand),
      );
    case 'commander.invalidArgument':
      return invalidValue(text);
    default:
      return undefined;
  }
}

/** A value outside an option's or an argument's choices; other invalid values are not commander's. */
function invalidValue(text: string): Label | undefined {
  const allowed = /Allowed choices are (.+)\.$/u.exec(text)?.[1]?.split(', ');
  if (allowed === undefined) return undefined;
  const option = /^option '(.+)' argument '(.*)' is invalid\./u.exec(text);
  if (option)
    return usageMessages.invalidOptionValue(longFlag(option[1] ?? ''), option[2] ?? '', allowed);
  const argument = /^command-argument value '(.*)' is invalid for argument '(.+)'\./u.exec(text);
  if (argument)
    return usageMessages.invalidArgumentValue(argument[2] ?? '', argument[1] ?? '', allowed);
  return undefined;
}

/** Commander appends "(Did you mean --out?)" on a line of its own. */
function withoutSuggestion(message: string): { text: string; suggestions: string[] } {
  const found = /\n\(Did you mean (?:one of )?(.+)\?\)$/u.exec(message.trimEnd());
  if (!found) return { text: message.trimEnd(), suggestions: [] };
  return {
    text: message.slice(0, found.index).trimEnd(),
    suggestions: (found[1] ?? '').split(', '),
  };
}

/** "-o, --out <dir>" → "--out": the name a user types and finds in --help. */
function longFlag(flags: string): string {
  return flags.match(/--?[\w-]+/gu)?.at(-1) ?? flags;
}
