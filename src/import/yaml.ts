/**
 * An imported catalog as a YAML file: the `# yaml-language-server: $schema=` line first (editor
 * completion), a comment naming the workbook and sheet it came from, then the catalog in block
 * style, with short lists (levels, incomplete) and small entries ({name, local}) on one line, the
 * way the bundled catalogs are written.
 */
import { Document, isScalar, isSeq, visit } from 'yaml';
import type { RawCatalog } from '../core/model/raw.js';

export interface YamlOptions {
  /** Path of catalog.schema.json relative to the file being written. */
  schemaRef: string;
  /** Where the catalog came from: "中原区.xlsx 工作表「（二）就业」". */
  origin: string;
}

/** Keys whose lists read best on one line. */
const FLOW_LISTS = new Set(['levels', 'incomplete']);

export function catalogYaml(catalog: RawCatalog, options: YamlOptions): string {
  const document = new Document(catalog);
  visit(document, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key === 'string' && FLOW_LISTS.has(key) && isSeq(pair.value))
        pair.value.flow = true;
    },
    Map(_, map, path) {
      // Entries of an item's lists ({name: 政府网站, url: …}) sit on one line; the path is
      // document, catalog, items pair, items, item, field pair, list.
      if (isSeq(path[path.length - 1]) && path.length > 4) map.flow = true;
    },
  });
  const body = document.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false });
  return `# yaml-language-server: $schema=${options.schemaRef}\n# gkml import: ${options.origin}\n${body}`;
}
