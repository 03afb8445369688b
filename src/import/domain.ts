/**
 * The domain of a sheet (docs/data-model.md §9): named in the title ("…就业创业领域基层政务公开标准目录"), in
 * the sheet name ("（十三）农村危房改造", "就业"), or, in a table of many domains, in each row's
 * 一级事项 cell. Domain names drift (救灾生产, 城乡规划 …): every alias counts, and the synonyms of
 * core/vocabulary/domain-synonyms.ts (重大项目建设, 惠农补贴 …) count too, reported by the caller.
 */
import { DOMAIN_SYNONYMS } from '../core/vocabulary/domain-synonyms.js';
import { DOMAINS, resolveDomain, type DomainInfo } from '../core/vocabulary/domains.js';
import { removeSpaces } from '../core/cells/text.js';
import { itemName } from './cells.js';

/** A domain found in a text; `synonym` is the name written when it is a synonym, not an alias. */
export interface DomainName {
  domain: DomainInfo;
  synonym?: string;
}

const byId = new Map<string, DomainInfo>(DOMAINS.map((domain) => [domain.id, domain]));
const SYNONYMS = new Map<string, DomainInfo>(
  Object.entries(DOMAIN_SYNONYMS).flatMap(([name, id]) => {
    const domain = byId.get(id);
    return domain ? [[name, domain] as const] : [];
  }),
);

/**
 * Names searched inside titles, longest first ("就业创业" over "就业"). Synonyms of two characters
 * (卫生, 教育, 规划) are too common inside other words to be searched for.
 */
const NAMES: readonly { name: string; domain: DomainInfo; synonym: boolean }[] = [
  ...DOMAINS.flatMap((domain) =>
    [domain.zh, ...domain.aliases].map((name) => ({ name, domain, synonym: false })),
  ),
  ...[...SYNONYMS]
    .filter(([name]) => name.length >= 3)
    .map(([name, domain]) => ({ name, domain, synonym: true })),
].sort((a, b) => b.name.length - a.name.length);

/** "（一）社会救助领域", "1.社会救助", "社会救助类" → "社会救助". */
function bare(text: string): string {
  return removeSpaces(itemName(text)).replace(/(?:领域|类|方面)$/u, '');
}

/** The domain a heading or 一级事项 cell names as a whole: name, alias or synonym. */
export function domainNamed(text: string): DomainName | undefined {
  const name = bare(text);
  if (name === '') return undefined;
  const domain = resolveDomain(name);
  if (domain) return { domain };
  const synonym = SYNONYMS.get(name);
  return synonym ? { domain: synonym, synonym: name } : undefined;
}

/** The domain a title or sheet name names: exactly, or as the longest domain name inside it. */
export function domainIn(text: string): DomainName | undefined {
  const named = domainNamed(text);
  if (named) return named;
  const words = removeSpaces(text);
  const found = NAMES.find((entry) => words.includes(entry.name));
  if (!found) return undefined;
  return found.synonym ? { domain: found.domain, synonym: found.name } : { domain: found.domain };
}
