/** The content keys (core/util/hash.ts): one-shot and streamed hashing give the same digests. */
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { hashBytes, hashList, hashOf } from '../../src/core/util/hash.js';

it('hashes a few strings as hashList does the same list', () => {
  const parts = ['410102', 'c1/k1/t1/就业.yaml=abc', '', '𠀀 surrogate pair'];
  expect(hashOf(...parts)).toBe(hashList(parts));
  expect(hashOf()).toBe(hashList([]));
  expect(hashOf('a', 'b')).not.toBe(hashOf('ab'));
});

it('hashes bytes as sha256, the first 32 hex digits', () => {
  const bytes = new TextEncoder().encode('domain: employment\n');
  const expected = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  expect(hashBytes(bytes)).toBe(expected);
});
