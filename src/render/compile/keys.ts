/**
 * Keys of compile's artifacts, made from the bytes of the files each region is merged from: a
 * region's key chains its parent's, so a change in a township changes the keys of that township
 * (and the villages below it) only, and a change in a county those of its whole subtree.
 */
import { hashList, hashOf } from '../../core/util/hash.js';
import type { RegionModel, RepositoryModel } from '../../core/model/effective.js';

export interface RegionKeys {
  /** Key of everything a region's effective catalogs depend on. */
  region: (code: string) => string;
  /** A region with its children's keys: for pages that list the children. */
  withChildren: (code: string) => string;
}

/**
 * @param settings a key of the settings every artifact depends on (version, date, channel style)
 * @param fileHash the content hash of a file, by display path
 */
export function regionKeys(
  model: RepositoryModel,
  settings: string,
  fileHash: (file: string) => string,
): RegionKeys {
  const national = hashList([
    settings,
    ...model.national.map((b) => `${b.file}=${fileHash(b.file)}`),
  ]);
  const keys = new Map<string, string>();
  const byCode = new Map(model.regions.map((region) => [region.ref.code, region]));
  const keyOf = (region: RegionModel): string => {
    const known = keys.get(region.ref.code);
    if (known !== undefined) return known;
    const parent = region.ref.parent === undefined ? undefined : byCode.get(region.ref.parent);
    const register = region.register ? [region.register.file] : [];
    const own = [region.file, ...region.catalogs.map((catalog) => catalog.file), ...register]
      .sort()
      .map((file) => `${file}=${fileHash(file)}`);
    const key = hashOf(parent ? keyOf(parent) : national, region.ref.code, ...own);
    keys.set(region.ref.code, key);
    return key;
  };
  const region = (code: string): string => {
    const found = byCode.get(code);
    return found ? keyOf(found) : hashOf(settings, 'unknown region', code);
  };
  return {
    region,
    withChildren: (code) => hashOf(region(code), ...(byCode.get(code)?.children ?? []).map(region)),
  };
}
