/**
 * validate in parts (pipeline/parts.ts, parallel-findings.ts): each part reads and merges whole
 * subtrees, and the parts together find exactly what one load of the whole repository finds. Run
 * from the sources, the parts run one after another in this thread (no compiled worker script);
 * test/e2e/validate-binary.test.ts runs them in threads through the built binary.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryFiles } from '../../src/io/repository-files.js';
import { loadPart } from '../../src/pipeline/parallel-findings.js';
import { repositoryParts } from '../../src/pipeline/parts.js';
import { REPO_ROOT, runInProcess, TEST_TODAY, type Transcript } from '../helpers/cli.js';
import { testProvince, withFindings } from '../helpers/province.js';

let work: string;
let province: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'gkml-parts-'));
  // Findings of every kind, in two cities and above them: a schema error, an unknown id, a broken
  // file, and a register.
  province = withFindings(testProvince(join(work, 'province')));
  writeFileSync(
    join(province, 'c2/k2/t1/affordable-housing.yaml'),
    'domain: affordable-housing\nitems: [\n',
  );
  cpSync(
    join(REPO_ROOT, 'examples/yunchuan/hexi/documents.yaml'),
    join(province, 'c3/k1/documents.yaml'),
  );
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** What a run shows: its exit code and both streams. */
const outcome = (t: Transcript) => [t.exitCode, t.stdout, t.stderr];

const validate = (cwd: string, jobs: number) =>
  runInProcess(['validate', '.', '--format', 'json', '--jobs', String(jobs)], { cwd });

describe('a repository cut into parts', () => {
  it('puts two counties of the examples in different parts, and the city above them in none', async () => {
    const root = join(REPO_ROOT, 'examples');
    const { files } = await repositoryFiles(root, { cwd: root });
    const parts = repositoryParts(files, 2);
    const hexi = parts.partOfFile(join(root, 'yunchuan/hexi/affordable-housing.yaml'));
    const liulin = parts.partOfFile(join(root, 'yunchuan/liulin/region.yaml'));
    expect([hexi, liulin].sort()).toEqual([1, 2]);
    expect(parts.partOfFile(join(root, 'yunchuan/affordable-housing.yaml'))).toBeUndefined();
    expect(parts.partOfFile(join(root, 'gkml.yaml'))).toBeUndefined();
  });

  it('finds in 2 and in 3 parts exactly what one part finds', async () => {
    const whole = await validate(province, 1);
    expect(whole.exitCode).toBe(1);
    const codes = new Set(
      (JSON.parse(whole.stdout) as { diagnostics: { code: string }[] }).diagnostics.map(
        (d) => d.code,
      ),
    );
    expect([...codes]).toEqual(
      expect.arrayContaining([
        'merge-unknown-id',
        'yaml-syntax',
        'schema-unknown-key',
        'diff-local',
      ]),
    );
    for (const jobs of [2, 3])
      expect(outcome(await validate(province, jobs))).toEqual(outcome(whole));
  });

  it('leaves out what the other parts read: one part alone misses their findings', async () => {
    const options = { cwd: province, today: TEST_TODAY, registers: true, findingsOnly: true };
    const one = await loadPart({
      root: province,
      options: { ...options, part: { count: 2, indexes: [1] } },
    });
    const two = await loadPart({
      root: province,
      options: { ...options, part: { count: 2, indexes: [2] } },
    });
    const whole = await loadPart({ root: province, options });
    expect(one.unparted).toBeUndefined();
    expect(one.files.length).toBeLessThan(whole.files.length);
    expect(one.diagnostics.length).toBeLessThan(whole.diagnostics.length);
    expect(new Set([...one.files, ...two.files])).toEqual(new Set(whole.files));
  });

  it('checks the whole in one part when a region that heads a subtree does not load', async () => {
    const broken = join(work, 'broken');
    cpSync(province, broken, { recursive: true });
    writeFileSync(join(broken, 'c2/region.yaml'), 'code: [\n');
    const options = { cwd: broken, today: TEST_TODAY, registers: true, findingsOnly: true };
    const part = await loadPart({
      root: broken,
      options: { ...options, part: { count: 2, indexes: [1] } },
    });
    expect(part.unparted).toBe(true);
    const whole = await validate(broken, 1);
    expect(whole.stdout).toContain('yaml-syntax');
    expect(outcome(await validate(broken, 2))).toEqual(outcome(whole));
  });
});
