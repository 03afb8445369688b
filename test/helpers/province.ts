/** Generated provinces for tests (bench/generate.js, against the bundled national baselines). */
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
