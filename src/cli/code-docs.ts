/**
 * The pages of docs/codes, made from the registry; where test/fixtures/codes/<code>/ holds an input
 * that triggers the code, its page shows that input and what `gkml validate` really printed for it.
 * Used by `npm run docs` (scripts/docs-codes.js) and by the test that keeps the pages current.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CODES, type CodeSpec } from '../core/diagnostics/index.js';
import { codeIndex, codePage, type CodeExample } from '../render/docs/code-page.js';
import type { CliIo } from './io.js';
import { runProgram } from './main.js';

/** Shown in the examples instead of the address of the machine that made the pages. */
const EXAMPLE_DOCS_URL = 'docs/codes';
const EXAMPLE_TODAY = '2026-06-30';

async function validateOutput(fixtures: string, folder: string): Promise<string> {
  let output = '';
  const capture = { write: (text: string) => void (output += text) };
  const io: CliIo = {
    cwd: fixtures,
    env: { GKML_TODAY: EXAMPLE_TODAY, GKML_DOCS_URL: EXAMPLE_DOCS_URL },
    stdout: capture,
    stderr: capture,
    lang: 'zh',
    colour: false,
    today: EXAMPLE_TODAY,
  };
  await runProgram(['node', 'gkml', 'validate', folder], io);
  return output;
}

/**
 * What to validate for a code's example: its fixture folder, or, for a fixture that is a small and
 * incomplete region repository, its register (validate would also report the repository's missing
 * domains, as compile does; the register is what the code is about).
 */
export function exampleTarget(fixtures: string, code: string): string {
  const repository = existsSync(join(fixtures, 'codes', code, 'gkml.yaml'));
  return repository ? `codes/${code}/county/documents.yaml` : `codes/${code}`;
}

async function example(fixtures: string, code: string): Promise<CodeExample | undefined> {
  const folder = join(fixtures, 'codes', code);
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return undefined;
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(folder, name)).isFile())
    .map((name) => name.replaceAll('\\', '/'))
    .sort()
    .map((name) => ({
      path: `codes/${code}/${name}`,
      text: readFileSync(join(folder, name), 'utf8'),
    }));
  const target = exampleTarget(fixtures, code);
  return {
    files,
    command: `gkml validate ${target}`,
    output: await validateOutput(fixtures, target),
  };
}

/** Every page (file name under docs/codes → text), the index README.md included. */
export async function codeDocs(fixtures: string): Promise<Map<string, string>> {
  const table: Readonly<Record<string, CodeSpec<never>>> = CODES;
  const pages = new Map<string, string>([['README.md', codeIndex(table)]]);
  for (const [code, spec] of Object.entries(table)) {
    pages.set(`${code}.md`, codePage(code, spec, await example(fixtures, code)));
  }
  return pages;
}
