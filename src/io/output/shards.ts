/**
 * `gkml compile --from-shards <dir1> … <dirN>`: the shards' outputs as the artifacts of one
 * output. Nothing is parsed or rendered: each file is taken from the shard that wrote it, under the
 * key that shard's manifest gives it, so the assembled manifest (and every byte) equals that of a
 * one-machine compile of the same inputs. What every shard writes (the repository-wide pages) must
 * carry the same key in each, or the shards were not made from the same inputs.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Artifact } from '../../core/output/artifact.js';
import { readManifest } from './manifest.js';

export type ShardProblem =
  | { kind: 'not-a-shard'; dir: string }
  | { kind: 'count'; dir: string; count: number; given: number }
  | { kind: 'missing'; index: number }
  | { kind: 'twice'; index: number }
  | { kind: 'inputs'; dir: string }
  | { kind: 'differs'; path: string; dir: string };

export type ShardOutputs =
  | {
      ok: true;
      artifacts: Artifact[];
      /** The fingerprint of the whole compile's inputs. */
      inputs: string;
      /** The first shard's folder (its summary is the compile's). */
      first: string;
    }
  | { ok: false; problem: ShardProblem };

export async function readShardOutputs(dirs: readonly string[]): Promise<ShardOutputs> {
  const shards: { dir: string; index: number; inputs: string; keys: Record<string, string> }[] = [];
  for (const dir of dirs) {
    const manifest = await readManifest(dir);
    if (!manifest?.shard) return { ok: false, problem: { kind: 'not-a-shard', dir } };
    const { index, count, inputs } = manifest.shard;
    if (count !== dirs.length) {
      return { ok: false, problem: { kind: 'count', dir, count, given: dirs.length } };
    }
    if (shards.some((shard) => shard.index === index)) {
      return { ok: false, problem: { kind: 'twice', index } };
    }
    if (shards[0] !== undefined && shards[0].inputs !== inputs) {
      return { ok: false, problem: { kind: 'inputs', dir } };
    }
    shards.push({ dir, index, inputs, keys: manifest.artifacts });
  }
  shards.sort((a, b) => a.index - b.index);
  const missing = shards.findIndex((shard, position) => shard.index !== position + 1);
  if (missing >= 0) return { ok: false, problem: { kind: 'missing', index: missing + 1 } };
  const first = shards[0];
  if (!first) return { ok: false, problem: { kind: 'missing', index: 1 } };

  const taken = new Map<string, { key: string; dir: string }>();
  for (const shard of shards) {
    for (const [path, key] of Object.entries(shard.keys)) {
      const earlier = taken.get(path);
      if (earlier === undefined) taken.set(path, { key, dir: shard.dir });
      else if (earlier.key !== key) {
        return { ok: false, problem: { kind: 'differs', path, dir: shard.dir } };
      }
    }
  }
  const artifacts = [...taken]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, { key, dir }]) => ({ path, key, render: () => readFile(join(dir, path)) }));
  return { ok: true, artifacts, inputs: first.inputs, first: first.dir };
}
