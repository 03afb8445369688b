/**
 * 办事一本通: a region's 一件事 bundles (region.yaml `bundles`), read into the model and resolved
 * against the region's effective catalogs. A step that names no item of the region is an error at
 * the step's place in region.yaml; the renderers show only the steps that resolve.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/index.js';
import { DOMAINS, resolveDomain, type DomainInfo } from '../vocabulary/domains.js';
import type { Bundle, BundleStep, EffectiveItem, RegionModel } from './effective.js';
import type { RawRegion } from './raw.js';
import type { SourceLocator } from '../schema/errors.js';
import { closestMatches } from '../util/suggest.js';

/** The bundles of a region file as the model holds them, each step located in the file. */
export function bundlesFromRaw(region: RawRegion, source: SourceLocator): Bundle[] {
  return (region.bundles ?? []).map((raw, index) => {
    const steps: BundleStep[] = [];
    raw.items.forEach((step, stepIndex) => {
      // The schema only admits known domain names; an unknown one has been reported there.
      const domain = resolveDomain(step.domain);
      if (!domain) return;
      const span = source.locate(['bundles', index, 'items', stepIndex]);
      steps.push({
        domain: domain.id,
        id: step.id,
        ...(step.note !== undefined ? { note: step.note } : {}),
        ...(span ? { span } : {}),
      });
    });
    const span = source.locate(['bundles', index]);
    return {
      id: raw.id,
      name: raw.name,
      ...(raw.description !== undefined ? { description: raw.description } : {}),
      steps,
      ...(span ? { span } : {}),
    };
  });
}

export interface ResolvedStep {
  step: BundleStep;
  domain: DomainInfo;
  item: EffectiveItem;
  /** 序号 of the item in its domain's table (1-based), as the catalog page numbers it. */
  seq: number;
}

export interface ResolvedBundle {
  bundle: Bundle;
  steps: ResolvedStep[];
}

/** Resolves each step to an item of the region's effective catalogs; the rest become diagnostics. */
export function resolveBundles(region: RegionModel): {
  bundles: ResolvedBundle[];
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const bundles = (region.bundles ?? []).map((bundle, index) => {
    const steps: ResolvedStep[] = [];
    bundle.steps.forEach((step, stepIndex) => {
      const domain = DOMAINS.find((d) => d.id === step.domain);
      const catalog = region.catalogs.find((c) => c.domain === step.domain);
      const seq = catalog ? catalog.items.findIndex((e) => e.item.id === step.id) : -1;
      const item = catalog?.items[seq];
      if (domain && item) {
        steps.push({ step, domain, item, seq: seq + 1 });
        return;
      }
      // The domain's catalog could not be read: the step may well be right (RegionModel.unread).
      if (domain && region.unread?.includes(domain.id)) return;
      const at = {
        file: region.file,
        ...(step.span ? { span: step.span } : {}),
        path: ['bundles', index, 'items', stepIndex, 'id'],
      };
      const names = { bundle: bundle.id, domain: domain?.zh ?? step.domain, id: step.id };
      const omission = catalog?.omitted.find((o) => o.id === step.id);
      diagnostics.push(
        omission
          ? diagnostic('bundle-item-omitted', { ...names, reason: omission.reason }, at)
          : diagnostic(
              'bundle-item-unknown',
              {
                ...names,
                suggestions: closestMatches(step.id, catalog?.items.map((e) => e.item.id) ?? []),
              },
              at,
            ),
      );
    });
    return { bundle, steps };
  });
  return { bundles, diagnostics };
}
