/** One part of validate's repository findings, in a thread of its own (parallel-findings.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { loadPart, type PartJob } from './parallel-findings.js';

// workerData is the job parallel-findings.ts passed to this thread's Worker: a PartJob by construction.
parentPort?.postMessage(await loadPart(workerData as PartJob));
