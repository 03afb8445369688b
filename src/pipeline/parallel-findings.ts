/**
 * validate's repository findings in parts (parts.ts), each part in a thread of its own: reading,
 * checking and merging a province are independent per subtree. On this project's 2-core machine the
 * 26-domain bench province takes 10.7 s in 2 parts against 13.2 s in one; a core per part does better
 * (docs/benchmarks.md). The first part is checked in this thread while the others run.
 *
 * Run from the TypeScript sources (the unit tests), there is no compiled worker script: the parts are
 * then checked one after another here, the same work and the same findings without threads.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loadBySubtree, type SubtreeLoad, type SubtreeLoadOptions } from './subtrees.js';

/** What a part sends back: no repository (findings only). */
export type PartLoad = Omit<SubtreeLoad, 'repository'>;

export interface PartJob {
  root: string;
  options: SubtreeLoadOptions;
}

const WORKER = new URL('./findings-worker.js', import.meta.url);

/**
 * A part's new objects (MB) before they are sorted out: less than V8's default, as every thread has
 * its own. Measured on the 26-domain province: 2 parts 820 → 796 MB, 4 parts 955 → 895 MB, the same
 * time.
 */
const YOUNG_GENERATION_MB = 16;

/** Each of `count` parts of the repository at `root` loaded for its findings, in part order. */
export async function loadInParts(
  root: string,
  options: SubtreeLoadOptions,
  count: number,
): Promise<PartLoad[]> {
  const job = (index: number): PartJob => ({
    root,
    options: {
      ...options,
      findingsOnly: true,
      part: { count, indexes: [index] },
      memoryShare: 1 / count,
    },
  });
  const others = Array.from({ length: count - 1 }, (_, at) => job(at + 2));
  if (!existsSync(fileURLToPath(WORKER))) {
    const loads: PartLoad[] = [];
    for (const part of [job(1), ...others]) loads.push(await loadPart(part));
    return loads;
  }
  const threads = others.map(inThread);
  try {
    const first = await loadPart(job(1));
    return [first, ...(await Promise.all(threads.map((thread) => thread.load)))];
  } catch (error) {
    // One part failed (a fault of gkml's): the others' work is of no use, and must not outlive it.
    for (const thread of threads) void thread.worker.terminate();
    throw error;
  }
}

export async function loadPart({ root, options }: PartJob): Promise<PartLoad> {
  const { files, diagnostics, unparted } = await loadBySubtree(root, options);
  return { files, diagnostics, ...(unparted ? { unparted } : {}) };
}

function inThread(job: PartJob): { worker: Worker; load: Promise<PartLoad> } {
  const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
  const worker = new Worker(WORKER, { workerData: job, resourceLimits });
  const load = new Promise<PartLoad>((resolve, reject) => {
    let answered = false;
    worker.once('message', (loaded: PartLoad) => {
      answered = true;
      resolve(loaded);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`validate's part thread stopped (exit code ${code})`));
    });
  });
  // Awaited only once the first part is done: a failure before then is not an unhandled one.
  load.catch(() => undefined);
  return { worker, load };
}
