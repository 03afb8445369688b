/** The README's table of diagnostic codes, made from the registry so the two cannot drift. */
import { CODES } from './codes/index.js';

const START = '<!-- codes:start -->';
const END = '<!-- codes:end -->';

export function codesTable(): string {
  const rows = Object.entries(CODES).map(([code, spec]) => {
    const severity = spec.severity + ('fatal' in spec ? ' (exit 2)' : '');
    return `| \`${code}\` | ${severity} | ${spec.doc.replaceAll('|', '\\|')} |`;
  });
  return ['| code | severity | meaning |', '|---|---|---|', ...rows].join('\n');
}

/** Replaces what stands between the markers in `readme`. */
export function replaceCodesTable(readme: string, table: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) return readme;
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}
