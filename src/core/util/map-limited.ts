/**
 * Bounded concurrency for asynchronous work over many inputs (hashing, reading and writing files):
 * enough calls in flight to keep the disk busy, few enough not to exhaust file descriptors.
 */

/** Maps with at most `limit` calls in flight, keeping the input order. */
export async function mapLimited<T, R>(
  inputs: readonly T[],
  limit: number,
  task: (input: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(inputs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < inputs.length) {
      const index = next++;
      const input = inputs[index];
      if (input !== undefined) results[index] = await task(input);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
  return results;
}
