import { mkdir, mkdtemp, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOutput, hashOf, type Artifact } from '../../src/io/output/build.js';
import { openOutput } from '../../src/io/output/target.js';

const artifact = (path: string, content: string, onRender?: () => void): Artifact => ({
  path,
  key: hashOf(content),
  render: () => {
    onRender?.();
    return content;
  },
});

async function tempOut(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'gkml-out-')), 'out');
}

describe('buildOutput', () => {
  it('renders everything once, then nothing when no key changed', async () => {
    const out = await tempOut();
    let renders = 0;
    const count = (): void => {
      renders++;
    };
    const set = [artifact('a.txt', 'A', count), artifact('sub/b.txt', 'B', count)];
    expect(await buildOutput(out, set)).toEqual({ rendered: 2, reused: 0, unchanged: false });
    const before = await stat(join(out, 'a.txt'));
    expect(await buildOutput(out, set)).toEqual({ rendered: 0, reused: 2, unchanged: true });
    expect(renders).toBe(2);
    expect((await stat(join(out, 'a.txt'))).mtimeMs).toBe(before.mtimeMs);
  });

  it('re-renders only what changed and carries the rest over', async () => {
    const out = await tempOut();
    await buildOutput(out, [artifact('a.txt', 'A'), artifact('b.txt', 'B')]);
    const inodeA = (await stat(join(out, 'a.txt'))).ino;
    const result = await buildOutput(out, [artifact('a.txt', 'A'), artifact('b.txt', 'B2')]);
    expect(result).toEqual({ rendered: 1, reused: 1, unchanged: false });
    expect(await readFile(join(out, 'b.txt'), 'utf8')).toBe('B2');
    expect((await stat(join(out, 'a.txt'))).ino).toBe(inodeA);
  });

  it('drops artifacts that are no longer built', async () => {
    const out = await tempOut();
    await buildOutput(out, [artifact('a.txt', 'A'), artifact('gone.txt', 'G')]);
    await buildOutput(out, [artifact('a.txt', 'A')]);
    expect((await readdir(out)).sort()).toEqual(['.gkml', 'a.txt']);
  });

  it('leaves the previous output intact when a render fails', async () => {
    const out = await tempOut();
    await buildOutput(out, [artifact('a.txt', 'A')]);
    const failing: Artifact = {
      path: 'b.txt',
      key: 'x',
      render: () => {
        throw new Error('render failed');
      },
    };
    await expect(buildOutput(out, [artifact('a.txt', 'A2'), failing])).rejects.toThrow(
      'render failed',
    );
    expect(await readFile(join(out, 'a.txt'), 'utf8')).toBe('A');
    expect(await readdir(join(out, '..'))).toEqual(['out']);
  });

  it('repairs an output moved aside by a run killed mid-swap', async () => {
    const out = await tempOut();
    await buildOutput(out, [artifact('a.txt', 'A')]);
    await rename(out, `${out}.gkml-old-0123456789`);
    await mkdir(`${out}.gkml-tmp-abcdef`);
    await writeFile(join(`${out}.gkml-tmp-abcdef`, 'half.txt'), 'half');
    // Opening the folder (under its lock) repairs it; the build then finds nothing to do.
    const opened = await openOutput(out, {
      replace: false,
      command: 'compile',
      owner: { pid: 1, isAlive: () => true },
    });
    expect(opened.ok).toBe(true);
    if (opened.ok) await opened.close();
    expect(await buildOutput(out, [artifact('a.txt', 'A')])).toMatchObject({ unchanged: true });
    expect(await readdir(join(out, '..'))).toEqual(['out']);
  });
});
