/**
 * Issue 13, the output writer's cases: one writer at a time (1), a symlinked --out (7), keys that
 * cover every input (8), outputs independent of the working folder (9), the --out segment test (13),
 * --force and --replace (14), environment faults (17). Each test failed before the writer was one.
 * Then the spare beside --out (the output a build replaced, brought up to date by the next one):
 * every build through it equals a fresh build, for every command, through a symlinked --out too.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { environmentFault, faultDetail } from '../../src/cli/environment-fault.js';
import { lockPath } from '../../src/io/output/lock.js';
import { sparePath } from '../../src/io/output/spare.js';
import { BIN, copyExamples, runInProcess, TEST_TODAY } from '../helpers/cli.js';
import { tempFolder } from '../helpers/git.js';
import { expectNoStack, initCounty } from './repo.js';
import { differences, folders, leftovers, tree } from './tree.js';

const work = tempFolder('gkml-hard-writer-');
const repo = join(work.path, 'repo');
afterAll(() => {
  work.remove();
});
beforeAll(async () => {
  await initCounty(repo);
});

const compile = (out: string, ...extra: string[]) =>
  runInProcess(['compile', 'repo', '--out', out, ...extra], { cwd: work.path });

function manifestFiles(out: string): string[] {
  const manifest = JSON.parse(readFileSync(join(out, '.gkml/manifest.json'), 'utf8')) as {
    artifacts: Record<string, string>;
  };
  return Object.keys(manifest.artifacts);
}

describe('one writer per output folder (case 1)', () => {
  it('a live lock refuses the run with exit 2 and leaves the output as it was', async () => {
    const out = join(work.path, 'locked');
    expect((await compile(out)).exitCode).toBe(0);
    const before = tree(out);
    writeFileSync(lockPath(out), JSON.stringify({ pid: process.pid, host: hostname() }));
    // A changed input, so that the run would build if it were not refused.
    writeFileSync(join(work.path, 'repo/notes.yaml'), 'x: 1\n');
    const t = await compile(out);
    rmSync(join(work.path, 'repo/notes.yaml'));
    expectNoStack(t);
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain(`进程 ${process.pid}`);
    expect(differences(before, tree(out))).toEqual([]);
    rmSync(lockPath(out));
  });

  it('a stale lock (its process has ended) is taken over and removed', async () => {
    const out = join(work.path, 'stale');
    const ended = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(lockPath(out), JSON.stringify({ pid: ended, host: hostname() }));
    expect((await compile(out)).exitCode).toBe(0);
    expect(existsSync(lockPath(out))).toBe(false);
  });

  it('"nothing changed" checks that the listed files exist, and rebuilds the missing', async () => {
    const out = join(work.path, 'pruned');
    expect((await compile(out)).exitCode).toBe(0);
    const files = manifestFiles(out);
    for (const file of files.filter((_, index) => index % 2 === 0)) rmSync(join(out, file));
    const t = await compile(out);
    expect(t.exitCode).toBe(0);
    expect(t.stderr).not.toContain('输入没有变化');
    for (const file of files) expect(existsSync(join(out, file)), file).toBe(true);
  });

  it('two compiles into one folder: each ends 0 or refused, the output is whole', async () => {
    const out = join(work.path, 'race');
    const run = () =>
      new Promise<{ code: number | null; stderr: string }>((done) => {
        const child = spawn(process.execPath, [BIN, 'compile', 'repo', '--out', out], {
          cwd: work.path,
          env: { PATH: process.env.PATH ?? '', GKML_TODAY: TEST_TODAY, NO_COLOR: '1' },
        });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (code) => {
          done({ code, stderr });
        });
      });
    const results = await Promise.all([run(), run(), run()]);
    for (const result of results) {
      expect(result.stderr).not.toMatch(/\n\s+at /u);
      expect([0, 2]).toContain(result.code);
    }
    expect(results.some((result) => result.code === 0)).toBe(true);
    for (const file of manifestFiles(out)) expect(existsSync(join(out, file)), file).toBe(true);
    expect(leftovers(work.path)).toEqual([]);
  });
});

describe('a symlinked --out (case 7)', () => {
  it('is built inside its target; the link stays a link', async () => {
    const target = join(work.path, 'real-site');
    const link = join(work.path, 'site-link');
    mkdirSync(target);
    symlinkSync(target, link);
    for (let run = 0; run < 2; run++) {
      expect((await compile(link)).exitCode).toBe(0);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(existsSync(join(target, 'index.html'))).toBe(true);
    }
  });

  it('keeps its spare beside the target, not beside the link, and builds through it', async () => {
    const copy = copyExamples(work.path, 'linked-repo');
    const target = join(work.path, 'linked-real');
    const link = join(work.path, 'linked-out');
    mkdirSync(target);
    symlinkSync(target, link);
    const at = (out: string) => runInProcess(['compile', copy, '--out', out], { cwd: work.path });
    for (const name of ['北坡乡卫生院', '北坡乡卫生服务中心']) {
      expect((await at(link)).exitCode).toBe(0);
      editFile(
        join(copy, 'yunchuan/liulin/beipo/health.yaml'),
        /北坡乡人民政府（卫生院）|北坡乡卫生院/u,
        name,
      );
    }
    expect((await at(link)).exitCode).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(existsSync(sparePath(target))).toBe(true);
    expect(existsSync(sparePath(link))).toBe(false);
    expect((await at(join(work.path, 'linked-fresh'))).exitCode).toBe(0);
    expect(differences(tree(target), tree(join(work.path, 'linked-fresh')))).toEqual([]);
  });

  it('a link into the repository is refused', async () => {
    symlinkSync(join(repo, 'sub'), join(work.path, 'into-repo'));
    const t = await compile(join(work.path, 'into-repo'));
    expect(t.exitCode).toBe(2);
  });
});

describe('keys cover every input (case 8): incremental equals fresh', () => {
  const variants: [string, (folder: string) => void, string[]][] = [
    [
      'gkml.yaml',
      (folder) => {
        writeFileSync(join(folder, 'gkml.yaml'), 'example: true\n');
      },
      [],
    ],
    [
      'a catalog',
      (folder) => {
        appendBody(join(folder, 'health.yaml'));
      },
      [],
    ],
    ['the date of the data', () => undefined, ['--date', '2026-01-02']],
    ['the channel style', () => undefined, ['--channels', 'list']],
  ];
  for (const [name, change, options] of variants) {
    it(`after a change of ${name}`, async () => {
      const copy = join(work.path, `keys-${name.replace(/\W/gu, '')}`);
      cpSync(repo, copy, { recursive: true });
      const at = (out: string, ...extra: string[]) =>
        runInProcess(['compile', copy, '--out', out, ...extra], { cwd: work.path });
      const incremental = `${copy}-inc`;
      expect((await at(incremental)).exitCode).toBe(0);
      change(copy);
      expect((await at(incremental, ...options)).exitCode).toBe(0);
      expect((await at(`${copy}-fresh`, ...options)).exitCode).toBe(0);
      expect(differences(tree(incremental), tree(`${copy}-fresh`))).toEqual([]);
    });
  }

  it('after a change of today (GKML_TODAY), for the date-dependent findings', async () => {
    const copy = join(work.path, 'keys-today');
    cpSync(repo, copy, { recursive: true });
    const at = async (out: string, today: string) =>
      (
        await runInProcess(['compile', copy, '--out', out, '--date', '2026-01-01'], {
          cwd: work.path,
          today,
        })
      ).exitCode;
    expect(await at(`${copy}-inc`, '2026-06-30')).toBe(0);
    expect(await at(`${copy}-inc`, '2031-06-30')).toBe(0);
    expect(await at(`${copy}-fresh`, '2031-06-30')).toBe(0);
    expect(differences(tree(`${copy}-inc`), tree(`${copy}-fresh`))).toEqual([]);
  });
});

describe('outputs do not depend on the working folder (case 9)', () => {
  it('compile from inside the repository equals compile from above it', async () => {
    const inside = await runInProcess(['compile', '.', '--out', '../cwd-a'], { cwd: repo });
    const above = await runInProcess(['compile', 'repo', '--out', 'cwd-b'], { cwd: work.path });
    expect([inside.exitCode, above.exitCode]).toEqual([0, 0]);
    expect(differences(tree(join(work.path, 'cwd-a')), tree(join(work.path, 'cwd-b')))).toEqual([]);
  });
});

describe('--out is compared by path segments (case 13)', () => {
  it('refuses repo/..out (inside the repository), accepts a sibling named repo-out', async () => {
    const refused = await compile('repo/..out');
    expect(refused.exitCode).toBe(2);
    expect(existsSync(join(repo, '..out'))).toBe(false);
    expect((await compile('repo-out')).exitCode).toBe(0);
  });
});

describe('--force and --replace (case 14)', () => {
  it('--force does not replace a stranger’s folder; --replace does', async () => {
    const out = join(work.path, 'stranger');
    mkdirSync(out);
    writeFileSync(join(out, 'thesis.docx'), 'mine');
    const forced = await compile(out, '--force');
    expect(forced.exitCode).toBe(2);
    expect(forced.stderr).toContain('--replace');
    expect(readFileSync(join(out, 'thesis.docx'), 'utf8')).toBe('mine');
    expect((await compile(out, '--replace')).exitCode).toBe(0);
    expect(existsSync(join(out, 'thesis.docx'))).toBe(false);
  });

  it('an output without regions never replaces a previous one', async () => {
    const empty = join(work.path, 'no-regions');
    mkdirSync(empty);
    writeFileSync(join(empty, 'gkml.yaml'), 'example: true\n');
    const out = join(work.path, 'kept');
    expect((await compile(out)).exitCode).toBe(0);
    const before = tree(out);
    const t = await runInProcess(['compile', empty, '--out', out, '--force'], { cwd: work.path });
    expectNoStack(t);
    expect(t.exitCode).not.toBe(0);
    expect(differences(before, tree(out))).toEqual([]);
  });
});

describe('one command per output folder', () => {
  it('export or site into a compiled folder is refused (exit 2, nothing touched); --replace replaces it', async () => {
    const out = join(work.path, 'compiled');
    expect((await compile(out)).exitCode).toBe(0);
    const before = tree(out);
    for (const command of ['export', 'site']) {
      const t = await runInProcess([command, 'repo', '--out', out], { cwd: work.path });
      expectNoStack(t);
      expect(t.exitCode).toBe(2);
      expect(t.stderr).toContain(`gkml compile 的输出`);
      expect(t.stderr).toContain('--replace');
      expect(differences(before, tree(out))).toEqual([]);
    }
    const replaced = await runInProcess(['export', 'repo', '--out', out, '--replace'], {
      cwd: work.path,
    });
    expect(replaced.exitCode).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    // Now the folder is export's: exporting again needs no --replace, compiling does.
    expect(
      (await runInProcess(['export', 'repo', '--out', out], { cwd: work.path })).exitCode,
    ).toBe(0);
    expect((await compile(out)).exitCode).toBe(2);
  });
});

describe('the spare beside --out', () => {
  /** Compiles `repo` into `out` and into a new folder; the two are equal, files and folders. */
  async function expectLikeFresh(args: string[], out: string, name: string): Promise<void> {
    for (const folder of [out, join(work.path, `${name}-fresh`)]) {
      const t = await runInProcess([...args, '--out', folder], { cwd: work.path });
      expect(t.exitCode, `gkml ${args.join(' ')}: ${t.stderr}`).toBe(0);
    }
    const other = join(work.path, `${name}-fresh`);
    expect(differences(tree(out), tree(other))).toEqual([]);
    expect(folders(out)).toEqual(folders(other));
    rmSync(other, { recursive: true });
  }

  it('every compile through it equals a fresh compile, files and folders', async () => {
    const copy = copyExamples(work.path, 'spare-repo');
    const out = join(work.path, 'spare-out');
    const args = ['compile', copy];
    await expectLikeFresh(args, out, 'spare');
    const township = join(copy, 'yunchuan/liulin/beipo');
    editFile(join(township, 'health.yaml'), '北坡乡人民政府（卫生院）', '北坡乡卫生院');
    await expectLikeFresh(args, out, 'spare');
    expect(existsSync(sparePath(out))).toBe(true);
    // A county's catalog, then the township back as it was: the spare holds its older files.
    editFile(
      join(copy, 'yunchuan/liulin/health.yaml'),
      /subject: .*/u,
      'subject: 柳林县卫生健康局（测试）',
    );
    await expectLikeFresh(args, out, 'spare');
    editFile(join(township, 'health.yaml'), '北坡乡卫生院', '北坡乡人民政府（卫生院）');
    await expectLikeFresh(args, out, 'spare');
    editFile(join(copy, 'yunchuan/region.yaml'), /name: .*/u, 'name: 云川市（测试）');
    await expectLikeFresh(args, out, 'spare');
    expect(leftovers(work.path)).toEqual([]);
  }, 300_000);

  it('compile, export and site take turns in one folder (--replace): each equals a fresh build', async () => {
    const out = join(work.path, 'turns');
    const turns = [
      ['compile', 'repo'],
      ['compile', 'repo', '--channels', 'list'],
      ['export', 'repo', '--replace'],
      ['export', 'repo', '--format', 'csv'],
      ['export', 'repo'],
      ['site', 'repo', '--replace'],
      ['site', 'repo', '--lang', 'en'],
      ['compile', 'repo', '--replace'],
    ];
    for (const [index, args] of turns.entries()) {
      await expectLikeFresh(args, out, `turns-${index}`);
    }
    expect(leftovers(work.path)).toEqual([]);
  }, 300_000);
});

