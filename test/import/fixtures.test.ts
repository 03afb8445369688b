import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';
import { FIXTURES } from './build-fixtures.js';

const DIR = join(REPO_ROOT, 'test/fixtures/excel');

describe('the committed import fixtures are what build-fixtures.ts builds', () => {
  for (const [name, build] of Object.entries(FIXTURES)) {
    it(name, async () => {
      const built = await build();
      if (process.env.UPDATE_GOLDEN === '1') await writeFile(join(DIR, name), built);
      const committed = await readFile(join(DIR, name));
      expect(committed.equals(built)).toBe(true);
    });
  }
});
