/**
 * A region's catalog file rewritten with new items, byte for byte the same outside the entries
 * that change: an unchanged entry keeps its text (comments, quoting, layout); a changed entry is
 * written anew in its place; a dropped one is cut out; a new one is appended to `items`. Entries
 * are matched by id. Written entries use block style, with `levels` and `incomplete` on one line,
 * which Prettier leaves as it is.
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { RawCatalog, RawItem } from '../core/model/raw.js';

/** Lists that read best on one line, as the bundled catalogs write them. */
const FLOW_LISTS = new Set(['levels', 'incomplete']);

/** An entry as YAML text, its lines after the first indented to `column`. */
function entryText(entry: RawItem, column: number): string {
  const document = new Document(entry);
  visit(document, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key === 'string' && FLOW_LISTS.has(key) && isSeq(pair.value))
        pair.value.flow = true;
    },
  });
  const text = document.toString({ lineWidth: 0, flowCollectionPadding: false });
  const pad = ' '.repeat(column);
  return text
    .trimEnd()
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : pad + line))
    .join('\n');
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const columnAt = (text: string, offset: number): number =>
  offset - (text.lastIndexOf('\n', offset - 1) + 1);

/** The file's new text; `text` itself when the catalogs are equal. */
export function editCatalogText(text: string, before: RawCatalog, after: RawCatalog): string {
  if (isDeepStrictEqual(before, after)) return text;
  const document = parseDocument(text);
  const items = document.get('items', true);
  const nodes = isSeq(items) && !items.flow ? items.items : [];
  const top = after.notes !== before.notes || after.title !== before.title;
  if (top || nodes.length !== before.items.length || nodes.length === 0)
    return wholeText(text, after);
  const edits: Edit[] = [];
  const kept = new Set<number>();
  const appended: RawItem[] = [];
  const firstRange = (nodes[0] as { range?: [number, number, number] }).range;
  const column = firstRange ? columnAt(text, firstRange[0]) : 4;
  for (const entry of after.items) {
    const index = before.items.findIndex((old, at) => old.id === entry.id && !kept.has(at));
    const range = (nodes[index] as { range?: [number, number, number] } | undefined)?.range;
    if (index < 0 || !range) {
      appended.push(entry);
      continue;
    }
    kept.add(index);
    if (isDeepStrictEqual(before.items[index], entry)) continue;
    edits.push({ start: range[0], end: range[1], text: `${entryText(entry, column)}\n` });
  }
  nodes.forEach((node, index) => {
    const range = (node as { range?: [number, number, number] }).range;
    if (kept.has(index) || !range) return;
    edits.push({ start: text.lastIndexOf('\n', range[0]) + 1, end: range[1], text: '' });
  });
  const end = isSeq(items) ? (items.range?.[1] ?? text.length) : text.length;
  const dash = `${' '.repeat(Math.max(0, column - 2))}- `;
  const added = appended.map((entry) => `${dash}${entryText(entry, column)}\n`).join('');
  if (added !== '') edits.push({ start: end, end, text: added });
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

/** The whole document written again (title or notes changed, or an items list in flow style). */
function wholeText(text: string, after: RawCatalog): string {
  const document = parseDocument(text);
  if (after.title === undefined) document.delete('title');
  else if (document.has('title')) document.set('title', after.title);
  // A new title goes under domain, where files write it.
  else if (isMap(document.contents))
    document.contents.items.splice(1, 0, document.createPair('title', after.title));
  if (after.notes === undefined) document.delete('notes');
  else document.set('notes', after.notes);
  document.set('items', document.createNode(after.items));
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}
