/**
 * The domain of a sheet (docs/data-model.md §9): named in the title ("…就业创业领域基层政务公开标准目录") or in
 * the sheet name ("（十三）农村危房改造", "就业"). Domain names drift (救灾生产, 城乡规划 …): every
 * alias counts, and the longest name found wins ("就业创业" over "就业").
 */
import { DOMAINS, resolveDomain, type DomainInfo } from '../core/vocabulary/domains.js';
import { removeSpaces } from '../core/cells/text.js';

const NAMES = DOMAINS.flatMap((domain) =>
  [domain.zh, ...domain.aliases].map((name) => ({ name, domain })),
).sort((a, b) => b.name.length - a.name.length);

/** The domain a text names: exactly, or as the longest domain name inside it. */
export function domainIn(text: string): DomainInfo | undefined {
  const bare = removeSpaces(text);
  if (bare === '') return undefined;
  return resolveDomain(bare) ?? NAMES.find((entry) => bare.includes(entry.name))?.domain;
}
