/**
 * At most `limit` of the tasks it is given run at once; the others wait their turn, in order. For
 * work whose memory, not time, is the constraint: a workbook being rendered holds its sheets and
 * their XML, and rendering is on one thread anyway, so eight at once cost memory and save nothing.
 */
export function limitConcurrency(limit: number): <T>(task: () => Promise<T> | T) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T> | T): Promise<T> => {
    if (running >= limit) await new Promise<void>((resume) => waiting.push(resume));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
