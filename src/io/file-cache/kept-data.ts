/**
 * A catalog's parsed data as the file cache keeps it: left on disk until someone reads it. After
 * one change to a province, most of its 45,000 catalogs are not merged again (their regions' parts
 * come from the region cache), so their data need never be read back at all: on the 26-domain
 * province, reading all of it and holding it to the end made such a compile ~1 s slower (most of it
 * in the collector) and its peak ~115 MB higher.
 *
 * A part's catalogs are stored together after its header (store.ts), read back all at once the
 * first time one of them is read: a region is merged with all its catalogs.
 */
import { isRecord } from '../../core/util/json.js';

/** The catalogs' data of one part, read when first asked for; throws if it cannot be. */
export type PartData = () => readonly unknown[];

export class KeptData {
  private constructor(
    private value: unknown,
    private readonly part: { data: PartData; index: number } | undefined,
    /** The `domain` the file names, known without the rest (core/rules checks it across files). */
    readonly domain: string | undefined,
  ) {}

  /** Data just parsed (a copy the cache may keep: see load.ts `cachedParse`). */
  static of(value: unknown): KeptData {
    const domain = isRecord(value) && typeof value.domain === 'string' ? value.domain : undefined;
    return new KeptData(value, undefined, domain);
  }

  /** The `index`-th of a part's catalogs, not read yet. */
  static inPart(data: PartData, index: number, domain: string): KeptData {
    return new KeptData(undefined, { data, index }, domain);
  }

  get(): unknown {
    if (this.part !== undefined && this.value === undefined) {
      const values = this.part.data();
      if (this.part.index >= values.length) throw new Error('the part holds fewer catalogs');
      this.value = values[this.part.index];
    }
    return this.value;
  }
}
