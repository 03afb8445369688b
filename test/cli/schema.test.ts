/** `gkml schema` without a name: the schemas, what each is for and where it is, in both languages. */
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { REPO_ROOT, formatTranscript, runInProcess } from '../helpers/cli.js';

describe('gkml schema', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`lists the schemas (${lang})`, async () => {
      const args = ['schema', ...(lang === 'en' ? ['--lang', 'en'] : [])];
      const t = await runInProcess(args, { cwd: REPO_ROOT, lang });
      const text = formatTranscript(t).split(REPO_ROOT).join('<gkml>/');
      await expectGolden(text, join(REPO_ROOT, `test/golden/help/schema-list.${lang}.txt`));
    });
  }
});
