/**
 * Where diagnostics link for an explanation of their code. The pages ship with gkml (docs/codes), so
 * the link works offline; an office that hosts them (an intranet, a git forge) sets GKML_DOCS_URL.
 */
import { pathToFileURL } from 'node:url';
import { packagePath } from '../io/package-files.js';
import type { CliIo } from './io.js';

export function docsBase(env: CliIo['env']): string {
  const hosted = env.GKML_DOCS_URL?.trim();
  if (hosted !== undefined && hosted !== '') return hosted.replace(/\/+$/u, '');
  return pathToFileURL(packagePath('docs', 'codes')).href;
}
