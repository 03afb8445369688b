/** One part of validate's repository findings, in a thread of its own (parallel-findings.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { loadPart, type PartJob } from './parallel-findings.js';

parentPort?.postMessage(await loadPart(workerData as PartJob));
