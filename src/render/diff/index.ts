/** The `gkml diff` renderers, by the name `--format` takes. */
import { github } from '../diagnostics/github.js';
import { coverageMarkdown } from './coverage-markdown.js';
import { coverageStylish } from './coverage-stylish.js';
import { diffJson } from './json.js';
import type { Formatter } from '../diagnostics/report.js';
import type { DiffRenderer, DiffRenderInput } from './report.js';
import { versionMarkdown } from './version-markdown.js';
import { versionStylish } from './version-stylish.js';

import { type DiffFormat } from './formats.js';

export { DIFF_FORMATS, type DiffFormat } from './formats.js';

/** SARIF and GitHub annotations are the diagnostics formats: findings at their overlay lines. */
const asDiagnostics =
  (formatter: Formatter): DiffRenderer =>
  (input, options) =>
    formatter(
      { diagnostics: input.diagnostics, files: [], lang: input.lang, tool: input.tool },
      options,
    );

/** The renderers that load nothing heavy; SARIF is loaded by diffRendererFor when asked for. */
export const DIFF_RENDERERS: Record<Exclude<DiffFormat, 'sarif'>, DiffRenderer> = {
  stylish: (input, options) =>
    input.result.mode === 'coverage'
      ? coverageStylish(input, input.result.report, options)
      : versionStylish(input, input.result, options),
  json: diffJson,
  markdown: (input: DiffRenderInput) =>
    input.result.mode === 'coverage'
      ? coverageMarkdown(input, input.result.report)
      : versionMarkdown(input, input.result),
  github: asDiagnostics(github),
};

/**
 * The renderer of a format. The SARIF library costs about a quarter of a second to load, so it is
 * imported only for --format sarif, as validate does (render/diagnostics/index.ts).
 */
export async function diffRendererFor(format: DiffFormat): Promise<DiffRenderer> {
  if (format === 'sarif') return asDiagnostics((await import('../diagnostics/sarif.js')).sarif);
  return DIFF_RENDERERS[format];
}

export type { DiffRenderer, DiffRenderInput, DiffResult } from './report.js';
