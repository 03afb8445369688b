/** `gkml guidelines list|show <domain>`: the bundled national baselines, as a table, JSON or YAML. */
import { stringify } from 'yaml';
import type { ExitCode } from '../../../core/diagnostics/index.js';
import { LEVEL_LABELS, parseLevel } from '../../../core/vocabulary/levels.js';
import {
  bundledBaselinesFolder,
  loadBaselines,
  type Baseline,
} from '../../../pipeline/baselines.js';
import { textTable } from '../../../render/text-table.js';
import { InputError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { cliText } from '../../text.js';
import { domainArgument } from '../../domain-arg.js';
import type { Lang } from '../../../i18n/lang.js';

export type GuidelinesFormat = 'table' | 'json' | 'yaml';

export interface GuidelinesOptions {
  action: 'list' | 'show';
  domain?: string;
  format: GuidelinesFormat;
}

const HEADERS: Record<Lang, { list: string[]; items: string[] }> = {
  zh: {
    list: ['编号', '名称', '部委', '文号', '事项数', '完整性'],
    items: ['事项编号', '一级事项', '二级事项', '公开方式', '公开层级'],
  },
  en: {
    list: ['id', 'name', 'ministry', 'document no.', 'items', 'completeness'],
    items: ['item id', 'level-1 item', 'level-2 item', 'method', 'levels'],
  },
};

const COMPLETENESS: Record<Lang, Record<'partial' | 'complete' | 'unknown', string>> = {
  zh: { partial: '部分', complete: '完整', unknown: '未说明' },
  en: { partial: 'partial', complete: 'complete', unknown: 'not stated' },
};

export async function run(options: GuidelinesOptions, io: CliIo): Promise<ExitCode> {
  const wanted = options.action === 'show' ? domainArgument(options.domain ?? '') : undefined;
  const { baselines } = await loadBaselines(bundledBaselinesFolder(), io);
  if (baselines.length === 0) throw new InputError(cliText.noBaselines(bundledBaselinesFolder()));
  if (options.action === 'list') {
    io.stdout.write(renderList(baselines, options.format, io.lang));
    return 0;
  }
  const baseline = baselines.find((b) => b.domain.id === wanted);
  if (!baseline) throw new InputError(cliText.noBaselines(bundledBaselinesFolder()));
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

function summary(b: Baseline) {
  return {
    id: b.domain.id,
    name: b.domain.zh,
    aliases: [...b.domain.aliases],
    ministry: b.catalog.guideline?.ministry ?? null,
    guideline: b.catalog.guideline?.title ?? null,
    docNo: b.catalog.guideline?.docNo ?? null,
    date: b.catalog.guideline?.date ?? null,
    items: b.catalog.items.length,
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
    HEADERS[lang].list,
    rows.map((row) => [
      row.id,
      row.name,
      row.ministry ?? '—',
      row.docNo ?? '—',
      String(row.items),
      COMPLETENESS[lang][row.completeness],
    ]),
  );
  const footer =
    lang === 'zh'
      ? `共 ${rows.length} 个领域，${total} 个事项。“部分”表示未取得部委完整清单，详见 gkml guidelines show <领域>。`
      : `${rows.length} domains, ${total} items. "partial": the ministry's full list was not found; see gkml guidelines show <domain>.`;
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
  const label =
    lang === 'zh'
      ? ['领域', '别名', '部委', '文件', '文号', '日期', '完整性', '说明']
      : ['domain', 'aliases', 'ministry', 'document', 'number', 'date', 'completeness', 'note'];
  const facts = [
    `${b.domain.zh} (${b.domain.id})`,
    b.domain.aliases.join('、') || '—',
    guideline?.ministry ?? '—',
    guideline?.title ?? '—',
    guideline?.docNo ?? '—',
    guideline?.date ?? '—',
    `${COMPLETENESS[lang][b.catalog.completeness?.status ?? 'unknown']}${b.catalog.completeness?.statedSize ? `（${b.catalog.completeness.statedSize}）` : ''}`,
    (b.catalog.completeness?.note ?? '—').replaceAll('\n', ' '),
  ];
  const head = facts.map((fact, index) => `${label[index] ?? ''}: ${fact}`).join('\n');
  const items = textTable(
    HEADERS[lang].items,
    b.catalog.items.map((item) => [
      item.id,
      item.l1 ?? '—',
      item.l2 ?? '—',
      item.method ?? '—',
      levelNames(item.levels ?? []) || '—',
    ]),
  );
  return `${head}\n\n${items}`;
}
