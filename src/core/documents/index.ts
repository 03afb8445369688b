/**
 * The document register room: documents.yaml beside region.yaml, checked on its own (attributes,
 * 解读, reviews, consultations) and against the region's effective catalog (items, deadlines).
 */
import type { Diagnostic } from '../diagnostics/index.js';
import { reporterFor } from '../rules/context.js';
import type { SourceLocator } from '../schema/errors.js';
import type { WorkCalendar } from './calendar.js';
import type { CatalogLookup } from './context.js';
import { REGISTER_ITEM_RULES } from './item-rules.js';
import { REGISTER_RULES } from './rules.js';
import type { RawRegister } from './types.js';

export interface RegisterUnit {
  source: SourceLocator;
  register: RawRegister;
  /** Display path of the region.yaml beside (or above) it; none when it belongs to no region. */
  regionFile?: string;
}

export interface RegisterCheckOptions {
  calendar: WorkCalendar;
  today: string;
}

export function checkRegister(unit: RegisterUnit, options: RegisterCheckOptions): Diagnostic[] {
  const sink: Diagnostic[] = [];
  const context = { ...reporterFor(unit.source, sink), register: unit.register, ...options };
  for (const rule of REGISTER_RULES) rule(context);
  return sink;
}

/** The rules that need the region's merged catalog (run after merge). */
export function checkRegisterItems(
  unit: RegisterUnit,
  catalog: CatalogLookup,
  options: RegisterCheckOptions,
): Diagnostic[] {
  const sink: Diagnostic[] = [];
  const context = {
    ...reporterFor(unit.source, sink),
    register: unit.register,
    catalog,
    ...options,
  };
  for (const rule of REGISTER_ITEM_RULES) rule(context);
  return sink;
}

export { readAttribute, markOf, ATTRIBUTE_KIND, type DisclosureKind } from './attribute.js';
export type { WorkCalendar } from './calendar.js';
export type { CatalogLookup } from './context.js';
export type { RawRegister, RawDocument, RawConsultation } from './types.js';
export { catalogLookup } from './lookup.js';
