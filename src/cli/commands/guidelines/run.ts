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
import { guidelinesMessages } from './messages.js';

export type GuidelinesFormat = 'table' | 'json' | 'yaml';

export interface GuidelinesOptions {
  action: 'list' | 'show';
  domain?: string;
  format: GuidelinesFormat;
}

const HEADERS: Record<Lang, { list: string[]; items: string[] }> = {
  zh: {
    list: ['编号', '名称', '部委', '文号', '事项数', '部委所述规模', '完整性'],
    items: ['事项编号', '一级事项', '二级事项', '公开方式', '公开层级', '说明'],
  },
  en: {
    list: ['id', 'name', 'ministry', 'document no.', 'items', 'stated size', 'completeness'],
    items: ['item id', 'level-1 item', 'level-2 item', 'method', 'levels', 'remark'],
  },
};

const COMPLETENESS: Record<Lang, Record<'partial' | 'complete' | 'unknown', string>> = {
  zh: { partial: '部分', complete: '完整', unknown: '未说明' },
  en: { partial: 'partial', complete: 'complete', unknown: 'not stated' },
};

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
    HEADERS[lang].list,
    rows.map((row) => [
      row.id,
      row.name,
      row.ministry ?? '—',
      row.docNo ?? '—',
      String(row.items),
      row.statedSize ?? '—',
      COMPLETENESS[lang][row.completeness],
    ]),
  );
  const local = rows.reduce((sum, row) => sum + row.localWording, 0);
  const deprecated = rows.reduce((sum, row) => sum + row.deprecated, 0);
  const footer =
    lang === 'zh'
      ? `共 ${rows.length} 个领域，${total} 个事项（其中 ${local} 个为地方目录的本地措辞；另有 ${deprecated} 个停用的编号）。“部分”表示未取得部委完整清单；“部委所述规模”是部委文件说明的事项数量。详见 gkml guidelines show <领域>。`
      : `${rows.length} domains, ${total} items (${local} of them in one place's local wording; ${deprecated} more ids deprecated). "partial": the ministry's full list was not found; "stated size": the count the ministry's document gives. See gkml guidelines show <domain>.`;
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
      ? ['领域', '别名', '部委', '文件', '文号', '日期', '事项数', '完整性', '说明']
      : [
          'domain',
          'aliases',
          'ministry',
          'document',
          'number',
          'date',
          'items',
          'completeness',
          'note',
        ];
  const counts = summary(b);
  const countText =
    lang === 'zh'
      ? `${counts.items}（本地措辞 ${counts.localWording}，停用编号 ${counts.deprecated}）；部委所述规模：${counts.statedSize ?? '未说明'}`
      : `${counts.items} (local wording ${counts.localWording}, deprecated ids ${counts.deprecated}); stated size: ${counts.statedSize ?? 'not stated'}`;
  const facts = [
    `${b.domain.zh} (${b.domain.id})`,
    b.domain.aliases.join('、') || '—',
    guideline?.ministry ?? '—',
    guideline?.title ?? '—',
    guideline?.docNo ?? '—',
    guideline?.date ?? '—',
    countText,
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
      remark(item, lang),
    ]),
  );
  return `${head}\n\n${items}`;
}

/** What marks an item in `show`: deprecated (and by what), or shipped in local wording. */
function remark(item: RawItem, lang: Lang): string {
  if (item.deprecated !== undefined) {
    const by = (item.deprecated.replacedBy ?? []).join(lang === 'zh' ? '、' : ', ');
    if (lang === 'zh') return by === '' ? '已停用' : `已停用，改用 ${by}`;
    return by === '' ? 'deprecated' : `deprecated: use ${by}`;
  }
  if (item.source?.wording === 'local') return lang === 'zh' ? '本地措辞' : 'local wording';
  return '';
}
