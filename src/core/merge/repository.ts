/**
 * The merge of a whole repository: national baselines at the top, then each region's overlays,
 * top-down. Pure: src/io reads the files and hands them over as `RepositoryInput`.
 */
import { bundlesFromRaw } from '../model/bundles.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { sortDiagnostics } from '../diagnostics/index.js';
import { DOMAINS, resolveDomain, type DomainId } from '../vocabulary/domains.js';
import type { Level } from '../vocabulary/levels.js';
import type {
  BaselineCatalog,
  EffectiveCatalog,
  RegionModel,
  RegionRef,
  RepositoryModel,
} from '../model/effective.js';
import type { RawSite } from '../model/raw.js';
import { baselineState, readBaseline } from './baseline.js';
import { applicableLevels, inRegionTable, reachesBelow } from './levels.js';
import { applyOverlay, type LayerState, type OverlayFile } from './overlay.js';
import { subjectWarnings } from './subject-rule.js';
import { regionTree, type RegionInput, type RegionNode } from './tree.js';

export type { RegionNode };

export interface RepositoryInput {
  /** Display path of the repository root. */
  root: string;
  example: boolean;
  /** gkml.yaml `site`: the portal's frame, passed through to the site renderer. */
  site?: RawSite;
  /** Display path of the national baselines' folder. */
  nationalPath: string;
  national: OverlayFile[];
  /** Domains whose national baseline could not be read (its own error says why). */
  nationalUnread?: readonly DomainId[];
  regions: RegionInput[];
  /** Display path of the region.yaml whose region was asked for, if any. */
  requestedFile?: string;
}

export interface MergeResult {
  model: RepositoryModel;
  /** Sorted. */
  diagnostics: Diagnostic[];
  /**
   * What the requested region inherits, per domain, before its own files apply: every item that
   * reaches its level or below, and the omissions made above (for `gkml import --into`).
   */
  inherited?: ReadonlyMap<DomainId, LayerState>;
}

type States = Map<DomainId, LayerState>;

const NONE: ReadonlySet<DomainId> = new Set();

export function mergeRepository(input: RepositoryInput): MergeResult {
  const stepwise = mergeStepwise(input);
  const merged = stepwise.merge(stepwise.order, { keep: true });
  const model: RepositoryModel = { ...stepwise.model, regions: merged.regions };
  const diagnostics = [...stepwise.diagnostics, ...merged.diagnostics];
  const requested = stepwise.order.find((node) => node.input.file === input.requestedFile);
  const result: MergeResult = { model, diagnostics: sortDiagnostics(diagnostics) };
  if (requested) {
    model.requested = requested.input.region.code;
    const above = stepwise.statesAbove(requested);
    if (above) result.inherited = inheritedStates(above, requested.level);
  }
  return result;
}

/**
 * The merge taken a run of regions at a time, so that a compile can hold one subtree's merged
 * catalogs, not the whole repository's: what a region inherits is kept only for the runs merged
 * with `keep` (the regions above the subtrees), and a run's own states are dropped when it ends.
 */
export interface StepwiseMerge {
  /** The repository without its regions: root, site, the national baselines. */
  model: RepositoryModel;
  /** Every region to merge, top-down (each before its sub-regions, siblings by code). */
  order: readonly RegionNode[];
  /** The region tree's findings. */
  diagnostics: Diagnostic[];
  /**
   * Merges `nodes`, in order. Each one's parent is merged before it: earlier in `nodes`, or in an
   * earlier call with `keep` (a region whose parent is neither is skipped).
   */
  merge: (nodes: readonly RegionNode[], options?: { keep?: boolean }) => StepwiseResult;
  /** What the layers above a region hand it, once its parent was merged with `keep`. */
  statesAbove: (node: RegionNode) => States | undefined;
}

export interface StepwiseResult {
  regions: RegionModel[];
  /** Every region's findings, in the regions' order. */
  diagnostics: Diagnostic[];
  /** The findings of merging each region (its overlays on what it inherits), by region code. */
  byRegion: ReadonlyMap<string, readonly Diagnostic[]>;
}

export function mergeStepwise(input: RepositoryInput): StepwiseMerge {
  const baselines = new Map<DomainId, BaselineCatalog>();
  for (const file of input.national) {
    const baseline = readBaseline(file);
    if (baseline && !baselines.has(baseline.domain)) baselines.set(baseline.domain, baseline);
  }
  const top: States = new Map(DOMAINS.map(({ id }) => [id, baselineState(baselines.get(id))]));
  const tree = regionTree(input.regions);
  const kept = new Map<RegionNode, States>();
  // Domains whose catalog could not be read, in a region or above it (see mergeRegion).
  const keptUnread = new Map<RegionNode, ReadonlySet<DomainId>>();
  const statesAbove = (node: RegionNode) => (node.parent ? kept.get(node.parent) : top);
  const unreadNational: ReadonlySet<DomainId> = new Set(input.nationalUnread);
  const merge = (nodes: readonly RegionNode[], options: { keep?: boolean } = {}) => {
    const keep = options.keep === true;
    const states = keep ? kept : new Map<RegionNode, States>();
    const unread = keep ? keptUnread : new Map<RegionNode, ReadonlySet<DomainId>>();
    const diagnostics: Diagnostic[] = [];
    const byRegion = new Map<string, readonly Diagnostic[]>();
    const regions: RegionModel[] = [];
    for (const node of nodes) {
      const parent = node.parent;
      const inherited = parent ? (states.get(parent) ?? kept.get(parent)) : top;
      if (!inherited) continue;
      const unreadAbove = parent
        ? (unread.get(parent) ?? keptUnread.get(parent) ?? NONE)
        : unreadNational;
      const merged = mergeRegion(node, inherited, unreadAbove);
      states.set(node, merged.states);
      const mine = new Set([...unreadAbove, ...(node.input.unread ?? [])]);
      unread.set(node, mine);
      if (mine.size > 0)
        merged.model.unread = DOMAINS.map(({ id }) => id).filter((id) => mine.has(id));
      diagnostics.push(...merged.diagnostics);
      byRegion.set(node.input.region.code, merged.diagnostics);
      regions.push(merged.model);
    }
    return { regions, diagnostics, byRegion };
  };
  const model: RepositoryModel = {
    root: input.root,
    example: input.example,
    ...(input.site ? { site: input.site } : {}),
    nationalPath: input.nationalPath,
    national: DOMAINS.flatMap(({ id }) => baselines.get(id) ?? []),
    regions: [],
  };
  return { model, order: tree.order, diagnostics: [...tree.diagnostics], merge, statesAbove };
}

