/**
 * The pinyin of the search index's texts, kept between compiles in the cache folder
 * (io/cache-folder.ts: `pinyin.bin`). The index gives every item and region name its pinyin, and
 * pinyin-pro reads a name in context (~50 µs each, and ~85 ms to load): 13,000 distinct names took
 * 0.66 s of the 26-domain province's 10 s compile after one changed township, every time, for the
 * same names. A text's pinyin depends only on the text and on pinyin-pro, whose version is in the
 * build key the file is written under (file-cache/key.ts), so a kept one is the one computed now.
 *
 * Only the texts asked for in a run are written: names that went away drop out. A file that cannot
 * be read, or another build's, is an empty cache. Deleting it is always safe.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import { isRecord } from '../core/util/json.js';

/** Bumped whenever the file's shape changes. */
const FORMAT = 1;

export class PinyinCache {
  /** The texts asked for in this run, with their pinyin: what the next run gets. */
  private readonly used = new Map<string, string>();

  private constructor(
    private readonly key: string,
    private readonly kept: ReadonlyMap<string, string>,
  ) {}

  /** The pinyin kept in `file` by the build `key` (missing, unreadable or another build's: none). */
  static open(file: string, key: string): PinyinCache {
    return new PinyinCache(key, readKept(file, key));
  }

  /** The pinyin of `text`: as kept, or `compute`d now (and kept for the next run). */
  of(text: string, compute: (text: string) => string): string {
    let pinyin = this.used.get(text) ?? this.kept.get(text);
    if (pinyin === undefined) pinyin = compute(text);
    this.used.set(text, pinyin);
    return pinyin;
  }

  /**
   * Writes the texts asked for in this run, and their pinyin, to `file`; those kept before when
   * none was asked for (a run that made no index passes the table on).
   */
  async writeTo(file: string): Promise<void> {
    const table = this.used.size > 0 ? this.used : this.kept;
    const texts = [...table.keys()];
    const pinyin = texts.map((text) => table.get(text) ?? '');
    await writeFile(file, serialize({ format: FORMAT, key: this.key, texts, pinyin }));
  }
}

function readKept(file: string, key: string): Map<string, string> {
  let value: unknown;
  try {
    value = deserialize(readFileSync(file));
  } catch {
    return new Map();
  }
  if (!isRecord(value) || value.format !== FORMAT || value.key !== key) return new Map();
  const { texts, pinyin } = value;
  if (!isStrings(texts) || !isStrings(pinyin) || texts.length !== pinyin.length) return new Map();
  return new Map(texts.map((text, at) => [text, pinyin[at] ?? '']));
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}
