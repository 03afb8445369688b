/** `gkml guidelines list|show <domain>`: the bundled national baselines, as a table, JSON or YAML. */
import { stringify } from 'yaml';
import type { ExitCode } from '../../../core/diagnostics/index.js';
import { LEVEL_LABELS, parseLevel } from '../../../core/vocabulary/levels.js';
import type { RawItem } from '../../../core/model/raw.js';
import {
  bundledBaselinesFolder,
  loadBaselines,
  type Baseline,
} from '../../../pipeline/baselines.js';
import { textTable } from '../../../render/text-table.js';
import { InputError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { domainArgument } from '../../domain-arg.js';
import type { Lang } from '../../../i18n/lang.js';
import { listOf } from '../../../i18n/punctuation.js';
import { guidelinesMessages, guidelinesWords } from './messages.js';

export type GuidelinesFormat = 'table' | 'json' | 'yaml';

export interface GuidelinesOptions {
  action: 'list' | 'show';
  domain?: string;
  format: GuidelinesFormat;
}

export async function run(options: GuidelinesOptions, io: CliIo): Promise<ExitCode> {
  const wanted = options.action === 'show' ? domainArgument(options.domain ?? '') : undefined;
  const { baselines } = await loadBaselines(bundledBaselinesFolder(), io);
  if (baselines.length === 0)
    throw new InputError(guidelinesMessages.noBaselines(bundledBaselinesFolder()));
  if (options.action === 'list') {
    io.stdout.write(renderList(baselines, options.format, io.lang));
    return 0;
  }
  const baseline = baselines.find((b) => b.domain.id === wanted);
  if (!baseline) throw new InputError(guidelinesMessages.noBaselines(bundledBaselinesFolder()));
  io.stdout.write(renderShow(baseline, options.format, io.lang));
  return 0;
}

function levelNames(levels: readonly string[]): string {
  return levels
    .flatMap((name) => {
      const level = parseLevel(name);
      return level ? [LEVEL_LABELS[level]] : [];
    })
    .join('、');
}

/** Items still handed down: a deprecated id stays in the file but is no longer an item. */
function inUse(b: Baseline): RawItem[] {
  return b.catalog.items.filter((item) => item.deprecated === undefined);
}

function summary(b: Baseline) {
  const items = inUse(b);
  return {
    id: b.domain.id,
    name: b.domain.zh,
    aliases: [...b.domain.aliases],
    ministry: b.catalog.guideline?.ministry ?? null,
    guideline: b.catalog.guideline?.title ?? null,
    docNo: b.catalog.guideline?.docNo ?? null,
    date: b.catalog.guideline?.date ?? null,
    items: items.length,
    /** Of those, rows in one place's wording, shipped where no national row is known. */
    localWording: items.filter((item) => item.source?.wording === 'local').length,
    deprecated: b.catalog.items.length - items.length,
    completeness: b.catalog.completeness?.status ?? ('unknown' as const),
    statedSize: b.catalog.completeness?.statedSize ?? null,
  };
}

function renderList(baselines: readonly Baseline[], format: GuidelinesFormat, lang: Lang): string {
  const rows = baselines.map(summary);
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  if (format === 'yaml') return stringify(rows);
  const total = rows.reduce((sum, row) => sum + row.items, 0);
  const table = textTable(
    guidelinesWords[lang].listHeaders,
    rows.map((row) => [
      row.id,
      row.name,
      row.ministry ?? '—',
      row.docNo ?? '—',
      String(row.items),
      row.statedSize ?? '—',
      guidelinesWords[lang].completeness[row.completeness],
    ]),
  );
  const local = rows.reduce((sum, row) => sum + row.localWording, 0);
  const deprecated = rows.reduce((sum, row) => sum + row.deprecated, 0);
  const footer = guidelinesWords[lang].listFooter({
    domains: rows.length,
    items: total,
    local,
    deprecated,
  });
  return `${table}\n${footer}\n`;
}

function renderShow(b: Baseline, format: GuidelinesFormat, lang: Lang): string {
  const data = {
    ...summary(b),
    completenessNote: b.catalog.completeness?.note ?? null,
    catalog: b.catalog,
  };
  if (format === 'json') return JSON.stringify(data, null, 2) + '\n';
  if (format === 'yaml') return stringify(data);
  const guideline = b.catalog.guideline;
  const words = guidelinesWords[lang];
  const label = words.showLabels;
  const counts = summary(b);
  const countText = words.counts(counts);
  const facts = [
    `${b.domain.zh} (${b.domain.id})`,
    b.domain.aliases.join('、') || '—',
    guideline?.ministry ?? '—',
    guideline?.title ?? '—',
    guideline?.docNo ?? '—',
    guideline?.date ?? '—',
    countText,
    `${words.completeness[b.catalog.completeness?.status ?? 'unknown']}${b.catalog.completeness?.statedSize ? `（${b.catalog.completeness.statedSize}）` : ''}`,
    (b.catalog.completeness?.note ?? '—').replaceAll('\n', ' '),
  ];
  const head = facts.map((fact, index) => `${label[index] ?? ''}: ${fact}`).join('\n');
  const items = textTable(
    words.itemHeaders,
    b.catalog.items.map((item) => [
      item.id,
      item.l1 ?? '—',
      item.l2 ?? '—',
      item.method ?? '—',
      levelNames(item.levels ?? []) || '—',
      remark(item, lang),
    ]),
  );
  return `${head}\n\n${items}`;
}

/** What marks an item in `show`: deprecated (and by what), or shipped in local wording. */
function remark(item: RawItem, lang: Lang): string {
  if (item.deprecated !== undefined) {
    const by = listOf(lang, item.deprecated.replacedBy ?? []);
    return guidelinesWords[lang].deprecated(by);
  }
  if (item.source?.wording === 'local') return guidelinesWords[lang].localWording;
  return '';
}
