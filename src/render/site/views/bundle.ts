/** 办事一本通: one page per 一件事 bundle, its items in the order a citizen meets them. */
import type { ResolvedBundle } from '../../../core/model/bundles.js';
import type { RegionModel } from '../../../core/model/effective.js';
import { bundlePage, catalogPage, itemAnchor, rootOf } from '../paths.js';
import { channelName } from './catalog.js';
import { frame, regionCrumbs, type SiteContext } from './context.js';

export function bundleView(ctx: SiteContext, region: RegionModel, resolved: ResolvedBundle) {
  const page = bundlePage(region.ref.code, resolved.bundle.id);
  const root = rootOf(page);
  const title = `${region.ref.name}办事一本通：${resolved.bundle.name}`;
  return {
    page,
    frame: frame(ctx, page, title, [
      ...regionCrumbs(ctx, region, page),
      { text: resolved.bundle.name, href: '' },
    ]),
    heading: resolved.bundle.name,
    region: region.ref.name,
    description: resolved.bundle.description,
    steps: resolved.steps.map(({ step, domain, item, seq }, index) => ({
      number: index + 1,
      domain: domain.zh,
      name: [item.item.l1, item.item.l2, item.item.l3].filter(Boolean).join(' › '),
      note: step.note,
      elements: item.item.elements.map((element) => element.name),
      timeLimit: item.item.timeLimit?.text,
      subject: item.item.subject,
      channels: item.item.channels.map(channelName),
      href: `${root}${catalogPage(region.ref.code, domain.id)}#${itemAnchor(item.item.id)}`,
      seq,
    })),
  };
}
