/** Content keys: a short stable hash of strings, for caches and output manifests. */
import { createHash } from 'node:crypto';

/** Hash of a list of strings; for lists of any length (a province has 100,000 outputs). */
export function hashList(parts: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex').slice(0, 32);
}

export function hashOf(...parts: readonly string[]): string {
  return hashList(parts);
}

/** Hash of a file's bytes: the content hash compile lists its inputs by and its file cache keys on. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}
