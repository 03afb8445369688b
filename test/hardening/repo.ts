/** Small region repositories for the hardening tests (issue 13), made by `gkml init`. */
import { join } from 'node:path';
import { runInProcess, type Transcript } from '../helpers/cli.js';

/** A county repository at `folder` (26 catalogs, inheriting the national items). */
export async function initCounty(folder: string): Promise<void> {
  const t = await runInProcess(
    ['init', folder, '--code', '110101', '--name', '测试区', '--level', '县级'],
    { cwd: '/' },
  );
  if (t.exitCode !== 0) throw new Error(`init failed: ${t.stderr}`);
}

/** A catalog file of the county made by initCounty. */
export const catalogOf = (repo: string, domain = 'employment') => join(repo, `${domain}.yaml`);

/** No JavaScript stack trace in the output: a user's mistake is never a crash. */
export function expectNoStack(t: Transcript): void {
  const text = t.stdout + t.stderr;
  if (/\n\s+at .+[(:]\d+|请报告|please report/u.test(text)) {
    throw new Error(`stack trace in output of gkml ${t.args.join(' ')}:\n${text}`);
  }
}
