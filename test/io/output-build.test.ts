import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import {
  link,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/git.js';
import {
  buildOutput,
  hashOf,
  type Artifact,
  type BuildOptions,
} from '../../src/io/output/build.js';
import { sparePath } from '../../src/io/output/spare.js';
import { openOutput } from '../../src/io/output/target.js';

const artifact = (path: string, content: string, onRender?: () => void): Artifact => ({
  path,
  key: hashOf(content),
  render: () => {
    onRender?.();
    return content;
  },
});

// Every case's folder inside one, removed at the end: the spare and moved-aside outputs beside each
// `out` would otherwise stay in the system's temporary folder.
const work = tempFolder('gkml-out-');
afterAll(() => {
  work.remove();
});

async function tempOut(): Promise<string> {
  return join(await mkdtemp(join(work.path, 'case-')), 'out');
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

/** Every folder and file under `folder`, with each file's bytes: `d path` and `f path bytes`. */
function snapshot(folder: string): string[] {
  const entries: string[] = [];
  const walk = (relative: string): void => {
    for (const entry of readdirSync(join(folder, relative), { withFileTypes: true })) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        entries.push(`d ${path}`);
        walk(path);
      } else {
        entries.push(`f ${path} ${readFileSync(join(folder, path)).toString('base64')}`);
      }
    }
  };
  walk('');
  return entries.sort();
}

/** What a fresh build of `artifacts` (into a folder of its own) holds. */
async function fresh(
  artifacts: readonly Artifact[],
  options: BuildOptions = {},
): Promise<string[]> {
  const out = await tempOut();
  await buildOutput(out, artifacts, options);
  return snapshot(out);
}

/** Artifacts from path → content. */
const plan = (files: Record<string, string>): Artifact[] =>
  Object.entries(files).map(([path, content]) => artifact(path, content));

const inode = (path: string): number => statSync(path).ino;

