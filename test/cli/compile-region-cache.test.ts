/**
 * compile's region cache (issue 14, `<out>.gkml-cache/current/regions/`): after a change, only the regions whose
 * key changed are merged again — a finding planted in another region's part is still reported, and
 * goes once that region's own file changes; a part that cannot be read is merged again. That the
 * output equals a fresh compile after each kind of change is compile-file-cache.test.ts's check (its
 * comparison includes the region parts).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics/index.js';
import { CACHE_PARTS, outputCachePath } from '../../src/io/cache-folder.js';
import type { RegionPart } from '../../src/pipeline/subtrees.js';
import { copyExamples, runInProcess } from '../helpers/cli.js';
import { tempFolder } from '../helpers/git.js';
import { built, differences } from '../hardening/tree.js';

const work = tempFolder('gkml-region-cache-');
afterAll(() => {
  work.remove();
});

const compile = (repo: string, out: string) =>
  runInProcess(['compile', repo, '--out', out], { cwd: work.path });

function edit(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`nothing to replace in ${path}`);
  writeFileSync(path, text.replace(from, to));
}

interface Stored {
  format: number;
  key: string;
  part: RegionPart;
}

/** The part of the region in `folder`, as stored, and where. */
function partOf(out: string, folder: string): { path: string; stored: Stored } {
  const dir = join(outputCachePath(out), CACHE_PARTS.regions);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stored = deserialize(readFileSync(path)) as Stored;
    if (stored.part.outline.ref.path === folder) return { path, stored };
  }
  throw new Error(`no part for ${folder}`);
}

/** An error at line 77 of the region's file, written into its part as a finding of its merge. */
function plant(out: string, folder: string): void {
  const { path, stored } = partOf(out, folder);
  const planted: Diagnostic = {
    code: 'merge-unknown-id',
    severity: 'error',
    file: `${folder}/region.yaml`,
    span: { start: { line: 77, column: 7 }, end: { line: 77, column: 9 } },
    args: { id: 'planted.by-the-test', action: 'override', suggestions: [] },
  };
  const part = { ...stored.part, merge: [...stored.part.merge, planted] };
  writeFileSync(path, serialize({ ...stored, part }));
}

describe('compile with its region cache', () => {
  it('merges again only the regions whose files (or those above them) changed', async () => {
    const repo = copyExamples(work.path, 'planted');
    const out = join(work.path, 'planted-out');
    expect((await compile(repo, out)).exitCode).toBe(0);
    plant(out, 'yunchuan/hexi/shimen');

    // A township in the other county changes: 石门's part is taken as it is, planted finding and all.
    edit(
      join(repo, 'yunchuan/liulin/beipo/health.yaml'),
      '北坡乡人民政府（卫生院）',
      '北坡乡卫生院',
    );
    const other = await compile(repo, out);
    expect(other.exitCode).toBe(1);
    expect(other.stderr).toContain('planted.by-the-test');

    // 河西区, above 石门, changes: 石门 is merged again, and the planted finding is gone.
    const county = readdirSync(join(repo, 'yunchuan/hexi')).find(
      (f) => f.endsWith('.yaml') && f !== 'region.yaml',
    );
    if (county === undefined) throw new Error('河西区 has no catalog');
    const path = join(repo, 'yunchuan/hexi', county);
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n# 修改\n`);
    const above = await compile(repo, out);
    expect(above.stderr).not.toContain('planted.by-the-test');
    expect(above.exitCode).toBe(0);
  }, 120_000);

  it('merges again a region whose children changed, and equals a fresh compile', async () => {
    const repo = copyExamples(work.path, 'children');
    const out = join(work.path, 'children-out');
    expect((await compile(repo, out)).exitCode).toBe(0);
    // Only the region below 北坡乡 goes: 北坡乡's own files are as they were, its children are not.
    rmSync(join(repo, 'yunchuan/liulin/beipo/yangjia'), { recursive: true });
    expect((await compile(repo, out)).exitCode).toBe(0);
    expect(partOf(out, 'yunchuan/liulin/beipo').stored.part.outline.children).toEqual([]);
    const fresh = join(work.path, 'children-fresh');
    expect((await compile(repo, fresh)).exitCode).toBe(0);
    expect(differences(built(out), built(fresh))).toEqual([]);
  }, 120_000);

  it('merges again a region whose part cannot be read, and equals a fresh compile', async () => {
    const repo = copyExamples(work.path, 'truncated');
    const out = join(work.path, 'truncated-out');
    expect((await compile(repo, out)).exitCode).toBe(0);
    const { path } = partOf(out, 'yunchuan/hexi/shimen');
    writeFileSync(path, readFileSync(path).subarray(0, 40));
    edit(
      join(repo, 'yunchuan/liulin/beipo/health.yaml'),
      '北坡乡人民政府（卫生院）',
      '北坡乡卫生院',
    );
    expect((await compile(repo, out)).exitCode).toBe(0);
    const fresh = join(work.path, 'truncated-fresh');
    expect((await compile(repo, fresh)).exitCode).toBe(0);
    expect(differences(built(out), built(fresh))).toEqual([]);
  }, 120_000);

  it('merges again a region whose part has its key but not the shape of a part', async () => {
    const repo = copyExamples(work.path, 'misshapen');
    const out = join(work.path, 'misshapen-out');
    expect((await compile(repo, out)).exitCode).toBe(0);
    const { path, stored } = partOf(out, 'yunchuan/hexi/shimen');
    writeFileSync(path, serialize({ ...stored, part: { outline: 'not a part' } }));
    edit(
      join(repo, 'yunchuan/liulin/beipo/health.yaml'),
      '北坡乡人民政府（卫生院）',
      '北坡乡卫生院',
    );
    const run = await compile(repo, out);
    expect(run.stderr).not.toContain('TypeError');
    expect(run.exitCode).toBe(0);
    const fresh = join(work.path, 'misshapen-fresh');
    expect((await compile(repo, fresh)).exitCode).toBe(0);
    expect(differences(built(out), built(fresh))).toEqual([]);
  }, 120_000);
});
