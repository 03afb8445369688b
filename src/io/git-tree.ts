/**
 * A region repository as it was at a commit, for `gkml diff --base <ref>`. Its YAML files are read
 * from git's object store and written to a private temporary folder that mirrors the absolute
 * layout of the checkout, so that the one repository loader reads both versions the same way and
 * every path displays exactly as in the working tree. Nothing in the checkout is touched.
 */
import { mkdir, mkdtemp, realpath, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { DEFAULT_MAX_BYTES } from './load-yaml.js';
import { PROJECT_FILES } from './layout.js';
import { listTree, readBlobs, type TreeEntry } from './git.js';

export interface CommitCopy {
  /** The working folder, mapped into the copy: display paths come out as in the checkout. */
  cwd: string;
  /** The folder asked for, mapped into the copy (absolute). */
  folder: string;
  /** The commit holds a repository root (gkml.yaml) at or above the folder. */
  found: boolean;
  /** Removes the copy. */
  dispose: () => Promise<void>;
}

/** "/home/u/repo" → "<base>/home/u/repo"; "C:\\repo" → "<base>\\C\\repo". */
function mirror(base: string, absolute: string): string {
  return join(base, absolute.replace(/^([A-Za-z]):/u, '$1'));
}

/** The repository root inside the tree: the nearest folder at or above `folder` with gkml.yaml. */
function rootIn(paths: ReadonlySet<string>, folder: string): string | undefined {
  for (let current = folder; ; current = posix.dirname(current)) {
    const prefix = current === '.' ? '' : `${current}/`;
    if (PROJECT_FILES.some((name) => paths.has(prefix + name))) return current;
    if (current === '.' || current === '/' || current === '') return undefined;
  }
}

const isLink = (entry: TreeEntry): boolean => entry.mode === '120000';

export async function copyCommit(
  top: string,
  commit: string,
  options: { cwd: string; folder: string; maxBytes?: number },
): Promise<CommitCopy> {
  const realTop = await realpath(top);
  const realCwd = await realpath(options.cwd).catch(() => resolve(options.cwd));
  const base = await mkdtemp(join(tmpdir(), 'gkml-diff-'));
  const dispose = () => rm(base, { recursive: true, force: true });
  const copy = {
    cwd: mirror(base, realCwd),
    folder: mirror(base, resolve(realCwd, options.folder)),
    dispose,
  };
  try {
    const entries = await listTree(top, commit);
    const wanted = relative(realTop, resolve(realCwd, options.folder)).split(sep).join('/');
    const root = rootIn(new Set(entries.map((e) => e.path)), wanted === '' ? '.' : wanted);
    if (root === undefined || wanted.startsWith('..')) return { ...copy, found: false };
    const under = root === '.' ? '' : `${root}/`;
    const files = entries.filter(
      (e) => e.path.startsWith(under) && (isLink(e) || /\.ya?ml$/iu.test(e.path)),
    );
    await writeEntries(mirror(base, realTop), top, files, options.maxBytes ?? DEFAULT_MAX_BYTES);
    return { ...copy, found: true };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/**
 * Writes the files; a file over the size limit becomes a sparse file of its size, which the loader
 * reports as too large without anyone reading it into memory.
 */
async function writeEntries(
  into: string,
  top: string,
  entries: readonly TreeEntry[],
  maxBytes: number,
): Promise<void> {
  const small = entries.filter((e) => isLink(e) || e.size <= maxBytes);
  const blobs = await readBlobs(
    top,
    small.map((e) => e.object),
  );
  for (const entry of entries) {
    const path = join(into, ...entry.path.split('/'));
    await mkdir(dirname(path), { recursive: true });
    const bytes = blobs.get(entry.object);
    if (isLink(entry)) {
      // The link keeps its target; the loader decides, as in a checkout, whether it may follow it.
      if (bytes) await symlink(bytes.toString('utf8'), path).catch(() => undefined);
    } else if (bytes) {
      await writeFile(path, bytes);
    } else {
      await writeFile(path, '');
      await truncate(path, entry.size);
    }
  }
}
