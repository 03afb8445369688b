/** Entry point of the `gkml` binary (bin/gkml.js). */
export async function main(argv: readonly string[]): Promise<void> {
  await Promise.resolve();
  console.log(argv.length);
}
