/**
 * gkml compile --shard K/N and --from-shards: whole subtrees per shard, balanced by file count and
 * deterministic; the assembled output equals a one-machine compile byte for byte (manifest
 * included; the file cache, carried over from shard 1, by content); shards that do not belong
 * together are refused with exit 2.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseShard, planShards } from '../../src/core/output/shards.js';
import { REPO_ROOT, runInProcess } from '../helpers/cli.js';
import { testProvince } from '../helpers/province.js';
import { tempFolder } from '../helpers/git.js';
import { built, differences } from '../hardening/tree.js';
import { loadRepository } from '../../src/pipeline/load-repository.js';

const work = tempFolder('gkml-shards-');
afterAll(() => {
  work.remove();
});

const compile = (folder: string, out: string, ...more: string[]) =>
  runInProcess(['compile', folder, '--out', out, ...more], { cwd: REPO_ROOT });

describe('compile --shard and --from-shards', () => {
  const examples = join(REPO_ROOT, 'examples');
  const whole = join(work.path, 'whole');
  const shard = (k: number) => join(work.path, `shard-${k}`);
  const assembled = join(work.path, 'assembled');

  it('puts the two example counties in different shards, and assembles a one-machine compile', async () => {
    expect((await compile(examples, whole)).exitCode).toBe(0);
    expect((await compile(examples, shard(1), '--shard', '1/2')).exitCode).toBe(0);
    expect((await compile(examples, shard(2), '--shard', '2/2')).exitCode).toBe(0);
    const pages = (k: number) => readdirSync(join(shard(k), 'r')).sort();
    // The city above both counties is rendered by every shard; each county by one.
    expect(pages(1)).toContain('431402');
    expect(pages(1)).not.toContain('431421');
    expect(pages(2)).toContain('431421');
    expect(pages(2)).not.toContain('431402');
    expect(pages(1)).toContain('431400');

    const t = await compile(examples, assembled, '--from-shards', shard(1), shard(2));
    expect(t.exitCode).toBe(0);
    expect(differences(built(whole), built(assembled))).toEqual([]);
  });

  it('the comparison notices a changed byte (it can fail)', () => {
    const before = built(assembled);
    const page = join(assembled, 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8') + ' ');
    expect(differences(before, built(assembled))).toEqual(['index.html']);
  });

  it('refuses shards that are missing, doubled or not shards, with exit 2', async () => {
    const out = join(work.path, 'refused');
    const missing = await compile(examples, out, '--from-shards', shard(1));
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('2 个分片之一');
    const twice = await compile(examples, out, '--from-shards', shard(1), shard(1));
    expect(twice.exitCode).toBe(2);
    const stranger = await compile(examples, out, '--from-shards', whole, shard(2));
    expect(stranger.exitCode).toBe(2);
    const both = await compile(examples, out, '--shard', '1/2', '--from-shards', shard(1));
    expect(both.exitCode).toBe(2);
    const bad = await compile(examples, out, '--shard', '3/2');
    expect(bad.exitCode).toBe(2);
  });

  it('reads K/N', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('0/4')).toBeUndefined();
    expect(parseShard('5/4')).toBeUndefined();
    expect(parseShard('x')).toBeUndefined();
  });

  it('balances whole subtrees by file count, the same way every time', async () => {
    const province = join(work.path, 'province');
    testProvince(province, { cities: 5 });
    const { model } = await loadRepository(province, { cwd: work.path, today: '2026-06-30' });
    if (!model) throw new Error('the generated province did not load');
    const plan = planShards(model.regions, 2);
    expect(plan.units.map((unit) => unit.code)).toHaveLength(5);
    expect(planShards(model.regions, 2)).toEqual(plan);
    const load = [1, 2].map((k) =>
      plan.units.filter((unit) => unit.shard === k).reduce((sum, unit) => sum + unit.files, 0),
    );
    const largest = Math.max(...plan.units.map((unit) => unit.files));
    expect(Math.abs((load[0] ?? 0) - (load[1] ?? 0))).toBeLessThanOrEqual(largest);
    // Every region of a subtree goes with it.
    for (const region of model.regions) {
      const top = region.ref.code.slice(0, 4) + '00';
      expect(plan.shardOf.get(region.ref.code)).toBe(plan.shardOf.get(top));
    }
  });
});
