/** Content keys: a short stable hash of strings, for caches and output manifests. */
import { createHash, hash } from 'node:crypto';

/** Hash of a list of strings; for lists of any length (a province has 100,000 outputs). */
export function hashList(parts: Iterable<string>): string {
  const sum = createHash('sha256');
  for (const part of parts) sum.update(part).update('\u0000');
  return sum.digest('hex').slice(0, 32);
}

/**
 * `hashList` of a few strings, in one call: the same digest (the same bytes are hashed), without a
 * Hash object for the collector to finalise (a compile makes tens of thousands of keys).
 */
export function hashOf(...parts: readonly string[]): string {
  return hash('sha256', parts.map((part) => `${part}\u0000`).join(''), 'hex').slice(0, 32);
}

/** Hash of a file's bytes: the content hash compile lists its inputs by and its file cache keys on. */
export function hashBytes(bytes: Uint8Array): string {
  return hash('sha256', bytes, 'hex').slice(0, 32);
}
