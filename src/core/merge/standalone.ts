/**
 * Catalog files outside any region repository (what `gkml import --out` writes), read as complete
 * catalogs: every item as written, in file order, nothing inherited. One folder of such files is
 * one region for export, so that import → print works without `gkml init`.
 */
import { DOMAINS, resolveDomain } from '../vocabulary/domains.js';
import { levelRank, parseLevel, type Level } from '../vocabulary/levels.js';
import type {
  EffectiveCatalog,
  EffectiveItem,
  RegionModel,
  RegionRef,
} from '../model/effective.js';
import { introduce } from './item-layer.js';
import type { OverlayFile } from './overlay.js';

export interface StandaloneFolder {
  /** Display path of the folder. */
  path: string;
  files: readonly OverlayFile[];
}

/** The files of one folder as a region with no code and no parent, its catalogs by domain order. */
export function standaloneRegion(folder: StandaloneFolder): RegionModel {
  const files = [...folder.files].sort(
    (a, b) => domainPosition(a.catalog.domain) - domainPosition(b.catalog.domain),
  );
  const ref: RegionRef = {
    code: '',
    // No common place (workbooks of several offices in one folder): no name, so that each table
    // keeps its own title (render/names.ts tableTitle) and the file is named after the folder.
    name: placeName(files) ?? '',
    level: topLevel(files),
    path: folder.path,
  };
  const layer = { kind: 'region' as const, code: ref.code, name: ref.name, level: ref.level };
  const catalogs = files.flatMap((file): EffectiveCatalog[] => {
    const domain = resolveDomain(file.catalog.domain);
    if (!domain) return [];
    const at = { layer, source: file.source };
    const items: EffectiveItem[] = [];
    file.catalog.items.forEach((raw, index) => {
      // An omission or a retired id states nothing a complete catalog prints.
      if (raw.omit !== undefined || raw.deprecated !== undefined) return;
      items.push(introduce(raw, at, ['items', index], raw.local === true));
    });
    const catalog: EffectiveCatalog = {
      domain: domain.id,
      region: ref,
      file: file.source.file,
      items,
      omitted: [],
    };
    const { title, notes, guideline, completeness } = file.catalog;
    if (title !== undefined) catalog.title = title;
    if (notes !== undefined) catalog.notes = notes;
    if (guideline !== undefined) catalog.guideline = guideline;
    if (completeness !== undefined) catalog.completeness = completeness;
    return [catalog];
  });
  return { ref, file: folder.path, children: [], catalogs };
}

function domainPosition(name: string): number {
  const id = resolveDomain(name)?.id;
  return DOMAINS.findIndex((domain) => domain.id === id);
}

/**
 * The place every title starts with, before its domain's name ("巩义县" of
 * "巩义县就业创业领域基层政务公开标准目录"); undefined when titles are missing or disagree.
 */
function placeName(files: readonly OverlayFile[]): string | undefined {
  const places = new Set<string>();
  for (const file of files) {
    const title = file.catalog.title?.trim() ?? '';
    const domain = resolveDomain(file.catalog.domain);
    const names = domain ? [domain.zh, ...domain.aliases] : [];
    const at = Math.min(...names.map((name) => title.indexOf(name)).filter((index) => index > 0));
    if (!Number.isFinite(at)) return undefined;
    places.add(title.slice(0, at));
  }
  return places.size === 1 ? [...places][0] : undefined;
}

/** The highest level any item is carried out at: the table's own level (county if none says). */
function topLevel(files: readonly OverlayFile[]): Level {
  let top: Level | undefined;
  for (const file of files) {
    for (const raw of file.catalog.items) {
      for (const name of raw.levels ?? []) {
        const level = parseLevel(name);
        if (level && (top === undefined || levelRank(level) < levelRank(top))) top = level;
      }
    }
  }
  return top ?? 'county';
}
