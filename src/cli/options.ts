/** Options several commands share, declared once so that they read and behave alike. */
import { Option } from 'commander';
import { DIAGNOSTIC_FORMATS } from '../render/diagnostics/index.js';
import { say } from './command.js';
import { UsageError } from './errors.js';
import type { CliIo } from './io.js';

export function maxSizeOption(io: CliIo): Option {
  return new Option(
    '--max-size <bytes>',
    say(io, '单个文件的大小上限（字节，默认 5 MB）', 'size limit per file in bytes (default 5 MB)'),
  ).argParser(positiveInteger);
}

export function formatOption(io: CliIo): Option {
  return new Option('-f, --format <format>', say(io, '输出格式', 'output format'))
    .choices(DIAGNOSTIC_FORMATS)
    .default('stylish');
}

export function failOnOption(io: CliIo): Option {
  return new Option(
    '--fail-on <severity>',
    say(io, '达到该级别即以 1 退出', 'exit with 1 at or above this severity'),
  )
    .choices(['error', 'warning'])
    .default('error');
}

/** --replace of the commands that own their output folder (compile, site, export). */
export function replaceOption(io: CliIo): Option {
  return new Option(
    '--replace',
    say(
      io,
      '替换不是 gkml 输出的非空文件夹',
      'replace a non-empty folder that is not an earlier gkml output',
    ),
  ).default(false);
}

/** The --date of the workbooks, checked where it is parsed. */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/u.test(value);
}

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) {
    throw new UsageError({ zh: `不是正整数：${value}`, en: `not a positive integer: ${value}` });
  }
  return parsed;
}
