// npm run bench: side by side in one run, each measurement a separate process, on a generated
// province — the floor (read every file; read and parse it with the precise `yaml` parser),
// gkml validate (in threads, in one, and with its cache: cold, warm, one township changed),
// ajv-cli validating the same files against the same schemas, and gkml compile cold, warm
// (nothing changed) and after one township changed — with the median wall time of several runs,
// the peak resident memory of each, and the ratios the project targets.
//
// Options: --cities N --counties N --townships N --domains N (province shape; default 16 × 8 × 12,
// 8 domains), --runs N (default 3), --cold-runs N (cold compiles; default 1, they are slow),
// --json <file> (also write the results as JSON, see README; the table is printed all the same).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProvince } from './generate.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, 'bench/.work');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const jsonIndex = args.indexOf('--json');
// npm runs scripts in the package folder; a relative path is meant from where npm was started.
const jsonFile =
  jsonIndex === -1
    ? undefined
    : resolve(process.env.INIT_CWD ?? process.cwd(), args[jsonIndex + 1]);
const runs = option('runs', 3);
const coldRuns = option('cold-runs', 1);
const shape = {
  cities: option('cities', 16),
  counties: option('counties', 8),
  townships: option('townships', 12),
  domains: option('domains', 8),
};

mkdirSync(work, { recursive: true });
const province = join(work, 'province');
const out = join(work, 'compiled');
const started = Date.now();
const generated = generateProvince({
  out: province,
  national: join(root, 'catalogs/national'),
  ...shape,
});

