// Preloaded into a measured process (node --import ./bench/rss.js): writes its peak resident set size
// (bytes) to the file named by GKML_BENCH_RSS when the process exits.
import { writeFileSync } from 'node:fs';

const target = process.env.GKML_BENCH_RSS;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS * 1024));
  });
}
