/** A domain named on the command line (id, Chinese name or alias), shared by every `--domain`. */
import { allDomainNames, resolveDomain, type DomainId } from '../core/vocabulary/domains.js';
import { closestMatches } from '../core/util/suggest.js';
import { UsageError } from './errors.js';
import { sharedMessages } from './messages.js';

/** The domain's id; an unknown name is a usage error (exit 2) with suggestions. */
export function domainArgument(name: string): DomainId {
  const domain = resolveDomain(name);
  if (domain) return domain.id;
  const names = allDomainNames();
  // Part of a name ("disaster", "救灾生") is as telling as a typo.
  const partial = name.length >= 2 ? names.filter((n) => n.includes(name) || name.includes(n)) : [];
  const suggestions = [...partial, ...closestMatches(name, names)].flatMap((match) => {
    const found = resolveDomain(match);
    return found ? [`${found.zh} (${found.id})`] : [];
  });
  throw new UsageError(sharedMessages.unknownDomain(name, [...new Set(suggestions)]));
}
