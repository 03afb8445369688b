/**
 * An imported catalog as a national baseline (`gkml import --baseline`): a province's complete
 * tables replace the bundled, partial ones. Every item cites the document the tables come from
 * (the `--source` option, else the sheet's title), and the catalog says it is complete.
 */
import { findDocNo } from '../core/cells/basis/doc-number.js';
import type { RawCatalog, RawGuideline, RawItem, RawSource } from '../core/model/raw.js';

export interface BaselineOptions {
  /** `--source`: the document's title, with its 文号 if it has one; else the sheet title is used. */
  source?: string;
  /** The sheet's title above the table, or the sheet's name when it has none. */
  sheetTitle: string;
  /** Where the table was read: "江西省目录.xlsx 工作表「（二）就业」". */
  origin: string;
  /** The bundled baseline's guideline for the domain: the ministry document the tables follow. */
  guideline?: RawGuideline;
}

/** "《某通知》（赣民字〔2024〕3号）" → title and 文号; a text without a 文号 is all title. */
export function splitSource(text: string): { document: string; docNo?: string } {
  const trimmed = text.trim();
  const found = findDocNo(trimmed);
  if (!found) return { document: trimmed };
  const title = trimmed
    .slice(0, found.index)
    .replace(/[\s,，;；、:：(（[【〔]+$/u, '')
    .trim();
  // A text that is nothing but a 文号 keeps it as its title too: a document needs a name.
  return { document: title === '' ? found.docNo : title, docNo: found.docNo };
}

export function asBaseline(catalog: RawCatalog, options: BaselineOptions): RawCatalog {
  const cited = splitSource(options.source ?? options.sheetTitle);
  const source: RawSource = { ...cited, seenAt: options.origin };
  // One object per item: a shared one would be written as a YAML anchor and aliases.
  const items: RawItem[] = catalog.items.map((item) => ({ ...item, source: { ...source } }));
  const from = cited.docNo === undefined ? cited.document : `${cited.document}（${cited.docNo}）`;
  return {
    domain: catalog.domain,
    ...(catalog.title !== undefined ? { title: catalog.title } : {}),
    ...(catalog.notes !== undefined ? { notes: catalog.notes } : {}),
    ...(options.guideline !== undefined ? { guideline: options.guideline } : {}),
    completeness: {
      status: 'complete',
      note: `由 gkml import --baseline 从 ${options.origin} 导入，依据 ${from}，作为完整目录使用。`,
    },
    items,
  };
}
