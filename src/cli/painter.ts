/** Terminal colours through chalk, only in the CLI layer. */
import { Chalk } from 'chalk';
import type { Painter } from '../render/diagnostics/index.js';
import { plainPainter } from '../render/diagnostics/index.js';

export function painterFor(colour: boolean): Painter {
  if (!colour) return plainPainter;
  const chalk = new Chalk({ level: 1 });
  return {
    error: (text) => chalk.red(text),
    warning: (text) => chalk.yellow(text),
    info: (text) => chalk.cyan(text),
    dim: (text) => chalk.dim(text),
    bold: (text) => chalk.bold(text),
    underline: (text) => chalk.underline(text),
  };
}
