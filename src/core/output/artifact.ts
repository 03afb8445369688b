/** One file of an output folder, rendered on demand, with the key it is made from. */
export interface Artifact {
  /** Path inside the output folder, with forward slashes. */
  path: string;
  /** Changes whenever the bytes would: a hash of everything the artifact is made from. */
  key: string;
  render: () => Promise<Uint8Array | string> | Uint8Array | string;
}
