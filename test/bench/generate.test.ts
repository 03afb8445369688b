/**
 * The benchmark's province (bench/generate.js) is what a careful province would write: validate
 * finds no error and no warning in it, so the benchmark measures checking, not reporting.
 */
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generateProvince } from '../../bench/generate.js';
import { REPO_ROOT, runInProcess } from '../helpers/cli.js';
import { tempFolder } from '../helpers/git.js';

const work = tempFolder('gkml-bench-');
afterAll(() => {
  work.remove();
});

it('generates a province with all 26 domains that validates without errors or warnings', async () => {
  const out = join(work.path, 'province');
  const shape = { cities: 1, counties: 2, townships: 2, domains: 26 };
  generateProvince({ out, national: join(REPO_ROOT, 'catalogs/national'), ...shape });
  const t = await runInProcess(['validate', out, '--format', 'json'], { cwd: REPO_ROOT });
  const report = JSON.parse(t.stdout) as { diagnostics: { severity: string; code: string }[] };
  const loud = report.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code);
  expect(loud).toEqual([]);
  expect(t.exitCode).toBe(0);
});
