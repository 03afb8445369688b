/**
 * The writer never fails a build because of its spare: a file-system error while the spare is being
 * brought up to date (here a write that fails once) and the build is made again in a fresh folder.
 * A failure of the caller's own code (a render) is not retried. Separate from output-build.test.ts:
 * it replaces `writeFile` for the whole file.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempFolder } from '../helpers/git.js';
import { buildOutput, hashOf, type Artifact } from '../../src/io/output/build.js';
import { sparePath } from '../../src/io/output/spare.js';

/** The next write into the spare being updated fails with EIO when set. */
const fault = { armed: false, hits: 0 };

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile: typeof real.writeFile = (path, ...rest) => {
    if (fault.armed && typeof path === 'string' && path.includes('.gkml-tmp-')) {
      fault.armed = false;
      fault.hits++;
      return Promise.reject(
        Object.assign(new Error(`EIO: i/o error, write '${path}'`), { code: 'EIO' }),
      );
    }
    return real.writeFile(path, ...rest);
  };
  return { ...real, writeFile };
});

const plan = (files: Record<string, string>): Artifact[] =>
  Object.entries(files).map(([path, content]) => ({
    path,
    key: hashOf(content),
    render: () => content,
  }));

// Every case's folder inside one, removed at the end (the spare beside each `out` too).
const work = tempFolder('gkml-out-');
afterAll(() => {
  work.remove();
});

const tempOut = async () => join(await mkdtemp(join(work.path, 'case-')), 'out');

beforeEach(() => {
  Object.assign(fault, { armed: false, hits: 0 });
});

describe('buildOutput when bringing the spare up to date fails', () => {
  it('builds afresh: the build succeeds and equals a fresh one', async () => {
    const out = await tempOut();
    await buildOutput(out, plan({ 'a.txt': 'A', 'b.txt': 'B' }));
    await buildOutput(out, plan({ 'a.txt': 'A2', 'b.txt': 'B' }));
    fault.armed = true;
    const result = await buildOutput(out, plan({ 'a.txt': 'A3', 'b.txt': 'B' }));
    expect(fault.hits).toBe(1);
    // Rendered once in the spare (then the write failed), once in the fresh folder.
    expect(result).toEqual({ rendered: 1, reused: 1, unchanged: false });
    expect(await readFile(join(out, 'a.txt'), 'utf8')).toBe('A3');
    expect(await readFile(join(out, 'b.txt'), 'utf8')).toBe('B');
    await expect(readFile(join(sparePath(out), 'a.txt'), 'utf8')).resolves.toBe('A2');
  });

  it('the harness can fail: without the fallback the fault would fail the build', async () => {
    const out = await tempOut();
    await buildOutput(out, plan({ 'a.txt': 'A' }));
    fault.armed = true;
    // No spare yet: the fresh folder's write fails, and nothing is left to fall back to.
    await expect(buildOutput(out, plan({ 'a.txt': 'A2' }))).rejects.toThrow('EIO');
    expect(await readFile(join(out, 'a.txt'), 'utf8')).toBe('A');
  });

  it('a render that fails is not retried without the spare', async () => {
    const out = await tempOut();
    await buildOutput(out, plan({ 'a.txt': 'A' }));
    await buildOutput(out, plan({ 'a.txt': 'A2' }));
    let renders = 0;
    const failing: Artifact = {
      path: 'a.txt',
      key: 'x',
      render: () => {
        renders++;
        throw new Error('render failed');
      },
    };
    await expect(buildOutput(out, [failing])).rejects.toThrow('render failed');
    expect(renders).toBe(1);
    expect(await readFile(join(out, 'a.txt'), 'utf8')).toBe('A2');
  });
});
