/** The words of `gkml diff` reports, in both languages. */
import type { Counts } from '../../core/diff/index.js';
import type { ChangeKind, ReferenceKind } from '../../core/diff/index.js';
import { LEVEL_LABELS, type Level } from '../../core/vocabulary/levels.js';
import type { Layer, RegionRef } from '../../core/model/effective.js';
import type { Lang } from '../../i18n/lang.js';

export const COUNT_COLUMNS: Record<Lang, Record<keyof Counts, string>> = {
  zh: {
    expected: '应有',
    covered: '已覆盖',
    omitted: '不适用',
    missing: '缺失',
    local: '本地新增',
    weakened: '弱化',
  },
  en: {
    expected: 'expected',
    covered: 'covered',
    omitted: 'omitted',
    missing: 'missing',
    local: 'local',
    weakened: 'weakened',
  },
};

export const COUNT_ORDER: readonly (keyof Counts)[] = [
  'expected',
  'covered',
  'omitted',
  'missing',
  'local',
  'weakened',
];

export const CHANGE_LABELS: Record<Lang, Record<ChangeKind, string>> = {
  zh: { added: '新增', removed: '删除', changed: '修改', omitted: '不适用', restored: '恢复' },
  en: {
    added: 'added',
    removed: 'removed',
    changed: 'changed',
    omitted: 'omitted',
    restored: 'restored',
  },
};

export const CHANGE_ORDER: readonly ChangeKind[] = [
  'added',
  'removed',
  'changed',
  'omitted',
  'restored',
];

const LEVELS_EN: Record<Level, string> = {
  city: 'city',
  county: 'county',
  township: 'township',
  village: 'village',
};

export const text = {
  zh: {
    region: '区域',
    level: '层级',
    domain: '领域',
    total: '合计',
    coverage: '覆盖率',
    accounted: '已说明',
    status: '状态',
    inherited: '其中继承',
    item: '事项',
    field: '字段',
    old: '原值',
    new: '新值',
    origin: '来源',
    change: '变更',
    colon: '：',
    paren: (inner: string) => `（${inner}）`,
    severity: '级别',
    message: '说明',
    place: '位置',
    loadProblems: (n: number) => `读取仓库时发现 ${n} 个问题`,
    against: (kind: 'national' | 'parent') =>
      kind === 'national' ? '与国家标准指引比对' : '与上级区域目录比对',
    versions: (from: string, to: string) => `版本比较：${from} → ${to}`,
    own: '本级',
    from: (layer: string) => `↑ 继承自${layer}`,
    national: '国家标准',
    regionStatus: { added: '新增区域', removed: '已删除', changed: '有变更' },
    regionCounts: (added: number, removed: number) => `区域：新增 ${added}，删除 ${removed}`,
    unchanged: (n: number) => `另有 ${n} 个区域没有变化。`,
    noChanges: '没有变化。',
    definition:
      '覆盖率 = 已覆盖 ÷ 应有；已说明 = （已覆盖 + 不适用）÷ 应有。应有 = 参照目录中适用于本级的事项。',
    example: '示例数据：本仓库标注为示例（gkml.yaml 中 example: true），内容为虚构。',
    truncated: (n: number) =>
      `…… 还有 ${n} 个区域的明细未列出（评论长度有限），完整结果请用 --format json。`,
    findings: (e: number, w: number, i: number) => `${e} 个错误，${w} 个警告，${i} 个提示`,
  },
  en: {
    region: 'region',
    level: 'level',
    domain: 'domain',
    total: 'total',
    coverage: 'coverage',
    accounted: 'accounted',
    status: 'status',
    inherited: 'inherited',
    item: 'item',
    field: 'field',
    old: 'old',
    new: 'new',
    origin: 'origin',
    change: 'change',
    colon: ': ',
    paren: (inner: string) => ` (${inner})`,
    severity: 'severity',
    message: 'finding',
    place: 'place',
    loadProblems: (n: number) =>
      `${n} problem${n === 1 ? '' : 's'} found while reading the repository`,
    against: (kind: 'national' | 'parent') =>
      kind === 'national'
        ? 'against the national guideline'
        : "against each parent region's catalog",
    versions: (from: string, to: string) => `changes: ${from} → ${to}`,
    own: 'own',
    from: (layer: string) => `↑ inherited from ${layer}`,
    national: 'national guideline',
    regionStatus: { added: 'new region', removed: 'removed', changed: 'changed' },
    regionCounts: (added: number, removed: number) => `regions: ${added} added, ${removed} removed`,
    unchanged: (n: number) => `${n} more region${n === 1 ? '' : 's'} without changes.`,
    noChanges: 'No changes.',
    definition:
      'coverage = covered ÷ expected; accounted = (covered + omitted) ÷ expected. Expected: the reference items that apply at the region’s level.',
    example:
      'Example data: this repository is marked as an example (example: true in gkml.yaml); it is invented.',
    truncated: (n: number) =>
      `… details of ${n} more region${n === 1 ? '' : 's'} left out (comments are limited in length); use --format json for everything.`,
    findings: (e: number, w: number, i: number) =>
      `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info`,
  },
} as const;

export function levelLabel(level: Level, lang: Lang): string {
  return lang === 'zh' ? LEVEL_LABELS[level] : LEVELS_EN[level];
}

export function regionLabel(region: RegionRef, lang: Lang): string {
  return lang === 'zh' ? `${region.name}（${region.code}）` : `${region.name} (${region.code})`;
}

export function layerLabel(layer: Layer | undefined, lang: Lang): string {
  return layer?.kind === 'region' ? layer.name : text[lang].national;
}

export function referenceLabel(reference: ReferenceKind, lang: Lang): string {
  if (reference.kind === 'parent') return reference.name;
  return reference.kind === 'national' ? text[lang].national : '—';
}

/**
 * A ratio as a percentage with one decimal, as Excel would round it, except that anything short
 * of 1 stays below 100% (99.96% reads 99.9%): 100% must mean nothing is missing. "—" when
 * nothing is expected.
 */
export function percent(ratio: number | null): string {
  if (ratio === null) return '—';
  if (ratio >= 1) return '100%';
  return `${Math.min(99.9, Math.round(ratio * 1000) / 10).toFixed(1)}%`;
}
