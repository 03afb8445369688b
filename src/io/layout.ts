/**
 * The region repository layout: a folder with a `region.yaml` is a region; its catalog files sit
 * beside it, its sub-regions in sub-folders; `gkml.yaml` marks the repository root.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const REGION_FILES = ['region.yaml', 'region.yml'] as const;
export const PROJECT_FILES = ['gkml.yaml', 'gkml.yml'] as const;
/** A region's document register (发文登记), beside its region.yaml. */
export const REGISTER_FILES = ['documents.yaml', 'documents.yml'] as const;

export type FileKind = 'region' | 'project' | 'documents' | 'catalog';

export function fileKind(path: string): FileKind {
  const name = basename(path);
  if ((REGION_FILES as readonly string[]).includes(name)) return 'region';
  if ((PROJECT_FILES as readonly string[]).includes(name)) return 'project';
  if ((REGISTER_FILES as readonly string[]).includes(name)) return 'documents';
  return 'catalog';
}

/** Whether a path exists: existsSync, or the remembered version below. */
export type Exists = (path: string) => boolean;

/** existsSync remembered per path: for one load of many files, where the tree does not change. */
export function rememberedExists(): Exists {
  const known = new Map<string, boolean>();
  return (path) => {
    let found = known.get(path);
    if (found === undefined) {
      found = existsSync(path);
      known.set(path, found);
    }
    return found;
  };
}

function fileIn(folder: string, names: readonly string[], exists: Exists): string | undefined {
  return names.map((name) => join(folder, name)).find(exists);
}

/**
 * The region file governing `folder`: the nearest region.yaml in it or above it, not above the
 * repository root (the folder holding gkml.yaml).
 */
export function regionFileFrom(folder: string, exists: Exists = existsSync): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    const region = fileIn(current, REGION_FILES, exists);
    if (region) return region;
    if (fileIn(current, PROJECT_FILES, exists) || dirname(current) === current) return undefined;
  }
}

/** The region a catalog file belongs to. */
export function regionFileOfCatalog(
  catalogPath: string,
  exists: Exists = existsSync,
): string | undefined {
  return regionFileFrom(dirname(catalogPath), exists);
}

/** The parent region of a region file: the nearest region.yaml strictly above its folder. */
export function parentRegionFile(
  regionPath: string,
  exists: Exists = existsSync,
): string | undefined {
  const folder = dirname(regionPath);
  if (fileIn(folder, PROJECT_FILES, exists)) return undefined;
  const above = dirname(folder);
  return above === folder ? undefined : regionFileFrom(above, exists);
}

/** The nearest folder at or above `folder` holding gkml.yaml. */
export function findRoot(folder: string): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    if (PROJECT_FILES.some((name) => existsSync(join(current, name)))) return current;
    if (dirname(current) === current) return undefined;
  }
}
