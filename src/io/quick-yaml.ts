/**
 * A fast path for clean files. js-yaml parses about ten times faster than the precise `yaml`
 * package, but keeps no positions. So it is used only to say "this file is fine": its data is
 * trusted when the text avoids every construct where the two parsers could differ (anchors and
 * aliases — js-yaml has no alias-bomb limit —, tags, merge keys, directives, document markers, tabs,
 * numbers with underscores, lone carriage returns, '#' glued to text, flow collections or quoted
 * scalars over several lines), and when js-yaml accepts it. Anything else, and any file with a
 * finding, goes through the precise parser, which alone produces positions and messages.
 * test/io/quick-yaml.test.ts checks on the hostile fixtures and on thousands of mutated files that
 * the fast path never accepts what the precise path rejects, and that both give the same data.
 */
import { CORE_SCHEMA, load } from 'js-yaml';

/** Constructs the fast path leaves to the precise parser. */
const RISKY = [
  // Anchors (&a), aliases (*a) and tags (!t): only where a token starts, so "allocation.*" and
  // URLs with "&" still take the fast path.
  /(?:^|[\s,[{])[&*!]\S/mu,
  // Merge keys, directives and document markers.
  /<<|^%|^(?:---|\.\.\.)(?:\s|$)/mu,
  // Tabs, and carriage returns that do not end a line.
  /\t|\r(?!\n)/u,
  // A "#" glued to text: a comment for one parser, text for the other.
  /\S#/u,
  // An empty key inside a flow collection ("[a, : b]").
  /[[{,]\s*:/u,
  // An empty list entry ("-" alone): the parsers attach what follows differently.
  /^[ ]*-[ ]*$/mu,
  // Collections as keys ("[a]: x", "? key"): the parsers turn them into strings differently.
  /[\]}]\s*:(?:\s|$)|(?:^|\s)\?(?:\s|$)/mu,
  // Numbers with underscores: numbers to js-yaml, text to YAML 1.2.
  /(?:^|[\s,[{:])[-+]?[0-9][0-9a-fA-FxXoObB]*_[0-9a-fA-F_]*(?:\.[0-9_]*)?(?=[\s,\]}]|$)/mu,
];

/** The same patterns as one expression: one scan of the text instead of eight (every file pays it). */
const ANY_RISKY = new RegExp(RISKY.map((pattern) => `(?:${pattern.source})`).join('|'), 'mu');

/**
 * A flow collection ({…} or […]) continued on the next line: the parsers disagree on how far such a
 * continuation must be indented, so only one-line flow collections take the fast path.
 */
function hasMultilineFlow(text: string): boolean {
  // One pass over the character codes: this runs on every file, and splitting into lines and
  // iterating code points stood out in profiles of a province.
  let depth = 0;
  let quotes = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : NEWLINE;
    if (code === NEWLINE) {
      // Quoted scalars over several lines fold differently in the two parsers, too.
      if (depth !== 0 || quotes % 2 !== 0) return true;
      depth = 0;
      quotes = 0;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) depth--;
    else if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) quotes++;
  }
  return false;
}

const NEWLINE = 0x0a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/** The file's data, or undefined when the precise parser must decide. */
export function quickParse(text: string): { data: unknown } | undefined {
  if (ANY_RISKY.test(text) || hasMultilineFlow(text)) return undefined;
  try {
    // CORE_SCHEMA is YAML 1.2's, as in the precise parser (no timestamps, no yes/no booleans).
    const data = load(text, { schema: CORE_SCHEMA, json: false });
    return data === null || data === undefined ? undefined : { data };
  } catch {
    return undefined;
  }
}
