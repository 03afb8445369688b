/** The page of one region's catalog for one domain: the official table, one row per item. */
import { LEVEL_LABELS, sortLevels, type Level } from '../../../core/vocabulary/levels.js';
import type {
  EffectiveCatalog,
  EffectiveItem,
  RegionModel,
} from '../../../core/model/effective.js';
import type { Channel } from '../../../core/model/item.js';
import { catalogPage, itemAnchor } from '../paths.js';
import { ancestorsOf } from '../../export.js';
import { tableTitle } from '../../names.js';
import { provenanceOf } from '../provenance.js';
import { documentLinks } from './documents.js';
import { linkOrText, safeUrl } from '../url.js';
import {
  chineseOrdinal,
  domainInfo,
  downloadLinks,
  frame,
  regionCrumbs,
  type SiteContext,
} from './context.js';
import { domainOrdinal } from '../../../core/vocabulary/domains.js';

/**
 * "<地名><领域>领域基层政务公开标准目录", or the catalog's own title with this region's name in front:
 * the title the workbook prints (render/names.ts), so page and sheet agree.
 */
export function catalogTitle(
  ctx: SiteContext,
  region: RegionModel,
  catalog: EffectiveCatalog,
): string {
  return tableTitle(catalog, ancestorsOf(ctx.model, region));
}

export function catalogView(ctx: SiteContext, region: RegionModel, catalog: EffectiveCatalog) {
  const page = catalogPage(region.ref.code, catalog.domain);
  const domain = domainInfo(catalog.domain);
  const title = catalogTitle(ctx, region, catalog);
  const levels = tableLevels(region, catalog);
  const hasL3 = catalog.items.some((entry) => entry.item.l3 !== undefined);
  const downloads = downloadLinks(ctx, region, page);
  const documents = documentLinks(region, page);
  return {
    page,
    frame: frame(ctx, page, title, [
      ...regionCrumbs(ctx, region, page),
      { text: domain.zh, href: '' },
    ]),
    heading: `${chineseOrdinal(domainOrdinal(catalog.domain))}${title}`,
    region: region.ref.name,
    guideline: catalog.guideline
      ? {
          title: catalog.guideline.title,
          docNo: catalog.guideline.docNo,
          url: safeUrl(catalog.guideline.url),
        }
      : undefined,
    notes: catalog.notes,
    hasL3,
    itemColumns: hasL3 ? 3 : 2,
    levels: levels.map((level) => LEVEL_LABELS[level]),
    levelColumns: levels.length,
    rows: catalog.items.map((entry, index) => ({
      ...rowView(entry, index + 1, levels),
      documents: documents(catalog.domain, entry.item.id),
    })),
    /** Some rows mark their elements ●/〇: the table says what the marks mean. */
    flagged: catalog.items.some((entry) =>
      entry.item.elements.some((e) => e.required !== undefined),
    ),
    omitted: catalog.omitted.map((omission) => ({
      name: [omission.item.l1, omission.item.l2, omission.item.l3].filter(Boolean).join(' › '),
      reason: omission.reason,
    })),
    downloads: [...downloads.domain(catalog.domain), ...downloads.workbook],
  };
}

/** The 公开层级 columns: the levels the items name, or the region's own level when none do. */
function tableLevels(region: RegionModel, catalog: EffectiveCatalog): Level[] {
  const named = sortLevels(catalog.items.flatMap((entry) => entry.item.levels));
  return named.length > 0 ? named : [region.ref.level];
}

function rowView(entry: EffectiveItem, seq: number, levels: Level[]) {
  const item = entry.item;
  const flagged = item.elements.some((element) => element.required !== undefined);
  return {
    anchor: itemAnchor(item.id),
    seq,
    id: item.id,
    l1: item.l1 ?? '',
    l2: item.l2 ?? '',
    l3: item.l3 ?? '',
    name: [item.l1, item.l2, item.l3].filter(Boolean).join(' › '),
    note: item.note,
    /** The elements carry ●/〇: they replace the list bullets. */
    flagged,
    elements: item.elements.map((element) => ({
      name: element.name,
      flag: flagged ? (element.required === true ? '●' : '〇') : '',
      /** What the mark says, for screen readers (the mark itself is hidden from them). */
      spoken: flagged ? (element.required === true ? '必选要素：' : '可选要素：') : '',
    })),
    bases: item.bases.map((basis) => ({ title: basis.title, docNo: basis.docNo })),
    timeLimit: item.timeLimit?.text ?? '',
    subject: item.subject ?? '',
    channels: item.channels.map(channelView),
    column: item.column,
    url: item.url === undefined ? undefined : linkOrText(item.url),
    audience: {
      all: item.audience === '全社会',
      group: item.audience === '特定群体',
      groupName: item.audienceGroup,
    },
    method: { active: item.method === '主动', onRequest: item.method === '依申请' },
    levels: levels.map((level) => ({
      label: LEVEL_LABELS[level],
      on: item.levels.includes(level),
    })),
    marks: marksLine(item),
    sources: provenanceOf(entry),
  };
}

/**
 * The √ columns as one line for the card layout: "全社会 · 主动公开 · 县级、乡级", leaving out what the
 * row does not say, and 未列明 when it says none of it (a bare "· ·" reads as broken).
 */
function marksLine(item: EffectiveItem['item']): string {
  const audience =
    item.audience === '特定群体' && item.audienceGroup !== undefined
      ? `特定群体（${item.audienceGroup}）`
      : (item.audience ?? '');
  const method = item.method === undefined ? '' : `${item.method}公开`;
  const levels = sortLevels(item.levels)
    .map((level) => LEVEL_LABELS[level])
    .join('、');
  const parts = [audience, method, levels].filter((part) => part !== '');
  return parts.length > 0 ? parts.join(' · ') : '未列明';
}

/** "其他（办税服务厅）": what 其他 stands for, where the catalog says. */
export function channelName(channel: Channel): string {
  return channel.detail === undefined ? channel.name : `${channel.name}（${channel.detail}）`;
}

function channelView(channel: Channel) {
  return {
    name: channelName(channel),
    url: channel.url === undefined ? undefined : linkOrText(channel.url),
  };
}
