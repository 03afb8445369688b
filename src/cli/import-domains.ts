/**
 * `gkml import --domain`, repeatable: "就业" names the domain of every table sheet; "Sheet名=领域"
 * assigns one sheet (a refused sheet of a multi-sheet workbook). The sheet's name is everything
 * before the last "=", so a sheet name may hold "=" itself.
 */
import type { DomainId } from '../core/vocabulary/domains.js';
import { domainArgument } from './domain-arg.js';
import { UsageError } from './errors.js';
import { importMessages } from './commands/import/messages.js';

export interface DomainChoices {
  /** The domain of every table sheet. */
  domain?: DomainId;
  /** Domain by sheet name. */
  sheets: Record<string, DomainId>;
}

export function domainChoices(values: readonly string[]): DomainChoices {
  const sheets: Record<string, DomainId> = {};
  const global: string[] = [];
  for (const value of values) {
    const at = value.lastIndexOf('=');
    if (at <= 0) global.push(value);
    else sheets[value.slice(0, at).trim()] = domainArgument(value.slice(at + 1).trim());
  }
  if (global.length > 1) throw new UsageError(importMessages.twoDomains(global));
  const [only] = global;
  return only === undefined ? { sheets } : { domain: domainArgument(only), sheets };
}

/** Sheets assigned a domain that no workbook holds: a usage error, as a typo would go unnoticed. */
export function checkAssignedSheets(
  assigned: Readonly<Record<string, DomainId>>,
  sheets: readonly string[],
): void {
  const present = new Set(sheets);
  const missing = Object.keys(assigned).filter((name) => !present.has(name));
  if (missing.length > 0) throw new UsageError(importMessages.unknownSheets(missing, sheets));
}
