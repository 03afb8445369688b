import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codesTable, replaceCodesTable } from '../../src/core/diagnostics/docs.js';
import { REPO_ROOT } from '../helpers/cli.js';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('lists every diagnostic code (regenerate with `npm run build && node scripts/readme-codes.js`)', () => {
    expect(replaceCodesTable(readme, codesTable())).toBe(readme);
  });

  it('has the two-command quick start and the test command', () => {
    expect(readme).toContain('npm ci && npx gkml');
    expect(readme).toContain('npm test');
  });

  it('fails when the table is stale (the check can fail)', () => {
    const stale = replaceCodesTable(readme, '| code | severity | meaning |');
    expect(replaceCodesTable(stale, codesTable())).not.toBe(stale);
  });
});