/** One process: its wall time (s) and peak RSS (bytes), read by bench/rss.js inside it. */
function once(script, scriptArgs, expectExit) {
  const rssFile = join(work, 'rss');
  rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    ['--import', join(root, 'bench/rss.js'), script, ...scriptArgs],
    {
      cwd: root,
      env: { ...process.env, GKML_BENCH_RSS: rssFile, GKML_TODAY: '2026-06-30', NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 30,
    },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (!expectExit.includes(result.status)) {
    throw new Error(
      `${script} ${scriptArgs.join(' ')} exited ${result.status}: ${result.stderr.toString().slice(0, 2000)}`,
    );
  }
  return { seconds, rss: Number(readFileSync(rssFile, 'utf8')) };
}

/**
 * Measures `steps` (run in order, times added: ajv-cli needs one process per schema) `count` times;
 * `before` runs untimed before each measurement. Median time, largest peak RSS.
 */
function measure(label, name, steps, { count = runs, before = () => {} } = {}) {
  const times = [];
  let rss = 0;
  for (let i = 0; i < count; i++) {
    before(i);
    let seconds = 0;
    for (const [script, scriptArgs, expectExit = [0]] of steps) {
      const result = once(script, scriptArgs, expectExit);
      seconds += result.seconds;
      rss = Math.max(rss, result.rss);
    }
    times.push(seconds);
  }
  times.sort((a, b) => a - b);
  const result = { label, name, seconds: times[Math.floor(times.length / 2)], rss, count };
  process.stderr.write(`  ${label}: ${result.seconds.toFixed(2)} s\n`);
  return result;
}

const gkml = join(root, 'bin/gkml.js');
const floor = join(root, 'bench/floor.js');
const ajv = join(root, 'node_modules/ajv-cli/dist/index.js');
const ajvArgs = (schema, glob) => [
  'validate',
  '-s',
  join(root, `schemas/${schema}.schema.json`),
  '-d',
  glob,
  '--strict=false',
  '-c',
  'ajv-formats',
];
const compile = [gkml, ['compile', province, '--out', out]];
const validateCached = [gkml, ['validate', province, '--format', 'json', '--cache']];
// A township whose 公开主体 changes between runs: the same kind of edit an office makes.
const township = join(province, 'c1/k1/t1', 'affordable-housing.yaml');
const original = readFileSync(township, 'utf8');
const editTownship = (mark) =>
  writeFileSync(township, original.replace(/subject: (\S+)/u, `subject: $1（${mark}）`));

process.stderr.write(`province: ${generated.regions} regions, ${generated.files} files\n`);
const results = [
  measure('read (floor)', 'read', [[floor, ['read', province]]]),
  measure('read + parse (floor)', 'read+parse', [[floor, ['parse', province]]]),
  measure('gkml validate', 'validate', [[gkml, ['validate', province, '--format', 'json']]]),
  // Its threads (--jobs, the machine's cores up to 4) against one: what they gain here.
  measure('gkml validate --jobs 1', 'validate-one-thread', [
    [gkml, ['validate', province, '--format', 'json', '--jobs', '1']],
  ]),
  // With the repository's cache (--cache): its first run, nothing changed, one township changed.
  measure('gkml validate --cache, cold', 'validate-cached-cold', [validateCached], {
    count: coldRuns,
    before: () => rmSync(join(province, '.gkml-cache'), { recursive: true, force: true }),
  }),
  measure('gkml validate --cache, warm', 'validate-cached-warm', [validateCached]),
  measure('gkml validate --cache, one township', 'validate-cached-one-township', [validateCached], {
    before: (i) => editTownship(`第${i + 1}次校验`),
  }),
  measure('ajv-cli', 'ajv-cli', [
    [ajv, ajvArgs('catalog', `${province}/**/!(region|gkml).yaml`)],
    [ajv, ajvArgs('region', `${province}/**/region.yaml`)],
  ]),
  measure('gkml compile, cold', 'compile-cold', [compile], {
    count: coldRuns,
    // Cold means nothing to reuse: the output, and the spare and the caches kept beside it.
    before: () => {
      for (const folder of [out, `${out}.gkml-spare`, `${out}.gkml-cache`])
        rmSync(folder, { recursive: true, force: true });
    },
  }),
  measure('gkml compile, warm', 'compile-warm', [compile]),
  measure('gkml compile, one township changed', 'compile-one-township', [compile], {
    before: (i) => editTownship(`第${i + 1}次修改`),
  }),
];
writeFileSync(township, original);

const byLabel = new Map(results.map((r) => [r.label, r]));
const ratio = (a, b) => byLabel.get(a).seconds / byLabel.get(b).seconds;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const check = (ok) => (ok ? 'met' : 'NOT met');

console.log(
  `gkml benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${mb(totalmem())}`,
);
console.log(
  `province: ${shape.cities} cities × ${shape.counties} counties × ${shape.townships} townships, ${shape.domains} domains = ${generated.regions} regions, ${generated.files} files`,
);
console.log(`median of ${runs} runs (cold compile: ${coldRuns})\n`);
for (const r of results) {
  console.log(
    `${r.label.padEnd(36)} ${r.seconds.toFixed(2).padStart(8)} s   peak RSS ${mb(r.rss).padStart(8)}`,
  );
}
const validateVsAjv = ratio('ajv-cli', 'gkml validate');
const validateVsFloor = ratio('gkml validate', 'read + parse (floor)');
const threadsGain = ratio('gkml validate --jobs 1', 'gkml validate');
const warmVsCold = ratio('gkml compile, warm', 'gkml compile, cold');
const touchVsCold = ratio('gkml compile, one township changed', 'gkml compile, cold');
const coldVsAjv = ratio('gkml compile, cold', 'ajv-cli');
const cachedVsAjv = ratio('ajv-cli', 'gkml validate --cache, warm');
const cachedTouchVsAjv = ratio('ajv-cli', 'gkml validate --cache, one township');
// Issue 14's memory target is compile's; validate (which merges the repository whole) is shown apart.
const peakOf = (prefix) =>
  Math.max(...results.filter((r) => r.label.startsWith(prefix)).map((r) => r.rss));
const compilePeak = peakOf('gkml compile');
const validatePeak = peakOf('gkml validate');
console.log('\nratios (targets in brackets):');
console.log(
  `ajv-cli / gkml validate                 ${validateVsAjv.toFixed(2)}× [no target: issue 14 keeps validate's checks, issue 12's merge among them (1.09–1.22× before it); issue 8 asked ≥ 1.5: ${check(validateVsAjv >= 1.5)}]`,
);
console.log(
  `gkml validate --jobs 1 / gkml validate  ${threadsGain.toFixed(2)}× [threads' gain on ${cpus().length} cores]`,
);
console.log(
  `ajv-cli / gkml validate --cache, warm   ${cachedVsAjv.toFixed(2)}× [the cache: no target]`,
);
console.log(
  `ajv-cli / validate --cache, 1 township  ${cachedTouchVsAjv.toFixed(2)}× [the cache: no target]`,
);
console.log(
  `gkml validate / (read + parse)          ${validateVsFloor.toFixed(2)}× [≤ 1.5: ${check(validateVsFloor <= 1.5)}]`,
);
console.log(
  `gkml compile warm / cold                ${warmVsCold.toFixed(3)}× [≤ 0.1: ${check(warmVsCold <= 0.1)}]`,
);
console.log(
  `gkml compile one township / cold        ${touchVsCold.toFixed(3)}× [≤ 0.05: ${check(touchVsCold <= 0.05)}]`,
);
console.log(
  `gkml compile cold / ajv-cli             ${coldVsAjv.toFixed(1)}× [≤ 25: ${check(coldVsAjv <= 25)}]`,
);
console.log(
  `gkml compile peak RSS                   ${mb(compilePeak)} [< 1 GiB: ${check(compilePeak < 1024 ** 3)}]`,
);
console.log(
  `gkml validate peak RSS                  ${mb(validatePeak)} [< 1 GiB: ${check(validatePeak < 1024 ** 3)}]`,
);
if (jsonFile !== undefined) {
  const json = {
    shape,
    files: generated.files,
    regions: generated.regions,
    items: generated.items,
    results: results.map((r) => ({ name: r.name, seconds: r.seconds, rssBytes: r.rss })),
  };
  writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`\nwhole run: ${((Date.now() - started) / 1000).toFixed(0)} s`);
