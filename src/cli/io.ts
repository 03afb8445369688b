/** The process as commands see it: injected, so that tests run commands without a process. */
import type { Lang } from '../i18n/lang.js';

export interface Writer {
  write(text: string): void;
}

export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: Writer & { isTTY?: boolean };
  stderr: Writer & { isTTY?: boolean };
  lang: Lang;
  /** Colour on stdout: a TTY and no NO_COLOR (or forced by FORCE_COLOR). */
  colour: boolean;
  /** Today's date, YYYY-MM-DD: GKML_TODAY when set, so that runs can be reproduced. */
  today: string;
}

/** Reads `--lang` from argv before commander runs, so help can be built in that language. */
export function langFrom(argv: readonly string[], env: CliIo['env']): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const flag = argv[index];
  const value =
    flag === undefined ? env.GKML_LANG : flag.includes('=') ? flag.split('=')[1] : argv[index + 1];
  return value?.toLowerCase().startsWith('en') === true ? 'en' : 'zh';
}

/** Today in China's time zone: the offices that use gkml keep Beijing time. */
export function todayIn(env: CliIo['env'], now: Date): string {
  const fixed = env.GKML_TODAY;
  if (fixed !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(fixed)) return fixed;
  const beijing = new Date(now.getTime() + 8 * 60 * 60 * 1000);
  return beijing.toISOString().slice(0, 10);
}

export function colourWanted(env: CliIo['env'], isTTY: boolean | undefined): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTTY === true;
}
