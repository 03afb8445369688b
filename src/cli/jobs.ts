/** How many threads a command uses when not told (`--jobs`): the machine's, for work that pays. */
import { availableParallelism } from 'node:os';

/**
 * Below this many files a second thread costs about what it saves: each part starts a thread, reads
 * every region file and the national baselines and merges the regions above the subtrees. On this
 * 2-core machine the 26-domain quarter province (11,245 files) took 3.63 s in 2 parts against 3.68 s
 * in one (and 115 MB more), the full province (44,977 files) 10.7 s against 13.2 s
 * (docs/benchmarks.md).
 */
export const PARALLEL_FROM_FILES = 20_000;

/**
 * Each part holds a heap of its own, the national baselines and every region file: on the 26-domain
 * bench province 2 parts peak at ~800 MB, 4 at ~900 MB, 8 at ~1.5 GB (docs/benchmarks.md).
 */
export const MAX_JOBS = 4;

export function defaultJobs(files: number): number {
  return files < PARALLEL_FROM_FILES ? 1 : Math.min(availableParallelism(), MAX_JOBS);
}
