/**
 * Golden files: real output compared with a committed expectation. `UPDATE_GOLDEN=1 npx vitest run`
 * rewrites them; review the diff before committing.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { expect } from 'vitest';

export async function expectGolden(
  actual: string,
  goldenPath: string,
  { update = process.env.UPDATE_GOLDEN === '1' } = {},
): Promise<void> {
  if (update) {
    await mkdir(dirname(goldenPath), { recursive: true });
    await writeFile(goldenPath, actual);
    return;
  }
  const expected = await readFile(goldenPath, 'utf8').catch(() => undefined);
  if (expected === undefined) {
    throw new Error(`golden file missing: ${goldenPath} (run UPDATE_GOLDEN=1 npx vitest run)`);
  }
  expect(actual).toBe(expected);
}
