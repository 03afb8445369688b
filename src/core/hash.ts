/** Content keys: a short stable hash of strings, for caches and output manifests. */
import { createHash } from 'node:crypto';

export function hashOf(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex').slice(0, 32);
}
