/**
 * The documents of a register that the public may see: those marked 此件公开发布 or 此件删减后公开.
 * Withheld documents stay out of the site (their titles can be what is withheld).
 */
import type { RegionModel } from '../model/effective.js';
import { resolveDomain } from '../vocabulary/domains.js';
import { markOf, readAttribute } from './attribute.js';
import type { RawDocument } from './types.js';

export interface PublicDocument {
  document: RawDocument;
  /** 1-based position in the register: a stable anchor. */
  number: number;
  /** The full mark: 此件公开发布. */
  attribute: string;
  /** "domain-id/item-id" when the item names a known domain. */
  itemKey?: string;
}

export function publicDocuments(region: RegionModel): PublicDocument[] {
  const documents = region.register?.register.documents ?? [];
  return documents.flatMap((document, index) => {
    const read = document.attribute === undefined ? undefined : readAttribute(document.attribute);
    if (!read?.ok || read.kind !== '主动') return [];
    const [domain = '', id = ''] = (document.item ?? '').split('/');
    const domainId = resolveDomain(domain)?.id;
    return [
      {
        document,
        number: index + 1,
        attribute: markOf(read.attribute),
        ...(domainId !== undefined && id !== '' ? { itemKey: `${domainId}/${id}` } : {}),
      },
    ];
  });
}