describe('environment faults (case 17)', () => {
  it('an --out through a file is one line, exit 2', async () => {
    writeFileSync(join(work.path, 'a-file'), '');
    const t = await compile('a-file/out');
    expectNoStack(t);
    expect(t.exitCode).toBe(2);
    expect(t.stderr.trim().split('\n')).toHaveLength(1);
    expect(t.stderr).toContain('a-file');
  });

  it('a full disk is named with its path', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
      path: '/srv/site.gkml-tmp-1/index.html',
    });
    expect(environmentFault(full)?.en).toBe(
      'A file operation failed: /srv/site.gkml-tmp-1/index.html: no space left on the device (ENOSPC). The previous output is intact.',
    );
    expect(environmentFault(new Error('a bug'))).toBeUndefined();
  });

  it('a file that cannot be written says why in the chosen language', async () => {
    writeFileSync(join(work.path, 'a-file'), '');
    const t = await runInProcess(
      [
        'init',
        join(work.path, 'a-file', 'r'),
        '--code',
        '410102',
        '--name',
        '测试区',
        '--level',
        '县级',
      ],
      { cwd: work.path },
    );
    expectNoStack(t);
    expect(t.stderr).toMatch(/^gkml: 无法写入 .*：.*路径中有一段是文件，不是文件夹（ENOTDIR）\n$/u);
    const detail = faultDetail(new Error('something else'));
    expect(detail).toEqual({ zh: 'something else', en: 'something else' });
  });
});

function editFile(path: string, from: string | RegExp, to: string): void {
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`nothing to replace in ${path}`);
  writeFileSync(path, changed);
}

function appendBody(path: string): void {
  writeFileSync(
    path,
    readFileSync(path, 'utf8').replace(/subject: .*/u, 'subject: 测试区卫生健康局'),
  );
}

function hostname(): string {
  return spawnSync('hostname', { encoding: 'utf8' }).stdout.trim();
}
