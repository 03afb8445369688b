/**
 * For `gkml validate`: a register's item rules need its region's effective catalog, which only a
 * merge gives. Each repository holding a validated documents.yaml is merged once for it; only the
 * item findings of the registers being validated are kept (the rest is validate's own work).
 */
import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics/index.js';
import type { RegisterUnit } from '../core/documents/index.js';
import { joinRegisters } from '../core/documents/repository.js';
import { mergeRepository } from '../core/merge/index.js';
import { findRoot } from '../io/layout.js';
import { officialCalendar } from '../io/official-calendar.js';
import { readRepository } from './load-repository.js';

export async function registerItemFindings(
  registers: readonly RegisterUnit[],
  options: { cwd: string; today: string },
): Promise<Diagnostic[]> {
  const wanted = new Set(registers.map((unit) => unit.source.file));
  const roots = new Set<string>();
  for (const unit of registers) {
    const root = unit.regionFile && findRoot(dirname(resolve(options.cwd, unit.source.file)));
    if (root) roots.add(root);
  }
  const found: Diagnostic[] = [];
  for (const root of [...roots].sort()) {
    const read = await readRepository(root, { ...options, registers: true });
    if (!read.input) continue;
    const units = read.registers.filter((unit) => wanted.has(unit.source.file));
    const { model } = mergeRepository(read.input);
    const check = { calendar: officialCalendar(), today: options.today };
    found.push(...joinRegisters(model, units, check).diagnostics);
  }
  return found;
}
