/**
 * `gkml merge --explain`: each item's fields with the value that wins and where it was set, then
 * what it replaced, layer by layer (like `puppet lookup --explain`, but per field).
 */
import { resolveDomain } from '../../core/vocabulary/domains.js';
import { LEVEL_LABELS } from '../../core/vocabulary/levels.js';
import {
  ASSUMED_LEVELS,
  ENTRY_NAMES,
  layerName,
  layerTitle,
  scalarText,
} from '../../core/merge/index.js';
import type {
  EffectiveCatalog,
  EffectiveItem,
  FieldChange,
  Origin,
  RegionModel,
} from '../../core/model/effective.js';
import { ITEM_FIELD_LABELS, TABLE_FIELDS } from '../../core/model/fields.js';
import type { Channel, ListField, ScalarField } from '../../core/model/item.js';
import { EXPLAIN_TEXT } from './explain-text.js';
import type { Lang } from '../../i18n/lang.js';
import { PUNCTUATION } from '../../i18n/punctuation.js';

/** Fields in the order of the printed table. */
const FIELDS: readonly (ScalarField | ListField)[] = TABLE_FIELDS;

export function explainCatalogs(
  region: RegionModel,
  chain: readonly RegionModel[],
  catalogs: readonly EffectiveCatalog[],
  lang: Lang,
): string {
  const text = EXPLAIN_TEXT[lang];
  const layers = [text.national, ...chain.map((r) => layerTitle(regionLayer(r), lang))];
  const out: string[] = [];
  for (const catalog of catalogs) {
    const domain = resolveDomain(catalog.domain);
    out.push(
      `${layerTitle(regionLayer(region), lang)} · ${domain?.zh ?? catalog.domain}${paren(catalog.domain, lang)}`,
      `${text.file}${catalog.file}`,
      `${text.chain}${layers.join(' → ')}`,
      '',
    );
    for (const entry of catalog.items) out.push(...explainItem(entry, lang), '');
    if (catalog.omitted.length > 0) {
      out.push(text.omitted);
      for (const omission of catalog.omitted) {
        const names = [omission.item.l1, omission.item.l2].filter((n) => n !== undefined);
        out.push(
          `  ${omission.id}${paren(names.join(' / '), lang)}${PUNCTUATION[lang].colon}${omission.reason}`,
          `      ← ${from(omission.origin, lang)}`,
        );
      }
      out.push('');
    }
  }
  return out.map((line) => line.trimEnd()).join('\n');
}

function regionLayer(region: RegionModel) {
  const { code, name, level } = region.ref;
  return { kind: 'region' as const, code, name, level };
}

function explainItem(entry: EffectiveItem, lang: Lang): string[] {
  const text = EXPLAIN_TEXT[lang];
  const { item, provenance } = entry;
  const names = [item.l1, item.l2, item.l3].filter((n) => n !== undefined);
  const lines = [
    `${text.item} ${item.id}${paren(names.join(' / '), lang)}${entry.local ? text.local : ''}`,
    `  ${pad(text.introduced)}${from(provenance.introduced, lang)}`,
  ];
  for (const field of FIELDS) {
    const label = pad(ITEM_FIELD_LABELS[field][lang]);
    const changes = provenance.changes.filter((change) => change.field === field);
    if (field === 'elements' || field === 'bases' || field === 'channels') {
      const origins = provenance.lists[field];
      const entries = listNames(entry, field);
      if (entries.length === 0 && changes.length === 0) continue;
      lines.push(`  ${label}`);
      entries.forEach((name, index) => {
        const origin = origins[index];
        lines.push(`    - ${name}${origin ? `  ← ${from(origin, lang)}` : ''}`);
      });
      for (const change of changes.filter((c) => c.op === 'remove' || c.op === 'replace')) {
        lines.push(`    ${describeListChange(change, lang)}`);
      }
      continue;
    }
    const value = scalarText(item, field);
    if (value === undefined && changes.length === 0) {
      if (field === 'levels') lines.push(`  ${label}${assumedLevels(lang)}`);
      continue;
    }
    const origin = provenance.fields[field];
    lines.push(`  ${label}${value ?? text.empty}`);
    if (origin) lines.push(`  ${pad('')}← ${from(origin, lang)}`);
    for (const change of [...changes].reverse()) {
      if (change.previous === undefined) continue;
      const at = change.previousOrigin ? `  ← ${from(change.previousOrigin, lang)}` : '';
      lines.push(`  ${pad('')}${text.replaced}${change.previous}${at}`);
    }
  }
  return lines;
}

function listNames(entry: EffectiveItem, field: ListField): string[] {
  switch (field) {
    case 'elements':
      return entry.item.elements.map((e) => `${e.name}${e.required === true ? ' ●' : ''}`);
    case 'bases':
      return entry.item.bases.map(ENTRY_NAMES.bases);
    case 'channels':
      return entry.item.channels.map(channelName);
  }
}

function channelName(channel: Channel): string {
  const detail = channel.detail === undefined ? '' : `：${channel.detail}`;
  return `${channel.name}${detail}${channel.required === true ? ' ■' : ''}${channel.local === true ? ' ◇' : ''}`;
}

function describeListChange(change: FieldChange, lang: Lang): string {
  const text = EXPLAIN_TEXT[lang];
  const what = change.op === 'remove' ? text.removed : text.replacedList;
  const before = change.previousOrigin ? paren(from(change.previousOrigin, lang), lang) : '';
  return `${what}${change.previous ?? ''}${before}  ← ${from(change.origin, lang)}`;
}

function assumedLevels(lang: Lang): string {
  const levels = ASSUMED_LEVELS.map((level) => LEVEL_LABELS[level]).join('、');
  return EXPLAIN_TEXT[lang].assumedLevels(levels);
}

/** "（text）" in Chinese, " (text)" in English. */
function paren(text: string, lang: Lang): string {
  return lang === 'zh' ? `（${text}）` : ` (${text})`;
}

function from(origin: Origin, lang: Lang): string {
  return `${layerName(origin.layer, lang)}  ${origin.file}:${origin.line}`;
}

const LABEL_COLUMNS = 18;

/** Labels padded to one column: Chinese characters count double on a terminal. */
function pad(label: string): string {
  const width = [...label].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return label + ' '.repeat(Math.max(1, LABEL_COLUMNS - width));
}
