/**
 * Diagnostics printed beside a command's data: the stylish report on stderr (stdout holds the
 * data), with code frames read from the files, bundled baselines included.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics/index.js';
import { decodeBytes } from '../io/decode.js';
import { BUNDLED_PREFIX, packagePath } from '../io/package-files.js';
import { stylish } from '../render/diagnostics/index.js';
import type { CliIo } from './io.js';
import { painterFor } from './painter.js';
import { toolInfo } from './tool.js';
import { docsBase } from './docs-base.js';

/** Writes the diagnostics (if any) to stderr in the stylish format. */
export function reportToStderr(
  io: CliIo,
  diagnostics: readonly Diagnostic[],
  files: string[],
): void {
  if (diagnostics.length === 0) return;
  const report = { diagnostics: [...diagnostics], files, lang: io.lang, tool: toolInfo() };
  io.stderr.write(
    stylish(report, {
      painter: painterFor(io.colour && io.stderr.isTTY === true),
      sourceText: (file) => readSourceText(sourcePath(file, io.cwd)),
      docs: docsBase(io.env),
    }),
  );
}

/** Where a displayed file is on disk: relative to the working folder, or inside gkml. */
export function sourcePath(file: string, cwd: string): string {
  return file.startsWith(BUNDLED_PREFIX)
    ? packagePath(file.slice(BUNDLED_PREFIX.length))
    : resolve(cwd, file);
}

export function readSourceText(path: string): string | undefined {
  try {
    const decoded = decodeBytes(readFileSync(path));
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}
