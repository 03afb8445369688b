/**
 * Markdown for pull-request comments. Catalog text is untrusted: it must not open HTML tags, break
 * a table, or mention people, so every value goes through `cell` or `code`.
 */

/** Text for a table cell or a line: HTML-escaped, no pipes or line breaks, no @-mentions. */
export function cell(text: string): string {
  return text
    .replace(/[\\*_`[\]#~]/gu, (char) => `\\${char}`)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('@', '&#64;')
    .replaceAll('|', '\\|')
    .replace(/\s*[\r\n]+\s*/gu, ' ');
}

/** An inline code span that no backtick in the text can close early. */
export function code(text: string): string {
  const clean = text.replace(/[\r\n]+/gu, ' ').replaceAll('|', '\\|');
  const longest = Math.max(0, ...[...clean.matchAll(/`+/gu)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return longest > 0 ? `${fence} ${clean} ${fence}` : `${fence}${clean}${fence}`;
}

export function table(
  header: readonly string[],
  align: readonly string[],
  rows: readonly (readonly string[])[],
): string[] {
  const rule = header.map((_, i) => (align[i] === 'r' ? '--:' : '---'));
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(rule), ...rows.map(line)];
}

/** A collapsible section; the blank lines let GitHub and GitLab render Markdown inside. */
export function details(summary: string, body: readonly string[]): string[] {
  const lines = [...body];
  while (lines.at(-1) === '') lines.pop();
  return ['<details>', `<summary>${summary}</summary>`, '', ...lines, '', '</details>', ''];
}

/** The marker CI bots look for to update their previous comment instead of adding one. */
export const COMMENT_MARKER = '<!-- gkml-diff -->';

/** GitHub rejects comments over 65,536 characters; leave room for the truncation note. */
export const COMMENT_BUDGET = 60_000;
