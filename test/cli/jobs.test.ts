/** How many threads validate uses when not told (--jobs). */
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { defaultJobs, MAX_JOBS, PARALLEL_FROM_FILES } from '../../src/cli/jobs.js';

describe('validate threads by default', () => {
  it('keeps a repository under the threshold in one thread', () => {
    expect(defaultJobs(0)).toBe(1);
    expect(defaultJobs(PARALLEL_FROM_FILES - 1)).toBe(1);
  });

  it("uses the machine's cores from the threshold on, at most MAX_JOBS", () => {
    expect(defaultJobs(PARALLEL_FROM_FILES)).toBe(Math.min(availableParallelism(), MAX_JOBS));
    expect(defaultJobs(10 * PARALLEL_FROM_FILES)).toBeLessThanOrEqual(MAX_JOBS);
  });
});
