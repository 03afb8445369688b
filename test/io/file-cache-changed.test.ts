/**
 * A file restored from the file cache whose kept data cannot be read back is parsed again from its
 * file (io/file-cache/load.ts); if the file was saved meanwhile, that is a fault of the moment told
 * in one line (cli/environment-fault.ts), not a bug of gkml with a stack trace.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { environmentFault } from '../../src/cli/environment-fault.js';
import { hashBytes } from '../../src/core/util/hash.js';
import { cachedLoad } from '../../src/io/file-cache/load.js';
import { FileCache } from '../../src/io/file-cache/store.js';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'gkml-changed-'));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

const CATALOG = 'domain: employment\nitems:\n  - id: employment.policy\n    subject: 县人社局\n';

/** The catalog loaded through a cache that kept it, with its part's data gone since it was opened. */
async function restoredWithDataGone(edit: (path: string) => void) {
  const path = join(work, 'employment.yaml');
  writeFileSync(path, CATALOG);
  const hash = hashBytes(readFileSync(path));
  const first = FileCache.empty('key');
  const use = { scope: 'test', hashes: new Map([['employment.yaml', hash]]) };
  expect(cachedLoad(path, 'employment.yaml', {}, { ...use, cache: first }).result.ok).toBe(true);
  const folder = join(work, 'cache');
  await first.writeTo(folder);
  const reopened = FileCache.open(folder, 'key');
  for (const name of readdirSync(folder)) rmSync(join(folder, name));
  edit(path);
  const { result } = cachedLoad(path, 'employment.yaml', {}, { ...use, cache: reopened });
  if (!result.ok) throw new Error('the kept entry was not used');
  return result.document;
}

describe('a cached file whose kept data is gone', () => {
  it('is parsed again from its file, which has not changed', async () => {
    const document = await restoredWithDataGone(() => undefined);
    expect(document.data).toEqual({
      domain: 'employment',
      items: [{ id: 'employment.policy', subject: '县人社局' }],
    });
  });

  it('is an environment fault, in one line, when the file was saved meanwhile', async () => {
    const document = await restoredWithDataGone((path) => {
      writeFileSync(path, CATALOG.replace('县人社局', '县人力资源社会保障局'));
    });
    let thrown: unknown;
    try {
      expect(document.data).toBeUndefined();
    } catch (error) {
      thrown = error;
    }
    expect(environmentFault(thrown)?.zh).toContain('文件在读取期间被改动');
    expect(environmentFault(thrown)?.en).toContain('employment.yaml');
  });
});
