/**
 * A file's parsed data as the file cache keeps it: serialized until someone reads it. After one
 * change to a province, most of its 45,000 files are not merged again (their regions' findings come
 * from the region cache), so their data need never be rebuilt as objects; deserializing all of it
 * was a tenth of such a compile, and holding it made every collection slower.
 */
import { deserialize, serialize } from 'node:v8';
import { isRecord } from '../../core/util/json.js';

export class KeptData {
  private constructor(
    private value: unknown,
    private bytes: Uint8Array | undefined,
    /** The `domain` the file names, known without the rest (core/rules checks it across files). */
    readonly domain: string | undefined,
  ) {}

  /** Data just parsed (a copy the cache may keep: see load.ts `cachedParse`). */
  static of(value: unknown): KeptData {
    const domain = isRecord(value) && typeof value.domain === 'string' ? value.domain : undefined;
    return new KeptData(value, undefined, domain);
  }

  /** Data read back from a cache part, as `toBytes` wrote it. */
  static fromBytes(bytes: Uint8Array, domain: string | undefined): KeptData {
    return new KeptData(undefined, bytes, domain);
  }

  private read = false;

  get(): unknown {
    if (this.bytes !== undefined && !this.read) {
      this.value = deserialize(this.bytes);
      this.read = true;
    }
    return this.value;
  }

  /**
   * The bytes it was read from, when it was: serializing the objects again need not give the same
   * bytes (V8 may store a string in another width), and a part must not change unless a file did.
   */
  toBytes(): Uint8Array {
    this.bytes ??= serialize(this.value);
    return this.bytes;
  }
}
