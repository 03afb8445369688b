// gkml run on its own data (part of `npm test`): the bundled baselines and the example repository
// validate, and every example region merges, each with exit code 0. Output is discarded; a failing
// step prints its stderr and stops.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/gkml.js');

/** Folders under `folder` that hold a region.yaml, sorted. */
function regionFolders(folder) {
  const found = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === 'region.yaml') found.push(folder);
    if (entry.isDirectory()) found.push(...regionFolders(join(folder, entry.name)));
  }
  return found.sort();
}

const steps = [
  ['validate', 'catalogs'],
  // The example is clean of warnings too, but for those it shows on purpose (see below).
  ['validate', 'examples', '--fail-on', 'warning'],
  ...regionFolders(join(root, 'examples')).map((folder) => [
    'merge',
    relative(root, folder).split('\\').join('/'),
    '--fail-on',
    'warning',
  ]),
];

/**
 * The example registers (documents.yaml) are late and overdue on purpose, to show every register
 * rule, and some example items differ from the national baselines on purpose, to show what the
 * comparison (diff-*, which validate reports inside a repository, as compile does) says: those
 * warnings are expected; an error anywhere, or another warning, fails the step.
 */
function onlyExpectedFindings(stderr) {
  let file = '';
  let expected = 0;
  for (const line of stderr.split('\n')) {
    if (/^\S/u.test(line)) file = line.trim();
    else if (/^\s+(?:\d+:\d+\s+)?(?:error|warning)\s/u.test(line)) {
      const register = /(?:^|\/)documents\.ya?ml$/u.test(file);
      const comparison = /^\s+(?:\d+:\d+\s+)?warning\s.*\sdiff-[a-z-]+$/u.test(line);
      if (!register && !comparison) return false;
      expected += 1;
    }
  }
  return expected > 0;
}

for (const args of steps) {
  const result = spawnSync(process.execPath, [bin, ...args, '--lang', 'en'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const expected = result.status === 1 && onlyExpectedFindings(result.stdout + result.stderr);
  if (result.status !== 0 && !expected) {
    process.stderr.write(result.stdout + result.stderr);
    process.stderr.write(`dogfood: gkml ${args.join(' ')} exited with ${result.status}\n`);
    process.exit(1);
  }
  process.stdout.write(`dogfood: gkml ${args.join(' ')} ✔\n`);
}