describe('buildOutput through the spare (<out>.gkml-spare)', () => {
  const versions: Record<string, string>[] = [
    { 'a.txt': 'A', 'b/c.txt': 'C', 'b/d.txt': 'D', 'deep/er/e.txt': 'E', 'f.txt': 'F' },
    // changed, kept, removed (with its folders), added, a file that becomes a folder
    { 'a.txt': 'A2', 'b/c.txt': 'C', 'b/d.txt': 'D', 'f.txt/g.txt': 'G', 'h/i.txt': 'I' },
    // back to a key only the spare holds, a folder that becomes a file, more removed
    { 'a.txt': 'A', 'b/c.txt': 'C3', h: 'H', 'f.txt/g.txt': 'G', 'deep/er/e.txt': 'E' },
    { 'a.txt': 'A4', 'b/c.txt': 'C3' },
  ];

  it('keeps the replaced output as the spare; each later build equals a fresh one, tree and bytes', async () => {
    const out = await tempOut();
    await buildOutput(out, plan(versions[0] ?? {}));
    const firstFolder = inode(out);
    expect(existsSync(sparePath(out))).toBe(false);
    for (const [index, files] of versions.slice(1).entries()) {
      await buildOutput(out, plan(files));
      expect(snapshot(out), `version ${index + 1}`).toEqual(await fresh(plan(files)));
      expect(existsSync(sparePath(out))).toBe(true);
      expect((await readdir(join(out, '..'))).sort()).toEqual(['out', 'out.gkml-spare']);
    }
    // The outputs alternate between two folders: the third build was made in the first's.
    expect(inode(sparePath(out))).toBe(firstFolder);
    // Git does not list the spare (an output's own name in .gitignore does not cover it).
    expect(await readFile(join(sparePath(out), '.gitignore'), 'utf8')).toBe('*\n');
  });

  it('renders only what neither the spare nor the live output has, and touches nothing kept', async () => {
    const out = await tempOut();
    const renders: string[] = [];
    const counted = (files: Record<string, string>) =>
      Object.entries(files).map(([path, content]) =>
        artifact(path, content, () => renders.push(path)),
      );
    await buildOutput(out, counted({ 'a.txt': 'A', 'b.txt': 'B', 'c.txt': 'C' }));
    await buildOutput(out, counted({ 'a.txt': 'A', 'b.txt': 'B2', 'c.txt': 'C' }));
    const spareA = inode(join(sparePath(out), 'a.txt'));
    renders.length = 0;
    // b back to B: the spare has it; c changes: rendered.
    const result = await buildOutput(out, counted({ 'a.txt': 'A', 'b.txt': 'B', 'c.txt': 'C3' }));
    expect(result).toEqual({ rendered: 1, reused: 2, unchanged: false });
    expect(renders).toEqual(['c.txt']);
    expect(inode(join(out, 'a.txt'))).toBe(spareA);
    expect(await readFile(join(out, 'b.txt'), 'utf8')).toBe('B');
  });

  it('never writes into a file the live output shares: a new file is a new inode', async () => {
    const out = await tempOut();
    const held = join(out, '..', 'held-b.txt');
    await buildOutput(out, plan({ 'a.txt': 'A', 'b.txt': 'B' }));
    // b unchanged: the live output's b.txt and the spare's are one inode, held here too.
    await buildOutput(out, plan({ 'a.txt': 'A2', 'b.txt': 'B' }));
    await link(join(out, 'b.txt'), held);
    await buildOutput(out, plan({ 'a.txt': 'A3', 'b.txt': 'B3' }));
    expect(await readFile(join(out, 'b.txt'), 'utf8')).toBe('B3');
    expect(await readFile(held, 'utf8')).toBe('B');
    // The spare (the output just replaced) still holds B under key B: building B again takes it.
    expect(await readFile(join(sparePath(out), 'b.txt'), 'utf8')).toBe('B');
    await buildOutput(out, plan({ 'a.txt': 'A3', 'b.txt': 'B' }));
    expect(await readFile(join(out, 'b.txt'), 'utf8')).toBe('B');
  });

  it('a file put into the output by hand does not come back through the spare', async () => {
    const out = await tempOut();
    await buildOutput(out, plan({ 'a.txt': 'A', 'sub/b.txt': 'B' }));
    await writeFile(join(out, 'stray.txt'), 'stray');
    await writeFile(join(out, 'sub/stray.txt'), 'stray');
    await buildOutput(out, plan({ 'a.txt': 'A2', 'sub/b.txt': 'B' }));
    await buildOutput(out, plan({ 'a.txt': 'A3', 'sub/b.txt': 'B' }));
    expect(snapshot(out)).toEqual(await fresh(plan({ 'a.txt': 'A3', 'sub/b.txt': 'B' })));
  });

  const spoiled: [string, (spare: string) => Promise<void>][] = [
    ['without a manifest', (spare) => rm(join(spare, '.gkml/manifest.json'))],
    ['with a corrupt manifest', (spare) => writeFile(join(spare, '.gkml/manifest.json'), '{"to')],
    [
      'written by another command',
      async (spare) => {
        const path = join(spare, '.gkml/manifest.json');
        const manifest = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
        await writeFile(path, JSON.stringify({ ...manifest, command: 'export' }));
      },
    ],
    [
      'of a shard',
      async (spare) => {
        const path = join(spare, '.gkml/manifest.json');
        const manifest = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
        await writeFile(
          path,
          JSON.stringify({ ...manifest, shard: { index: 1, count: 2, inputs: 'x' } }),
        );
      },
    ],
  ];
  for (const [name, spoil] of spoiled) {
    it(`a spare ${name} is not used (a fresh folder is built) and is deleted`, async () => {
      const out = await tempOut();
      const site = { command: 'site' } as const;
      await buildOutput(out, plan({ 'a.txt': 'A', 'b.txt': 'B' }), site);
      await buildOutput(out, plan({ 'a.txt': 'A2', 'b.txt': 'B' }), site);
      const spare = sparePath(out);
      await spoil(spare);
      // A file a trusted spare would keep, wrong: it must not reach the output.
      await rm(join(spare, 'a.txt'));
      await writeFile(join(spare, 'a.txt'), 'wrong');
      await buildOutput(out, plan({ 'a.txt': 'A', 'b.txt': 'B3' }), site);
      expect(snapshot(out)).toEqual(await fresh(plan({ 'a.txt': 'A', 'b.txt': 'B3' }), site));
      expect(await readdir(join(out, '..'))).toEqual(['out', 'out.gkml-spare']);
    });
  }

  it('a symlink named like the spare is not followed', async () => {
    const out = await tempOut();
    const elsewhere = join(out, '..', 'elsewhere');
    await buildOutput(out, plan({ 'a.txt': 'A' }));
    await mkdir(join(elsewhere, '.gkml'), { recursive: true });
    await writeFile(
      join(elsewhere, '.gkml/manifest.json'),
      await readFile(join(out, '.gkml/manifest.json')),
    );
    await writeFile(join(elsewhere, 'a.txt'), 'A');
    await writeFile(join(elsewhere, 'mine.txt'), 'mine');
    await symlink(elsewhere, sparePath(out));
    await buildOutput(out, plan({ 'a.txt': 'A', 'b.txt': 'B' }));
    expect(snapshot(out)).toEqual(await fresh(plan({ 'a.txt': 'A', 'b.txt': 'B' })));
    expect(await readFile(join(elsewhere, 'mine.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(elsewhere, '.gkml/manifest.json'))).toBe(true);
  });

  it('another command’s output is not kept as a spare', async () => {
    const out = await tempOut();
    await buildOutput(out, plan({ 'a.txt': 'A' }), { command: 'compile' });
    await buildOutput(out, plan({ 'a.txt': 'A2' }), { command: 'export' });
    expect(existsSync(sparePath(out))).toBe(false);
    await buildOutput(out, plan({ 'a.txt': 'A3' }), { command: 'export' });
    expect(existsSync(sparePath(out))).toBe(true);
  });

  it('a build that fails leaves the live output as it was, and no half-updated spare', async () => {
    const out = await tempOut();
    await buildOutput(out, plan({ 'a.txt': 'A', 'b.txt': 'B', 'c.txt': 'C' }));
    await buildOutput(out, plan({ 'a.txt': 'A2', 'b.txt': 'B', 'c.txt': 'C' }));
    const live = snapshot(out);
    const failing: Artifact = {
      path: 'z.txt',
      key: 'z',
      render: () => {
        throw new Error('render failed');
      },
    };
    await expect(
      buildOutput(out, [...plan({ 'a.txt': 'A3', 'b.txt': 'B3' }), failing]),
    ).rejects.toThrow('render failed');
    expect(snapshot(out)).toEqual(live);
    // The spare was taken (and pruned) for the build: it is gone, never left half-updated.
    expect(await readdir(join(out, '..'))).toEqual(['out']);
    await buildOutput(out, plan({ 'a.txt': 'A3', 'b.txt': 'B3' }));
    expect(snapshot(out)).toEqual(await fresh(plan({ 'a.txt': 'A3', 'b.txt': 'B3' })));
  });

  it('a spare a killed run was bringing up to date is a temporary folder that recovery deletes', async () => {
    const out = await tempOut();
    await buildOutput(out, plan({ 'a.txt': 'A', 'b.txt': 'B' }));
    await buildOutput(out, plan({ 'a.txt': 'A2', 'b.txt': 'B' }));
    // What a run killed while pruning the spare leaves: the spare under a temporary name, its
    // manifest gone, some files deleted.
    const taken = `${out}.gkml-tmp-0123456789`;
    await rename(sparePath(out), taken);
    await rm(join(taken, '.gkml/manifest.json'));
    await rm(join(taken, 'a.txt'));
    const opened = await openOutput(out, {
      replace: false,
      command: 'compile',
      owner: { pid: 1, isAlive: () => true },
    });
    if (opened.ok) await opened.close();
    expect(await readdir(join(out, '..'))).toEqual(['out']);
    await buildOutput(out, plan({ 'a.txt': 'A', 'b.txt': 'B3' }));
    expect(snapshot(out)).toEqual(await fresh(plan({ 'a.txt': 'A', 'b.txt': 'B3' })));
  });
});
