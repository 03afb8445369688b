/** Reading back the summary of the last compile (see render/compile/summary.ts). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SUMMARY_PATH, type CompileSummary } from '../../core/output/summary.js';

const NUMBERS = [
  'regions',
  'domains',
  'items',
  'errors',
  'warnings',
  'infos',
  'covered',
  'omitted',
  'expected',
] as const;

export async function readCompileSummary(out: string): Promise<CompileSummary | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(out, SUMMARY_PATH), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const record = new Map<string, unknown>(Object.entries(parsed));
    const numbers = NUMBERS.map((key) => record.get(key));
    const exit = record.get('exitCode');
    if (!numbers.every((n) => typeof n === 'number') || (exit !== 0 && exit !== 1 && exit !== 2)) {
      return undefined;
    }
    const [regions, domains, items, errors, warnings, infos, covered, omitted, expected] =
      numbers.map(Number);
    return {
      regions: regions ?? 0,
      domains: domains ?? 0,
      items: items ?? 0,
      errors: errors ?? 0,
      warnings: warnings ?? 0,
      infos: infos ?? 0,
      covered: covered ?? 0,
      omitted: omitted ?? 0,
      expected: expected ?? 0,
      exitCode: exit,
    };
  } catch {
    return undefined;
  }
}
