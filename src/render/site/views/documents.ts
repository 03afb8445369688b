/** 政策文件与解读: a region's published documents, their 公开属性, dates, 解读 and catalog items. */
import { publicDocuments, type PublicDocument } from '../../../core/documents/published.js';
import type { RegionModel } from '../../../core/model/effective.js';
import type { DomainId } from '../../../core/vocabulary/domains.js';
import { resolveDomain } from '../../../core/vocabulary/domains.js';
import { catalogPage, documentAnchor, documentsPage, itemAnchor, rootOf } from '../paths.js';
import { linkOrText } from '../url.js';
import { frame, regionCrumbs, type SiteContext } from './context.js';

/** Links from catalog rows: the region's published documents by "domain/item-id". */
export function documentLinks(region: RegionModel, fromPage: string) {
  const byItem = new Map<string, { title: string; href: string }[]>();
  const href = rootOf(fromPage) + documentsPage(region.ref.code);
  for (const entry of publicDocuments(region)) {
    if (entry.itemKey === undefined) continue;
    const list = byItem.get(entry.itemKey) ?? [];
    list.push({ title: entry.document.title, href: `${href}#${documentAnchor(entry.number)}` });
    byItem.set(entry.itemKey, list);
  }
  return (domain: DomainId, id: string) => byItem.get(`${domain}/${id}`) ?? [];
}

export function documentsView(ctx: SiteContext, region: RegionModel) {
  const page = documentsPage(region.ref.code);
  const title = `${region.ref.name}政策文件与解读`;
  const register = region.register?.register;
  return {
    page,
    frame: frame(ctx, page, title, [
      ...regionCrumbs(ctx, region, page),
      { text: '政策文件与解读', href: '' },
    ]),
    heading: title,
    region: region.ref.name,
    documents: publicDocuments(region).map((entry) => documentRow(region, page, entry)),
    consultations: (register?.consultations ?? []).map((consultation) => ({
      title: linkOrText(consultation.title),
      href: consultation.url === undefined ? undefined : linkOrText(consultation.url).href,
      opened: consultation.opened,
      closed: consultation.closed,
      feedback: consultation.feedback?.published,
      feedbackHref:
        consultation.feedback?.url === undefined
          ? undefined
          : linkOrText(consultation.feedback.url).href,
      adopted: consultation.feedback?.adopted,
      notAdopted: (consultation.feedback?.notAdopted ?? []).map((entry) => ({
        opinion: entry.opinion,
        reason: entry.reason,
      })),
    })),
  };
}

function documentRow(region: RegionModel, page: string, entry: PublicDocument) {
  const { document } = entry;
  const interpretation = document.interpretation;
  return {
    anchor: documentAnchor(entry.number),
    title: document.title,
    href: document.url === undefined ? undefined : linkOrText(document.url).href,
    docNo: document.docNo,
    attribute: entry.attribute,
    issued: document.issued,
    published: document.published,
    interpretation: interpretation && {
      published: interpretation.published,
      forms: interpretation.forms ?? [],
      href: interpretation.url === undefined ? undefined : linkOrText(interpretation.url).href,
    },
    item: itemLink(region, page, entry),
  };
}

function itemLink(region: RegionModel, page: string, entry: PublicDocument) {
  if (entry.itemKey === undefined) return undefined;
  const [domainText = '', id = ''] = entry.itemKey.split('/');
  const domain = resolveDomain(domainText);
  const catalog = region.catalogs.find((c) => c.domain === domain?.id);
  const found = catalog?.items.find((effective) => effective.item.id === id);
  if (!domain || !found) return undefined;
  const item = found.item;
  return {
    text: `${domain.zh}：${[item.l1, item.l2, item.l3].filter(Boolean).join(' › ')}`,
    href: `${rootOf(page)}${catalogPage(region.ref.code, domain.id)}#${itemAnchor(id)}`,
  };
}
