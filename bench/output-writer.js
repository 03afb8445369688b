/**
 * The output writer after a small change: a synthetic output of many small files (by default
 * 136,000 in 3,400 folders, a province's site and workbooks) is built once by gkml's writer, then
 * rebuilt again and again with a few hundred changed keys, each rebuild timed
 *
 * - through the spare (the output the last build replaced, brought up to date in place);
 * - without it (the spare deleted beforehand, untimed): a fresh folder into which every unchanged file
 *   is hard-linked, the fallback;
 * - the same plus deleting the output it replaced, timed: what the writer did before it kept a spare.
 *
 * Median of `--runs` rebuilds each, side by side, with the ratios. The writer is the compiled one
 * (npm run build first), or the one in `--dist <folder>` (another build's dist/, to compare).
 * Usage: node bench/output-writer.js [--files 136000] [--folders 3400] [--changed 300] [--runs 5]
 * Timing is not a test.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : args[index + 1];
};
const files = Number(option('files', 136_000));
const folderCount = Number(option('folders', 3_400));
const changed = Number(option('changed', 300));
const runs = Number(option('runs', 5));
const dist = resolve(option('dist', new URL('../dist', import.meta.url).pathname));

const { buildOutput } = await import(pathToFileURL(join(dist, 'io/output/build.js')).href);

const work = mkdtempSync(join(tmpdir(), 'gkml-writer-bench-'));
const out = join(work, 'out');
const spare = `${out}.gkml-spare`;

// Each file's version; a rebuild bumps `changed` of them, spread over the folders.
const versions = new Array(files).fill(0);
// Folders two levels deep, as the site's regions are (r/<group>/<folder>/…).
const pathOf = (index) => {
  const folder = index % folderCount;
  return `r/${Math.floor(folder / 100)}/${folder}/page-${Math.floor(index / folderCount)}.html`;
};
const artifacts = () =>
  versions.map((version, index) => {
    const path = pathOf(index);
    return {
      path,
      key: `${path}@${version}`,
      render: () => `<!doctype html><title>${path}</title><p>version ${version}</p>\n`.repeat(4),
    };
  });
let round = 0;
const change = () => {
  round++;
  const stride = Math.floor(files / changed);
  for (let i = 0; i < changed; i++) versions[(i * stride + round * 7) % files]++;
};

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
async function timedBuild() {
  const start = process.hrtime.bigint();
  const result = await buildOutput(out, artifacts());
  if (result.rendered !== changed) throw new Error(`${result.rendered} files rendered`);
  return seconds(start);
}

const first = process.hrtime.bigint();
await buildOutput(out, artifacts());
const firstBuild = seconds(first);
// A second build, so that there is a spare (the first replaced nothing).
change();
await buildOutput(out, artifacts());

// A writer older than the spare keeps none: then only its rebuild is timed.
const keepsSpare = existsSync(spare);
const times = { spare: [], fallback: [], before: [] };
for (let run = 0; run < runs; run++) {
  if (keepsSpare) {
    change();
    times.spare.push(await timedBuild());
    rmSync(spare, { recursive: true, force: true });
  }
  change();
  const fallback = await timedBuild();
  times.fallback.push(fallback);
  // The writer before the spare deleted the output it replaced: the spare just kept.
  const start = process.hrtime.bigint();
  rmSync(spare, { recursive: true, force: true });
  times.before.push(fallback + seconds(start));
  // Once more untimed, so that the next run through the spare finds one.
  change();
  await buildOutput(out, artifacts());
}
rmSync(work, { recursive: true, force: true });

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const format = (s) => `${s.toFixed(3)} s`;
console.log(
  `${files} files in ${folderCount} folders, ${changed} changed per rebuild (${dist}); first build ${format(firstBuild)}; median of ${runs}`,
);
if (!keepsSpare) {
  console.log(`rebuild (this writer keeps no spare): ${format(median(times.fallback))}`);
} else {
  const [spareTime, fallbackTime, beforeTime] = [times.spare, times.fallback, times.before].map(
    median,
  );
  const ratio = (time) => `${(time / spareTime).toFixed(1)}×`;
  console.log('| rebuild | time | against the spare |');
  console.log('|---|---:|---:|');
  console.log(`| through the spare | ${format(spareTime)} | 1× |`);
  console.log(
    `| without it (fresh folder, links) | ${format(fallbackTime)} | ${ratio(fallbackTime)} |`,
  );
  console.log(
    `| without it, deleting the replaced output (the writer before) | ${format(beforeTime)} | ${ratio(beforeTime)} |`,
  );
}
