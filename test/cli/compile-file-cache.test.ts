/**
 * compile's file cache (issue 14, `<out>.gkml-cache/current/files/`): a compile that reuses it equals a fresh
 * compile after each kind of change; an entry of this build is used; a truncated part or one of
 * another build is ignored and rebuilt, never trusted.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonPath, Span } from '../../src/core/diagnostics/index.js';
import { hashBytes } from '../../src/core/util/hash.js';
import { fileCacheKey } from '../../src/io/file-cache/key.js';
import { parseBytes } from '../../src/io/load-yaml.js';
import { CACHE_PARTS, outputCachePath } from '../../src/io/cache-folder.js';
import { copyExamples, REPO_ROOT, runInProcess } from '../helpers/cli.js';
import { tempFolder } from '../helpers/git.js';
import { built, differences } from '../hardening/tree.js';

const work = tempFolder('gkml-file-cache-');
afterAll(() => {
  work.remove();
});

const compile = async (repo: string, out: string, today?: string) =>
  (await runInProcess(['compile', repo, '--out', out], { cwd: work.path, ...(today && { today }) }))
    .exitCode;

function edit(path: string, from: string | RegExp, to: string): void {
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`nothing to replace in ${path}`);
  writeFileSync(path, changed);
}

/** The township catalog every case changes (the kinds case changes more). */
function editTownship(repo: string): void {
  edit(join(repo, 'yunchuan/liulin/beipo/health.yaml'), '北坡乡人民政府（卫生院）', '北坡乡卫生院');
}

let fresh = 0;
/** The incremental output equals a compile of the same repository into a new folder. */
async function expectEqualsFresh(repo: string, out: string, today?: string): Promise<void> {
  const other = join(work.path, `fresh-${++fresh}`);
  expect(await compile(repo, other, today)).toBe(0);
  expect(differences(built(out), built(other))).toEqual([]);
}

interface Row {
  file: string;
  hash: string;
  entry: {
    parse?: { ok: boolean; index?: number };
    rules?: { diagnostics: unknown[] };
    spans?: Record<string, Span | null>;
    lines?: unknown;
  };
}

/**
 * Every part of an output's cache, read with the test's own eyes: the length of its header, the
 * header, then its catalogs' data (src/io/file-cache/store.ts).
 */
function parts(out: string): Part[] {
  const folder = join(outputCachePath(out), CACHE_PARTS.files);
  return readdirSync(folder).map((name) => {
    const bytes = readFileSync(join(folder, name));
    const start = 4 + bytes.readUInt32LE(0);
    const header = deserialize(bytes.subarray(4, start)) as {
      format: number;
      key: string;
      files: [string, string, Row['entry']][];
      data: { length: number; hash: string };
    };
    const rows = header.files.map(([file, hash, entry]) => ({ file, hash, entry }));
    const data = bytes.subarray(start);
    return { path: join(folder, name), format: header.format, key: header.key, rows, data };
  });
}

interface Part {
  path: string;
  format: number;
  key: string;
  rows: Row[];
  /** The catalogs' data, serialized together; a catalog's `parse.index` is its place in it. */
  data: Buffer;
}

/** Writes `part` back, under `key`, in place of the file it was read from. */
function rewrite(part: Part, key = part.key, data = part.data): void {
  const files = part.rows.map((row) => [row.file, row.hash, row.entry]);
  const about = { length: data.length, hash: hashBytes(data) };
  const header = serialize({ format: part.format, key, files, data: about });
  const size = Buffer.alloc(4);
  size.writeUInt32LE(header.length);
  rmSync(part.path);
  writeFileSync(part.path, Buffer.concat([size, header, data]));
}

/** The part of `out`'s cache that holds `file`. */
function partHolding(out: string, file: string): Part {
  const part = parts(out).find((p) => p.rows.some((row) => row.file === file));
  if (!part) throw new Error(`no cache part holds ${file}`);
  return part;
}

/** Rewrites the part holding `file` with an error planted in its rules' findings, under `key`. */
function plant(out: string, file: string, key: string): void {
  const part = partHolding(out, file);
  for (const row of part.rows) {
    if (row.file === file) row.entry.rules?.diagnostics.push(plantedError(file));
  }
  rewrite(part, key);
}

/**
 * Replaces the catalogs' data of the part holding `file` (kept-data.ts) with bytes that are not
 * V8's, under a header that vouches for them: the part opens, and fails when its catalogs are read.
 */
function damageData(part: Part, file: string): void {
  if (part.rows.find((r) => r.file === file)?.entry.parse?.index === undefined) {
    throw new Error(`no data of ${file}`);
  }
  rewrite(part, part.key, Buffer.alloc(part.data.length, 0xff));
}

const plantedError = (file: string) => ({ code: 'file-empty', severity: 'error', args: {}, file });

