/**
 * How an overlay changes an inherited list (公开内容, 公开依据, 公开渠道). A plain list, or
 * `{replace}`, is the new list; `{remove}` drops entries by key, then `{add}` appends new entries or
 * updates the one with the same key (the fields it writes replace, the others stay: adding
 * `{name: 政府网站, url: …}` keeps the ■ the guideline gave it).
 */
import type { JsonPath } from '../diagnostics/index.js';
import type { FieldChange, Origin } from '../model/effective.js';
import type { ListField } from '../model/item.js';
import type { RawList } from '../model/raw.js';
import { closestMatches } from '../util/suggest.js';
import { originOf, type LayerFile } from './origin.js';

/** How one list field is read and keyed. */
export interface ListKind<Entry, RawEntry> {
  field: ListField;
  read(raw: RawEntry): Entry;
  key(entry: Entry): string;
  removeKey(written: string): string;
  name(entry: Entry): string;
}

export interface ListState<Entry> {
  entries: Entry[];
  origins: Origin[];
}

/** A `remove` that matched nothing, to be reported at `path`. */
export interface Unmatched {
  written: string;
  path: JsonPath;
  suggestions: string[];
}

export interface ListResult<Entry> extends ListState<Entry> {
  changes: FieldChange[];
  unmatched: Unmatched[];
}

export function applyList<Entry extends object, RawEntry>(
  kind: ListKind<Entry, RawEntry>,
  inherited: ListState<Entry>,
  raw: RawList<RawEntry>,
  at: LayerFile,
  path: JsonPath,
): ListResult<Entry> {
  const whole = Array.isArray(raw) ? { list: raw, path } : undefined;
  const replace =
    !Array.isArray(raw) && raw.replace
      ? { list: raw.replace, path: [...path, 'replace'] }
      : undefined;
  const given = whole ?? replace;
  if (given) {
    const previous = inherited.entries.map((entry) => kind.name(entry)).join('、');
    return {
      entries: given.list.map((entry) => kind.read(entry)),
      origins: given.list.map((_, index) => originOf(at, [...given.path, index])),
      changes: [
        {
          field: kind.field,
          op: 'replace',
          ...(previous === '' ? {} : { previous }),
          origin: originOf(at, given.path),
        },
      ],
      unmatched: [],
    };
  }
  const result: ListResult<Entry> = {
    entries: [...inherited.entries],
    origins: [...inherited.origins],
    changes: [],
    unmatched: [],
  };
  if (Array.isArray(raw)) return result;
  (raw.remove ?? []).forEach((written, index) => {
    remove(kind, result, written, at, [...path, 'remove', index]);
  });
  (raw.add ?? []).forEach((entry, index) => {
    add(kind, result, kind.read(entry), originOf(at, [...path, 'add', index]));
  });
  return result;
}

function remove<Entry, RawEntry>(
  kind: ListKind<Entry, RawEntry>,
  result: ListResult<Entry>,
  written: string,
  at: LayerFile,
  path: JsonPath,
): void {
  const key = kind.removeKey(written);
  const index = result.entries.findIndex((entry) => kind.key(entry) === key);
  const found = result.entries[index];
  if (found === undefined) {
    const names = result.entries.map((entry) => kind.name(entry));
    result.unmatched.push({ written, path, suggestions: closestMatches(written, names) });
    return;
  }
  const previousOrigin = result.origins[index];
  result.entries.splice(index, 1);
  result.origins.splice(index, 1);
  const name = kind.name(found);
  result.changes.push({
    field: kind.field,
    op: 'remove',
    key: name,
    previous: name,
    ...(previousOrigin === undefined ? {} : { previousOrigin }),
    origin: originOf(at, path),
  });
}

function add<Entry extends object, RawEntry>(
  kind: ListKind<Entry, RawEntry>,
  result: ListResult<Entry>,
  entry: Entry,
  origin: Origin,
): void {
  const key = kind.key(entry);
  const index = result.entries.findIndex((existing) => kind.key(existing) === key);
  const found = result.entries[index];
  if (found === undefined) {
    result.entries.push(entry);
    result.origins.push(origin);
    result.changes.push({ field: kind.field, op: 'add', key: kind.name(entry), origin });
    return;
  }
  const previousOrigin = result.origins[index];
  result.entries[index] = { ...found, ...entry };
  result.origins[index] = origin;
  result.changes.push({
    field: kind.field,
    op: 'update',
    key: kind.name(entry),
    previous: kind.name(found),
    ...(previousOrigin === undefined ? {} : { previousOrigin }),
    origin,
  });
}
