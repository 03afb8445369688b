/** Options several commands share, declared once so that they read and behave alike. */
import { Option } from 'commander';
import { DIAGNOSTIC_FORMATS } from '../render/diagnostics/index.js';
import { UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { speaker } from '../i18n/messages.js';
import { sharedMessages } from './messages.js';

export function maxSizeOption(io: CliIo): Option {
  const say = speaker(io.lang, sharedMessages);
  return new Option('--max-size <bytes>', say('maxSize')).argParser(positiveInteger('--max-size'));
}

/** --jobs: threads, a positive whole number (its help is the command's own). */
export function jobsOption(help: string): Option {
  return new Option('--jobs <n>', help).argParser(positiveInteger('--jobs'));
}

export function formatOption(io: CliIo): Option {
  const say = speaker(io.lang, sharedMessages);
  return new Option('-f, --format <format>', say('format'))
    .choices(DIAGNOSTIC_FORMATS)
    .default('stylish');
}

export function failOnOption(io: CliIo): Option {
  const say = speaker(io.lang, sharedMessages);
  return new Option('--fail-on <severity>', say('failOn'))
    .choices(['error', 'warning'])
    .default('error');
}

/** --replace of the commands that own their output folder (compile, site, export). */
export function replaceOption(io: CliIo): Option {
  const say = speaker(io.lang, sharedMessages);
  return new Option('--replace', say('replace')).default(false);
}

/** The --date of the workbooks, checked where it is parsed. */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/u.test(value);
}

/** The parser of an option whose value is a count or a size. */
function positiveInteger(flag: string): (value: string) => number {
  return (value) => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed <= 0) {
      throw new UsageError(sharedMessages.notPositiveInteger(flag, value));
    }
    return parsed;
  };
}
