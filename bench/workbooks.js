// Time to render region workbooks with one or more builds, alternating them so that both see the
// same machine load: `node bench/workbooks.js <repository> --dist dist --dist <other build>/dist`.
// Each measurement is its own process: it loads the repository (not timed), then renders the
// workbooks of --regions N regions that have catalogs (default all; --from K skips the first K)
// and prints the seconds it took. Prints the median of --runs rounds (default 3) per build.
//
// Issue 14: measured on a 1-city 26-domain province (bench/generate.js) before and after writing
// the sheet XML directly instead of through exceljs (docs/benchmarks.md).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);

if (args[0] === '--child') {
  const [, dist, repository, from, count] = args;
  const url = (path) => pathToFileURL(resolve(dist, path)).href;
  const { loadRepository } = await import(url('pipeline/load-repository.js'));
  const { renderWorkbook } = await import(url('render/xlsx/index.js'));
  const loaded = await loadRepository(repository, { cwd: process.cwd(), today: '2026-06-30' });
  if (!loaded.model) throw new Error(`${repository} did not load`);
  const regions = loaded.model.regions
    .filter((region) => region.catalogs.length > 0)
    .slice(Number(from), Number(from) + Number(count));
  const started = process.hrtime.bigint();
  let bytes = 0;
  for (const region of regions) {
    const data = await renderWorkbook(
      { region, ancestors: [], example: false },
      { date: '2026-06-30' },
    );
    bytes += data.length;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(JSON.stringify({ seconds, regions: regions.length, bytes }));
  process.exit(0);
}

const repository = args.find(
  (arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'),
);
const values = (name) =>
  args.flatMap((arg, index) => (args[index - 1] === `--${name}` ? [arg] : []));
const dists = values('dist');
const runs = Number(values('runs')[0] ?? 3);
const count = values('regions')[0] ?? 'Infinity';
const from = values('from')[0] ?? '0';
if (repository === undefined || dists.length === 0) {
  process.stderr.write(
    'usage: node bench/workbooks.js <repository> --dist <dist> [--dist <dist>] [--from K] [--regions N] [--runs N]\n',
  );
  process.exit(2);
}

const times = new Map(dists.map((dist) => [dist, []]));
const results = new Map();
for (let run = 0; run < runs; run++) {
  for (const dist of dists) {
    const child = spawnSync(
      process.execPath,
      [new URL(import.meta.url).pathname, '--child', dist, repository, from, count],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    if (child.status !== 0) throw new Error(child.stderr);
    const result = JSON.parse(child.stdout);
    times.get(dist).push(result.seconds);
    results.set(dist, result);
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
for (const [dist, list] of times) {
  const { regions, bytes } = results.get(dist);
  process.stdout.write(
    `${dist}: ${regions} workbooks, ${(bytes / 1e6).toFixed(1)} MB, median ${median(list).toFixed(2)} s of ${list.map((s) => s.toFixed(2)).join(' ')}\n`,
  );
}
