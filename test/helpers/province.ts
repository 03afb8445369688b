/** Generated provinces for tests (bench/generate.js, against the bundled national baselines). */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateProvince, type ProvinceOptions } from '../../bench/generate.js';
import { REPO_ROOT } from './cli.js';

/**
 * A province generated in `out`: by default 3 cities × 2 counties × 2 townships with 3 domains,
 * small enough for a test and with several subtrees to share out. Returns `out`.
 */
export function testProvince(
  out: string,
  shape: Omit<ProvinceOptions, 'out' | 'national'> = {},
): string {
  generateProvince({
    out,
    national: join(REPO_ROOT, 'catalogs/national'),
    cities: 3,
    counties: 2,
    townships: 2,
    domains: 3,
    ...shape,
  });
  return out;
}

/**
 * Findings planted in a province from `testProvince`: an unknown id in a county's catalog (the
 * merge's) and an unknown key in a city's region file (the schema's), in two cities. Returns it.
 */
export function withFindings(province: string): string {
  appendFileSync(
    join(province, 'c1/k1/affordable-housing.yaml'),
    '  - id: no.such-item\n    subject: 某局\n',
  );
  appendFileSync(join(province, 'c3/region.yaml'), 'colour: blue\n');
  return province;
}
