/**
 * The line where each node of a clean file starts, from one pass over its lines, without a YAML
 * parser. The merge records the line of every value it takes (the origin of each field of each
 * item of each region); asking the precise parser for those lines parsed every file of a province a
 * second time and cost more than the rest of loading. Only for text the fast path accepted
 * (quick-yaml.ts): block collections, one-line flow collections and quoted scalars, no anchors,
 * tags or tabs. Where this index is unsure (escaped keys, nodes it did not see) it has no answer and
 * the caller asks the precise parser; test/io/line-index.test.ts checks on the examples, the
 * baselines, the fixtures and a generated province that every answer equals the precise parser's.
 */
import type { JsonPath } from '../core/diagnostics/index.js';

/** A block collection still open: a map's keys, or a list's dashes, at `column`. */
interface Open {
  column: number;
  kind: 'map' | 'seq';
  path: string;
  /** Entries seen so far (lists): the next dash is entry number `count`. */
  count: number;
}

const SEPARATOR = '\u0000';

export interface LineIndex {
  /** 1-based line where the node at `path` starts, when the index knows it. */
  lineOf(path: JsonPath): number | undefined;
}

export function lineIndex(text: string): LineIndex {
  const lines = new Map<string, number>();
  /** Paths of one-line flow collections: everything inside starts on their line. */
  const flows = new Map<string, number>();
  const stack: Open[] = [];
  /** A key whose value starts on a later line. */
  let pending: { path: string; column: number } | undefined;
  /** Lines indented past this column continue a scalar (block or plain), not the structure. */
  let scalarAbove = -1;

  const record = (path: string, line: number) => {
    if (!lines.has(path)) lines.set(path, line);
  };

  /** The node written at `column` of line `line`: `- …`, `key: …`, or a scalar. */
  const node = (content: string, column: number, path: string, line: number): void => {
    record(path, line);
    if (content.startsWith('- ') || content === '-') {
      const open = openAt(column, 'seq', path);
      const entry = `${open.path}${SEPARATOR}${open.count++}`;
      const rest = content.slice(1);
      // "- # note" leaves the entry's node to a later line: the precise parser knows which.
      if (rest.trimStart().startsWith('#')) throw new Unsure();
      const offset = rest.length - rest.trimStart().length + 1;
      node(rest.trimStart(), column + offset, entry, line);
      return;
    }
    const key = keyOf(content);
    if (key) {
      const open = openAt(column, 'map', path);
      const keyPath = `${open.path}${SEPARATOR}${key.name}`;
      const value = stripComment(content.slice(key.end)).trim();
      if (value === '') {
        pending = { path: keyPath, column };
        return;
      }
      scalarOrFlow(value, column, keyPath, line);
      return;
    }
    scalarOrFlow(content, column - 1, path, line);
  };

  /** The value of a key (or a list entry) written on the same line. */
  const scalarOrFlow = (value: string, owner: number, path: string, line: number): void => {
    record(path, line);
    if (value.startsWith('[') || value.startsWith('{')) flows.set(path, line);
    // A block scalar or a plain scalar may go on over the lines indented past its owner.
    scalarAbove = owner;
  };

  /** The collection open at `column`, or a new one there (popping what ended). */
  const openAt = (column: number, kind: Open['kind'], path: string): Open => {
    const top = stack[stack.length - 1];
    if (top?.column === column && top.kind === kind) return top;
    const open: Open = { column, kind, path, count: 0 };
    stack.push(open);
    return open;
  };

  const indexLines = (all: readonly string[]) => {
    for (let index = 0; index < all.length; index++) {
      const raw = (all[index] ?? '').replace(/\r$/u, '');
      const content = raw.trimStart();
      const column = raw.length - content.length;
      if (content === '' || content.startsWith('#')) continue;
      if (column > scalarAbove && scalarAbove >= 0) continue;
      scalarAbove = -1;
      // Close what this line's indentation ends. A list may sit at its key's column ("items:\n- …"),
      // and then ends at the next key of that column.
      while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top === undefined) break;
        const ended =
          top.column > column ||
          (top.column === column && top.kind === 'seq' && !content.startsWith('-'));
        if (!ended) break;
        stack.pop();
      }
      let path = stack[stack.length - 1]?.path ?? '';
      if (pending) {
        const opensValue =
          column > pending.column || (column === pending.column && content.startsWith('- '));
        if (opensValue) path = pending.path;
        pending = undefined;
      }
      node(content, column, path, index + 1);
    }
  };
  try {
    indexLines(text.split('\n'));
  } catch (error) {
    if (!(error instanceof Unsure)) throw error;
    return { lineOf: () => undefined };
  }

  return {
    lineOf(path) {
      const key = path.map((segment) => `${SEPARATOR}${String(segment)}`).join('');
      const found = lines.get(key);
      if (found !== undefined) return found;
      // Inside a one-line flow collection: every node starts on its line.
      for (let length = path.length - 1; length > 0; length--) {
        const prefix = path
          .slice(0, length)
          .map((segment) => `${SEPARATOR}${String(segment)}`)
          .join('');
        const flow = flows.get(prefix);
        if (flow !== undefined) return flow;
        if (lines.has(prefix)) return undefined;
      }
      return undefined;
    },
  };
}

/** Thrown where the index meets what it does not read: the precise parser answers instead. */
class Unsure extends Error {}

/** The key (`name: …`, `name:`, `"name": …`) at the start of `content`, or none. */
function keyOf(content: string): { name: string; end: number } | undefined {
  const first = content[0] ?? '';
  if (first === '"' || first === "'") {
    const close = content.indexOf(first, 1);
    const after = content.slice(close + 1).trimStart();
    if (close < 0 || !after.startsWith(':')) return undefined;
    const name = content.slice(1, close);
    // Escapes and doubled quotes: the precise parser knows what they mean.
    if (name.includes('\\') || content[close + 1] === first) throw new Unsure();
    const end = content.indexOf(':', close) + 1;
    return { name, end };
  }
  // Flow collections and scalars starting with an indicator are values, not keys.
  if ('[{|>!&*%@`#'.includes(first)) return undefined;
  for (let i = 0; i < content.length; i++) {
    if (content[i] === ':' && (i + 1 === content.length || content[i + 1] === ' ')) {
      return { name: content.slice(0, i).trimEnd(), end: i + 1 };
    }
    if (content[i] === ' ' && content[i + 1] === '#') return undefined;
  }
  return undefined;
}

/** The text before a comment (` #`), outside quotes. */
function stripComment(value: string): string {
  let quote = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i] ?? '';
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#' && (i === 0 || value[i - 1] === ' ')) return value.slice(0, i);
  }
  return value;
}
