/** The summary `gkml compile` prints, in both languages, with and without the build's counts. */
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { printSummary } from '../../src/cli/commands/compile/summary.js';
import type { CliIo } from '../../src/cli/io.js';
import type { CompileSummary } from '../../src/core/output/summary.js';
import { expectGolden } from '../helpers/golden.js';
import { REPO_ROOT, TEST_TODAY } from '../helpers/cli.js';

const summary: CompileSummary = {
  regions: 8,
  domains: 26,
  items: 1234,
  errors: 0,
  warnings: 3,
  infos: 5,
  covered: 900,
  omitted: 40,
  expected: 1000,
  exitCode: 0,
};

function printed(lang: 'zh' | 'en'): string {
  let text = '';
  const io: CliIo = {
    cwd: REPO_ROOT,
    env: {},
    stdout: { write: (t) => void (text += t) },
    stderr: { write: () => undefined },
    lang,
    colour: false,
    today: TEST_TODAY,
  };
  printSummary(io, 'site', summary, { rendered: 12, reused: 30 });
  printSummary(io, 'site', { ...summary, reportBeside: true });
  return text;
}

describe('compile summary', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`in ${lang}`, async () => {
      await expectGolden(printed(lang), join(REPO_ROOT, `test/golden/compile/summary.${lang}.txt`));
    });
  }
});
