import { createHash } from 'node:crypto';

/** One file of an output folder, rendered on demand, with the key it is made from. */
export interface Artifact {
  /** Path inside the output folder, with forward slashes. */
  path: string;
  /** Changes whenever the bytes would: a hash of everything the artifact is made from. */
  key: string;
  render: () => Promise<Uint8Array | string> | Uint8Array | string;
  /**
   * Code of the region the artifact belongs to (its pages and downloads); absent for what shows the
   * whole repository. `compile --shard` renders a region's artifacts in that region's shard only.
   */
  region?: string;
}

/**
 * A file rendered already (site's pages, export's files), keyed by its bytes: a file whose bytes
 * did not change since the last run is carried over, not rewritten.
 */
export function renderedArtifact(path: string, data: string | Uint8Array): Artifact {
  return { path, key: createHash('sha256').update(data).digest('hex'), render: () => data };
}