/**
 * One region's overlays on what it inherits. In a domain whose catalog above could not be read
 * (`unreadAbove`), what the region inherits is not what its authors built on: an override that
 * matches nothing, or a subject left generic, would only echo that file's error, so the merge's
 * findings there are dropped (they come back once the file is fixed).
 */
function mergeRegion(
  node: RegionNode,
  inherited: States,
  unreadAbove: ReadonlySet<DomainId>,
): { states: States; model: RegionModel; diagnostics: Diagnostic[] } {
  const { input, level } = node;
  const ref: RegionRef = {
    code: input.region.code,
    name: input.region.name,
    level,
    path: input.folder,
  };
  if (node.parent) ref.parent = node.parent.input.region.code;
  const layer = { kind: 'region' as const, code: ref.code, name: ref.name, level };
  const overlays = overlaysByDomain(input.catalogs);
  const states: States = new Map();
  const catalogs: EffectiveCatalog[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { id } of DOMAINS) {
    const parentState = inherited.get(id) ?? { items: [], omitted: [] };
    const passed = passDown(parentState, level);
    const overlay = overlays.get(id);
    if (!overlay) {
      states.set(id, passed);
      continue;
    }
    const applied = applyOverlay(passed, overlay, { layer, level });
    states.set(id, applied.state);
    const named = namedIds(overlay);
    const catalog = publish(applied.state, id, ref, overlay.source.file, named);
    catalogs.push(catalog);
    if (unreadAbove.has(id)) continue;
    diagnostics.push(...applied.diagnostics);
    diagnostics.push(...subjectWarnings(catalog, overlay, regionNames(node)));
  }
  const model: RegionModel = {
    ref,
    file: input.file,
    children: node.children.map((child) => child.input.region.code).sort(),
    catalogs,
  };
  if (input.region.office !== undefined) model.office = input.region.office;
  if (input.region.bundles !== undefined)
    model.bundles = bundlesFromRaw(input.region, input.source);
  return { states, model, diagnostics };
}

/** The first catalog file of each domain; a second one is validate's to report. */
function overlaysByDomain(files: readonly OverlayFile[]): Map<DomainId, OverlayFile> {
  const found = new Map<DomainId, OverlayFile>();
  for (const file of files) {
    const domain = resolveDomain(file.catalog.domain);
    if (domain && !found.has(domain.id)) found.set(domain.id, file);
  }
  return found;
}

function inheritedStates(above: States, level: Level): States {
  return new Map(
    DOMAINS.map(({ id }) => [id, passDown(above.get(id) ?? { items: [], omitted: [] }, level)]),
  );
}

/** What a region of `level` inherits: the items (and omissions) that reach its level or below. */
function passDown(state: LayerState, level: Level): LayerState {
  const stopped = [
    ...state.items.map((entry) => entry.item),
    ...state.omitted.map((omission) => omission.item),
  ].filter((item) => !reachesBelow(item, level));
  return {
    ...state,
    items: state.items.filter((entry) => reachesBelow(entry.item, level)),
    omitted: state.omitted.filter((omission) => reachesBelow(omission.item, level)),
    // Kept so that an entry naming one of them is told where the item applies.
    elsewhere: [
      ...(state.elsewhere ?? []),
      ...stopped.map((item) => ({ id: item.id, levels: applicableLevels(item) })),
    ],
  };
}

/** Ids the overlay names without omitting them: it lists them in its table. */
export function namedIds(overlay: OverlayFile): Set<string> {
  return new Set(
    overlay.catalog.items.filter((raw) => raw.omit === undefined).map((raw) => raw.id),
  );
}

/**
 * The region's own table: what applies at its level, and what it names of the items that apply
 * below it (see core/merge/levels.ts). Omissions: those of items that would be in the table.
 */
export function publish(
  state: LayerState,
  domain: DomainId,
  region: RegionRef,
  file: string,
  named: ReadonlySet<string>,
): EffectiveCatalog {
  const level = region.level;
  const catalog: EffectiveCatalog = {
    domain,
    region,
    file,
    items: state.items.filter((entry) =>
      inRegionTable(entry.item, level, named.has(entry.item.id)),
    ),
    omitted: state.omitted.filter((omission) =>
      inRegionTable(
        omission.item,
        level,
        omission.origin.layer.kind === 'region' && omission.origin.layer.code === region.code,
      ),
    ),
  };
  if (state.title !== undefined) catalog.title = state.title;
  if (state.notes !== undefined) catalog.notes = state.notes;
  if (state.guideline !== undefined) catalog.guideline = state.guideline;
  if (state.completeness !== undefined) catalog.completeness = state.completeness;
  return catalog;
}

function regionNames(node: RegionNode): string[] {
  const names: string[] = [];
  for (let current: RegionNode | undefined = node; current; current = current.parent) {
    names.push(current.input.region.name);
  }
  return names;
}
