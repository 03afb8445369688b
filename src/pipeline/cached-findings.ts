/**
 * `gkml validate --cache`: a repository's findings with the cache kept in its `.gkml-cache/`
 * (io/cache-folder.ts). Every input is hashed first, as compile does: when nothing changed, the
 * findings kept are the answer; otherwise the repository is loaded with the file and region caches,
 * so that only the changed files are parsed and checked, and only their regions (and those above
 * them) merged. The findings are the same as without the cache: the tests compare them.
 *
 * One thread: the caches are the speed-up, and a part's thread would keep a cache of its own.
 */
import { hashCompileInputs } from '../io/compile-inputs.js';
import { fileCacheKey } from '../io/file-cache/key.js';
import { join } from 'node:path';
import { CacheFolder, VALIDATE_CACHE_FOLDER } from '../io/cache-folder.js';
import type { PartLoad } from './parallel-findings.js';
import { isRegionPart, loadBySubtree, type SubtreeLoadOptions } from './subtrees.js';

export interface CachedFindings extends PartLoad {
  /** The cache could not be written (a read-only checkout, a full disk): the error. */
  unsaved?: unknown;
}

export async function cachedFindings(
  root: string,
  options: SubtreeLoadOptions,
): Promise<CachedFindings> {
  const build = fileCacheKey();
  // Everything validate's findings depend on besides the files. Display paths are part of the
  // hashes: validate run from another folder shows other paths, and finds no findings to reuse.
  const settings = ['validate', build, options.today, String(options.maxBytes ?? '')];
  const inputs = await hashCompileInputs(root, options.cwd, settings);
  const cache = CacheFolder.open(join(root, VALIDATE_CACHE_FOLDER), build, isRegionPart);
  const kept = cache.findings(inputs.fingerprint);
  if (kept) return kept;
  const loaded = await loadBySubtree(root, {
    ...options,
    findingsOnly: true,
    fileCache: cache.fileCache,
    fileHashes: inputs.hashes,
    walked: inputs.walked,
    cache: { regions: cache.regionCache, hashes: inputs.hashes, build },
  });
  const found = { diagnostics: loaded.diagnostics, files: loaded.files };
  return cache.save({ fingerprint: inputs.fingerprint, findings: found }).then(
    () => found,
    (error: unknown) => ({ ...found, unsaved: error }),
  );
}