describe('compile with its file cache', () => {
  it('equals a fresh compile after each kind of change', async () => {
    const repo = copyExamples(work.path, 'kinds');
    const out = join(work.path, 'kinds-out');
    expect(await compile(repo, out)).toBe(0);
    expect(parts(out).length).toBeGreaterThan(3);

    // A township's catalog: its own findings and data.
    editTownship(repo);
    expect(await compile(repo, out)).toBe(0);
    await expectEqualsFresh(repo, out);

    // A county's region file: the context of its catalogs' rules and of its townships' regions.
    edit(join(repo, 'yunchuan/liulin/region.yaml'), 'name: 柳林县', 'name: 柳林区');
    expect(await compile(repo, out)).toBe(0);
    await expectEqualsFresh(repo, out);

    // A document register, and a deleted region (its cache part goes with it).
    edit(join(repo, 'yunchuan/liulin/documents.yaml'), /title: .*/u, 'title: 测试文件标题');
    rmSync(join(repo, 'yunchuan/liulin/beipo/yangjia'), { recursive: true });
    expect(await compile(repo, out)).toBe(0);
    await expectEqualsFresh(repo, out);

    // Today, for the date-dependent findings.
    expect(await compile(repo, out, '2031-06-30')).toBe(0);
    await expectEqualsFresh(repo, out, '2031-06-30');

    // The spans kept over all these runs are the ones a parse of the file gives now.
    let checked = 0;
    for (const row of parts(out).flatMap((part) => part.rows)) {
      const path = [join(repo, row.file), join(REPO_ROOT, row.file)].find((p) => existsSync(p));
      if (path === undefined) throw new Error(`no file for ${row.file}`);
      const bytes = readFileSync(path);
      const precise = parseBytes(bytes, row.file);
      if (!precise.ok) throw new Error(`${row.file} does not parse`);
      for (const [key, span] of Object.entries(row.entry.spans ?? {})) {
        const at = JSON.parse(key.slice(1)) as JsonPath;
        const fresh = key.startsWith('n')
          ? precise.document.locate(at)
          : precise.document.locateKey(at);
        expect(span ?? undefined, `${row.file} ${key}`).toEqual(fresh);
        checked++;
      }
      // Lines are not kept (src/io/file-cache/load.ts `remembering`): an index of the text gives them.
      expect(row.entry.lines, row.file).toBeUndefined();
    }
    expect(checked).toBeGreaterThan(1000);
    // Nine compiles of examples/.
  }, 300_000);

  it('uses an entry of this build: a finding planted in it is reported', async () => {
    const repo = copyExamples(work.path, 'planted');
    const out = join(work.path, 'planted-out');
    expect(await compile(repo, out)).toBe(0);
    plant(out, 'yunchuan/liulin/health.yaml', fileCacheKey());
    // Another file changes, so that the compile does not stop at "nothing changed".
    editTownship(repo);
    const t = await runInProcess(['compile', repo, '--out', out], { cwd: work.path });
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toContain('liulin/health.yaml');
  });

  it("takes the search index's pinyin from the last compile's table, of this build only", async () => {
    const repo = copyExamples(work.path, 'pinyin');
    const out = join(work.path, 'pinyin-out');
    expect(await compile(repo, out)).toBe(0);
    const file = join(outputCachePath(out), CACHE_PARTS.pinyin);
    const kept = deserialize(readFileSync(file)) as {
      key: string;
      texts: string[];
      pinyin: string[];
    };
    expect(kept.key).toBe(fileCacheKey());
    expect(kept.texts.length).toBeGreaterThan(100);
    const planted = (key: string) => {
      writeFileSync(file, serialize({ ...kept, key, pinyin: kept.pinyin.map(() => 'zhong zhi') }));
    };
    const index = () => readFileSync(join(out, 'assets', 'search-index.js'), 'utf8');
    const written = index();

    planted(fileCacheKey());
    editTownship(repo);
    expect(await compile(repo, out)).toBe(0);
    expect(index()).toContain('"zhong zhi"');

    planted('another build');
    edit(
      join(repo, 'yunchuan/liulin/beipo/health.yaml'),
      '北坡乡卫生院',
      '北坡乡人民政府（卫生院）',
    );
    expect(await compile(repo, out)).toBe(0);
    expect(index()).not.toContain('"zhong zhi"');
    expect(index()).toBe(written);
  });

  it('parses a file again whose kept data cannot be read back', async () => {
    const repo = copyExamples(work.path, 'damaged');
    const out = join(work.path, 'damaged-out');
    expect(await compile(repo, out)).toBe(0);
    // The county's catalog is merged again when its township changes: its data is then read.
    const file = 'yunchuan/liulin/health.yaml';
    damageData(partHolding(out, file), file);
    editTownship(repo);
    expect(await compile(repo, out)).toBe(0);
    await expectEqualsFresh(repo, out);
  });

  it('ignores a part of another build and rebuilds it', async () => {
    const repo = copyExamples(work.path, 'foreign');
    const out = join(work.path, 'foreign-out');
    expect(await compile(repo, out)).toBe(0);
    plant(out, 'yunchuan/liulin/health.yaml', 'another build');
    editTownship(repo);
    expect(await compile(repo, out)).toBe(0);
    expect(new Set(parts(out).map((part) => part.key))).toEqual(new Set([fileCacheKey()]));
    await expectEqualsFresh(repo, out);
  });

  it('ignores truncated parts and rebuilds them', async () => {
    const repo = copyExamples(work.path, 'truncated');
    const out = join(work.path, 'truncated-out');
    expect(await compile(repo, out)).toBe(0);
    const folder = join(outputCachePath(out), CACHE_PARTS.files);
    for (const name of readdirSync(folder)) {
      const bytes = readFileSync(join(folder, name));
      rmSync(join(folder, name));
      writeFileSync(join(folder, name), bytes.subarray(0, bytes.length >> 1));
    }
    editTownship(repo);
    expect(await compile(repo, out)).toBe(0);
    expect(parts(out).length).toBeGreaterThan(3);
    await expectEqualsFresh(repo, out);
  });
});
