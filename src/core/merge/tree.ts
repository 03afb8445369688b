/**
 * The regions of a repository as a tree. Parents come from folder nesting (src/io), so the tree
 * cannot have cycles; what can still be wrong is two folders claiming one code, and a region that
 * skips a level while its code names the missing region in between.
 */
import type { Diagnostic } from '../diagnostics/index.js';
import { diagnostic } from '../diagnostics/index.js';
import { LEVEL_LABELS, LEVELS, levelRank, parseLevel, type Level } from '../vocabulary/levels.js';
import type { RawRegion } from '../model/raw.js';
import type { DomainId } from '../vocabulary/domains.js';
import type { SourceLocator } from '../schema/errors.js';
import type { OverlayFile } from './overlay.js';

export interface RegionInput {
  /** Display path of region.yaml. */
  file: string;
  /** Display path of the region's folder. */
  folder: string;
  source: SourceLocator;
  region: RawRegion;
  /** Display path of the parent region's region.yaml; absent for a region at the top. */
  parentFile?: string;
  /** The catalog files of the region's folder (its overlays), one per domain. */
  catalogs: OverlayFile[];
  /**
   * Domains of the catalog files in the region's folder that could not be read (a syntax or schema
   * error): every domain when the file's domain cannot be told.
   */
  unread?: readonly DomainId[];
}

export interface RegionNode {
  input: RegionInput;
  level: Level;
  parent?: RegionNode;
  children: RegionNode[];
}

/** How many leading digits of a code name the region of each level (统计用区划代码). */
const PREFIX: Record<Level, number> = { city: 4, county: 6, township: 9, village: 12 };

/** The regions in pre-order (each before its sub-regions, siblings by code). */
export function regionTree(inputs: readonly RegionInput[]): {
  order: RegionNode[];
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const byFile = new Map<string, RegionNode>();
  const byCode = new Map<string, string>();
  for (const input of [...inputs].sort((a, b) => compare(a.file, b.file))) {
    const level = parseLevel(input.region.level);
    if (!level) continue;
    const first = byCode.get(input.region.code);
    if (first !== undefined) {
      const args = { code: input.region.code, firstFile: first };
      const at = { file: input.file, span: input.source.locate(['code']), path: ['code'] };
      diagnostics.push(diagnostic('repository-duplicate-region', args, at));
      continue;
    }
    byCode.set(input.region.code, input.file);
    byFile.set(input.file, { input, level, children: [] });
  }
  const roots: RegionNode[] = [];
  for (const node of byFile.values()) {
    const parentFile = node.input.parentFile;
    if (parentFile === undefined) {
      roots.push(node);
      continue;
    }
    // A parent that failed to load (its own errors say why) takes its sub-regions with it.
    const parent = byFile.get(parentFile);
    if (!parent) continue;
    node.parent = parent;
    parent.children.push(node);
    const missing = missingParent(node, parent);
    if (missing) diagnostics.push(missing);
  }
  const order: RegionNode[] = [];
  const visit = (nodes: RegionNode[]) => {
    for (const node of nodes.sort((a, b) => compare(a.input.region.code, b.input.region.code))) {
      order.push(node);
      visit(node.children);
    }
  };
  visit(roots);
  return { order, diagnostics };
}

/**
 * A region may sit more than one level below its parent only where the level in between does not
 * exist: a 东莞-style city has townships but no counties, and their codes then repeat the city's.
 */
function missingParent(node: RegionNode, parent: RegionNode): Diagnostic | undefined {
  const code = node.input.region.code;
  for (let rank = levelRank(parent.level) + 1; rank < levelRank(node.level); rank++) {
    const between = LEVELS[rank];
    if (between === undefined) continue;
    const digits = PREFIX[between];
    const betweenCode = code.slice(0, digits);
    if (betweenCode === parent.input.region.code.slice(0, digits)) continue;
    const args = { code, parentCode: betweenCode, parentLevel: LEVEL_LABELS[between] };
    const at = { file: node.input.file, span: node.input.source.locate(['code']), path: ['code'] };
    return diagnostic('repository-parent-missing', args, at);
  }
  return undefined;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
