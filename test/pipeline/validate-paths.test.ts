/**
 * validate of paths in a few subtrees (parts.ts `partsHolding`, repository-findings.ts): it reads
 * only those subtrees and the regions above them, and finds in those paths exactly what a check of
 * the whole repository finds there, including what the regions below a file report at its lines.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics/index.js';
import { repositoryFiles } from '../../src/io/repository-files.js';
import { partsHolding } from '../../src/pipeline/parts.js';
import { repositoryFindings } from '../../src/pipeline/repository-findings.js';
import { REPO_ROOT, TEST_TODAY } from '../helpers/cli.js';
import { testProvince, withFindings } from '../helpers/province.js';

let work: string;
let province: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'gkml-paths-'));
  province = withFindings(testProvince(join(work, 'province')));
  // A county makes an item 依申请: each township below it is weaker than the baseline, and says so
  // at the county's line (one finding, deduplicated).
  const county = join(province, 'c2/k1/compulsory-education.yaml');
  const text = readFileSync(county, 'utf8');
  writeFileSync(county, text.replace(/(- id: overview\.statistics\n)/u, '$1    method: 依申请\n'));
  writeFileSync(
    join(province, 'c2/k2/t1/affordable-housing.yaml'),
    'domain: affordable-housing\nitems: [\n',
  );
  appendFileSync(join(province, 'c3/k1/t2/region.yaml'), 'colour: red\n');
  // A county whose region file does not load: its catalogs and townships have no region above.
  writeFileSync(join(province, 'c1/k2/region.yaml'), 'code: [\n');
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const findings = (paths: string[]) =>
  repositoryFindings(paths, { cwd: province, today: TEST_TODAY });

/** The whole repository's findings in `path` (a file or a folder, relative), and those in no file. */
const within = (all: readonly Diagnostic[], path: string) =>
  all.filter((d) => d.file === undefined || d.file === path || d.file.startsWith(`${path}/`));

describe('validate of a few subtrees', () => {
  it('cuts the examples by subtree: a county alone, two counties, and the city above in none', async () => {
    const root = join(REPO_ROOT, 'examples');
    const { files } = await repositoryFiles(root, { cwd: root });
    const hexi = partsHolding(files, [join(root, 'yunchuan/hexi/affordable-housing.yaml')]);
    expect(hexi?.indexes).toHaveLength(1);
    const both = partsHolding(files, [
      join(root, 'yunchuan/hexi'),
      join(root, 'yunchuan/liulin/region.yaml'),
    ]);
    expect(both?.indexes).toHaveLength(2);
    expect(partsHolding(files, [join(root, 'yunchuan/affordable-housing.yaml')])).toBeUndefined();
    expect(partsHolding(files, [join(root, 'yunchuan')])).toBeUndefined();
    expect(partsHolding(files, [join(root, 'gkml.yaml')])).toBeUndefined();
    expect(partsHolding(files, [join(root, 'no/such/file.yaml')])).toBeUndefined();
  });

  it('finds in each path what the whole finds there, reading less', async () => {
    const whole = await findings([province]);
    const codes = new Set(whole.diagnostics.map((d) => d.code));
    expect([...codes]).toEqual(
      expect.arrayContaining([
        'diff-method-weakened',
        'merge-unknown-id',
        'schema-unknown-key',
        'yaml-syntax',
      ]),
    );
    const paths = [
      'c2/k1/compulsory-education.yaml', // the county's line the townships below it report
      'c2/k2/t1/affordable-housing.yaml', // a broken file
      'c1/k1/affordable-housing.yaml', // an unknown id
      'c3/k1/t2', // a township's folder, with an unknown key
      'c2', // a whole city
      'c1/k2', // a county whose region file does not load
      'c1/k2/t1/affordable-housing.yaml', // a township below it
    ];
    for (const path of paths) {
      const some = await findings([join(province, path)]);
      expect(some.diagnostics, path).toEqual(within(whole.diagnostics, path));
      expect(some.checked.size, path).toBeLessThan(whole.checked.size);
    }
    const weakened = await findings([join(province, 'c2/k1/compulsory-education.yaml')]);
    expect(weakened.diagnostics.map((d) => d.code)).toContain('diff-method-weakened');
  });

  it('checks the whole for a path above the subtrees, and for paths in two places at once', async () => {
    const whole = await findings([province]);
    const top = await findings([join(province, 'gkml.yaml')]);
    expect(top.checked.size).toBe(whole.checked.size);
    const two = await findings([
      join(province, 'c1/k1/affordable-housing.yaml'),
      join(province, 'c3/k1/t2'),
    ]);
    const expected = [
      ...within(whole.diagnostics, 'c1/k1/affordable-housing.yaml'),
      ...within(whole.diagnostics, 'c3/k1/t2'),
    ];
    expect(new Set(two.diagnostics)).toEqual(new Set(expected));
    expect(two.checked.size).toBeLessThan(whole.checked.size);
  });
});
