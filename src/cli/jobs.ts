/** How many threads a command uses when not told (`--jobs`): the machine's, for work that pays. */
import { availableParallelism } from 'node:os';

/**
 * Below this many files a second thread costs more than it saves: starting one and reading the
 * regions above the subtrees again take ~0.3 s (docs/benchmarks.md).
 */
export const PARALLEL_FROM_FILES = 2000;

/**
 * Each part holds a heap of its own, the national baselines and every region file: on the 26-domain
 * bench province 2 parts peak at ~800 MB, 4 at ~900 MB, 8 at ~1.5 GB (docs/benchmarks.md).
 */
export const MAX_JOBS = 4;

export function defaultJobs(files: number): number {
  return files < PARALLEL_FROM_FILES ? 1 : Math.min(availableParallelism(), MAX_JOBS);
}
