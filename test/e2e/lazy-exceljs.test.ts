/**
 * exceljs is heavy (about a third of a second to load): the CLI loads it only for the commands that
 * read or write workbooks, never at start-up. Checked on the built program in a fresh process.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';

const MAIN = pathToFileURL(join(REPO_ROOT, 'dist/cli/main.js')).href;

/** Runs gkml in-process in a child node and says whether a package was loaded. */
function loadsPackage(name: string, args: string[]): boolean {
  const script = `
    import { createRequire } from 'node:module';
    const { runProgram } = await import(${JSON.stringify(MAIN)});
    const sink = { write() {} };
    await runProgram(['node', 'gkml', ...${JSON.stringify(args)}], {
      cwd: ${JSON.stringify(REPO_ROOT)}, env: {}, stdout: sink, stderr: sink,
      lang: 'zh', colour: false, today: '2026-06-30',
    });
    const cache = createRequire(import.meta.url).cache;
    process.stdout.write(String(Object.keys(cache).some((path) => path.includes(${JSON.stringify(`/node_modules/${name}/`)}))));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout === 'true';
}

const loadsExceljs = (args: string[]): boolean => loadsPackage('exceljs', args);

describe('exceljs is loaded lazily', () => {
  it('not for --help, export --help or validate', () => {
    expect(loadsExceljs(['--help'])).toBe(false);
    expect(loadsExceljs(['export', '--help'])).toBe(false);
    expect(loadsExceljs(['validate', 'catalogs/national/employment.yaml'])).toBe(false);
  });

  it('but for an import (so the check can see it)', () => {
    expect(
      loadsExceljs(['import', 'test/fixtures/excel/legacy.xls', '--out', '/nonexistent-out']),
    ).toBe(true);
  });
});

describe('the SARIF library is loaded lazily', () => {
  const loadsSarif = (args: string[]): boolean => loadsPackage('node-sarif-builder', args);

  it('not for diff in its default format', () => {
    expect(loadsSarif(['diff', 'examples/yunchuan'])).toBe(false);
  });

  it('but for diff --format sarif', () => {
    expect(loadsSarif(['diff', 'examples/yunchuan', '--format', 'sarif'])).toBe(true);
  });
});
