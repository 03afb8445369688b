/**
 * Reading a commit's tree from git's object store, without a checkout: the working tree and the
 * index are never touched. git runs without a shell, so no argument is ever interpreted by one.
 */
import { spawn } from 'node:child_process';

interface GitRun {
  /** Null when git could not be started (not installed). */
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

function git(args: readonly string[], cwd: string, input?: string): Promise<GitRun> {
  return new Promise((resolve) => {
    const child = spawn('git', args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', () => {
      resolve({ code: null, stdout: Buffer.alloc(0), stderr: '' });
    });
    child.on('close', (code) => {
      resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') });
    });
    // A closed stdin (git exits early on a bad object) must not crash the process.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

/** The top folder of the git checkout holding `cwd`, or undefined outside one (or without git). */
export async function gitTopLevel(cwd: string): Promise<string | undefined> {
  const run = await git(['rev-parse', '--show-toplevel'], cwd);
  const top = run.stdout.toString('utf8').trim();
  return run.code === 0 && top !== '' ? top : undefined;
}

/**
 * The commit a ref names ("main", "origin/main", "HEAD~1", a hash), or undefined when it names
 * none. A ref starting with "-" is refused: git would read it as an option.
 */
export async function resolveCommit(top: string, ref: string): Promise<string | undefined> {
  if (ref === '' || ref.startsWith('-')) return undefined;
  const run = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top);
  const hash = run.stdout.toString('utf8').trim();
  return run.code === 0 && /^[0-9a-f]{40,64}$/u.test(hash) ? hash : undefined;
}

export interface TreeEntry {
  /** "100644", "100755" (files), "120000" (symbolic links). */
  mode: string;
  object: string;
  size: number;
  /** Posix path from the top of the checkout. */
  path: string;
}

/** Every file of a commit (blobs only; submodules are not ours to read). */
export async function listTree(top: string, commit: string): Promise<TreeEntry[]> {
  const run = await git(['ls-tree', '-r', '-z', '-l', '--full-tree', commit], top);
  if (run.code !== 0) throw new Error(`git ls-tree failed: ${run.stderr.trim()}`);
  const entries: TreeEntry[] = [];
  for (const record of run.stdout.toString('utf8').split('\0')) {
    const match = /^(\d{6}) (\w+) ([0-9a-f]+) +(\d+|-)\t(.+)$/su.exec(record);
    if (!match || match[2] !== 'blob') continue;
    entries.push({
      mode: match[1] ?? '',
      object: match[3] ?? '',
      size: Number(match[4]),
      path: match[5] ?? '',
    });
  }
  return entries;
}

/** The contents of blobs, read in one `git cat-file --batch`. */
export async function readBlobs(
  top: string,
  objects: readonly string[],
): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  if (objects.length === 0) return blobs;
  const run = await git(['cat-file', '--batch'], top, objects.map((o) => `${o}\n`).join(''));
  if (run.code !== 0) throw new Error(`git cat-file failed: ${run.stderr.trim()}`);
  const out = run.stdout;
  let at = 0;
  while (at < out.length) {
    const end = out.indexOf(0x0a, at);
    if (end === -1) break;
    const header = out.subarray(at, end).toString('utf8').split(' ');
    at = end + 1;
    if (header[1] === 'missing' || header.length < 3) continue;
    const size = Number(header[2]);
    blobs.set(header[0] ?? '', out.subarray(at, at + size));
    at += size + 1; // the contents are followed by a newline
  }
  return blobs;
}
