// npm run bench: measures, side by side in one run, the floor (read; read + precise parse) and gkml's
// commands on a generated province, each as a separate process, reporting the median wall time of
// several runs, peak memory, and ratios. Options: --cities N --counties N --townships N --runs N.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProvince } from './generate.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, 'bench/.work');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const runs = option('runs', 3);
const shape = {
  cities: option('cities', 16),
  counties: option('counties', 8),
  townships: option('townships', 12),
};

mkdirSync(work, { recursive: true });
const province = join(work, 'province');
const generated = generateProvince({
  out: province,
  national: join(root, 'catalogs/national'),
  ...shape,
});

/** Runs a node script `runs` times; returns the median seconds and the largest peak RSS. */
function measure(label, script, scriptArgs, { expectExit = [0] } = {}) {
  const times = [];
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    const rssFile = join(work, 'rss');
    rmSync(rssFile, { force: true });
    const start = process.hrtime.bigint();
    const result = spawnSync(
      process.execPath,
      ['--import', join(root, 'bench/rss.js'), script, ...scriptArgs],
      {
        cwd: root,
        env: { ...process.env, GKML_BENCH_RSS: rssFile, NO_COLOR: '1' },
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 1 << 30,
      },
    );
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
    if (!expectExit.includes(result.status)) {
      throw new Error(
        `${label} exited ${result.status}: ${result.stderr.toString().slice(0, 2000)}`,
      );
    }
    rss = Math.max(rss, Number(readFileSync(rssFile, 'utf8')));
  }
  times.sort((a, b) => a - b);
  return { label, seconds: times[Math.floor(times.length / 2)], rss };
}

const gkml = join(root, 'bin/gkml.js');
const results = [
  measure('read (floor)', join(root, 'bench/floor.js'), ['read', province]),
  measure('read + parse (floor)', join(root, 'bench/floor.js'), ['parse', province]),
  measure('gkml validate', gkml, ['validate', province, '--format', 'json'], {
    expectExit: [0, 1],
  }),
];

const byLabel = new Map(results.map((r) => [r.label, r]));
const ratio = (a, b) => (byLabel.get(a).seconds / byLabel.get(b).seconds).toFixed(2);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

console.log(
  `gkml benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpus().length} cores, ${mb(totalmem())}`,
);
console.log(
  `province: ${shape.cities} cities × ${shape.counties} counties × ${shape.townships} townships = ${generated.regions} regions, ${generated.files} files; median of ${runs} runs\n`,
);
for (const r of results)
  console.log(
    `${r.label.padEnd(28)} ${r.seconds.toFixed(2).padStart(7)} s   peak RSS ${mb(r.rss).padStart(8)}`,
  );
console.log('\nratios:');
console.log(
  `gkml validate / (read + parse)   ${ratio('gkml validate', 'read + parse (floor)')}   (target ≤ 1.5)`,
);
console.log(`gkml validate / read             ${ratio('gkml validate', 'read (floor)')}`);
