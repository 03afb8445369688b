/** `gkml review` output: the year's 动态调整 list as text, JSON or a workbook. Pure. */
import type { Lang } from '../../i18n/lang.js';
import type { ReviewList } from '../../core/documents/review.js';
import type { ListSheet } from './sheets.js';

const TEXT = {
  zh: {
    heading: (year: number) =>
      `${String(year)} 年动态调整清单（依申请公开、不予公开的公文每年审核）`,
    due: (n: number) => `应审核 ${String(n)} 件`,
    changed: (n: number) => `经审核调整公开属性 ${String(n)} 件`,
    last: (date: string) => `上次 ${date}`,
    overdue: '已逾期',
    none: '没有发文登记（documents.yaml）。',
    published: (date: string) => `已于 ${date} 公开`,
  },
  en: {
    heading: (year: number) =>
      `Review list ${String(year)} (动态调整: withheld documents are reviewed every year)`,
    due: (n: number) => `due for review: ${String(n)}`,
    changed: (n: number) => `attribute changed by a review: ${String(n)}`,
    last: (date: string) => `last ${date}`,
    overdue: 'overdue',
    none: 'No document register (documents.yaml).',
    published: (date: string) => `published ${date}`,
  },
} as const;

const named = (title: string, docNo?: string) =>
  docNo === undefined ? title : `${title}（${docNo}）`;

export function reviewText(list: ReviewList, lang: Lang): string {
  const text = TEXT[lang];
  const lines = [text.heading(list.year)];
  if (list.regions.length === 0) lines.push(text.none);
  for (const { region, due, changed } of list.regions) {
    lines.push('', `${region.name}（${region.code}）`, `  ${text.due(due.length)}`);
    for (const entry of due) {
      const flag = entry.overdue ? `  ${text.overdue}` : '';
      lines.push(
        `    ${entry.due}  ${entry.attribute}  ${named(entry.title, entry.docNo)}  ${text.last(entry.last)}${flag}`,
      );
    }
    lines.push(`  ${text.changed(changed.length)}`);
    for (const entry of changed) {
      const published = entry.published === undefined ? '' : `  ${text.published(entry.published)}`;
      lines.push(
        `    ${entry.reviewed}  ${entry.previous} → ${entry.attribute}  ${named(entry.title, entry.docNo)}${published}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

export function reviewJson(list: ReviewList): string {
  const regions = list.regions.map(({ region, due, changed }) => ({
    code: region.code,
    name: region.name,
    due,
    changed,
  }));
  return `${JSON.stringify({ year: list.year, today: list.today, regions }, null, 2)}\n`;
}

/** Two sheets: 应审核 and 已调整, one row per document, region first. */
export function reviewSheets(list: ReviewList, example: boolean): ListSheet[] {
  const note = example ? '示例数据（虚构）' : undefined;
  const year = String(list.year);
  return [
    {
      name: '应审核',
      title: `${year}年度不公开公文动态调整审核清单`,
      columns: [
        { header: '序号', width: 6 },
        { header: '区域', width: 12 },
        { header: '文件标题', width: 48 },
        { header: '文号', width: 22 },
        { header: '公开属性', width: 16 },
        { header: '上次审核', width: 12 },
        { header: '应审核日期', width: 12 },
        { header: '状态', width: 10 },
      ],
      rows: list.regions
        .flatMap(({ region, due }) =>
          due.map((entry) => [
            region.name,
            entry.title,
            entry.docNo,
            entry.attribute,
            entry.last,
            entry.due,
            entry.overdue ? '已逾期' : '待审核',
          ]),
        )
        .map((row, index) => [index + 1, ...row]),
      ...(note !== undefined ? { note } : {}),
    },
    {
      name: '已调整',
      title: `${year}年度经审核调整公开属性的公文`,
      columns: [
        { header: '序号', width: 6 },
        { header: '区域', width: 12 },
        { header: '文件标题', width: 48 },
        { header: '文号', width: 22 },
        { header: '审核日期', width: 12 },
        { header: '调整前', width: 16 },
        { header: '调整后', width: 16 },
        { header: '公开日期', width: 12 },
      ],
      rows: list.regions
        .flatMap(({ region, changed }) =>
          changed.map((entry) => [
            region.name,
            entry.title,
            entry.docNo,
            entry.reviewed,
            entry.previous,
            entry.attribute,
            entry.published,
          ]),
        )
        .map((row, index) => [index + 1, ...row]),
      ...(note !== undefined ? { note } : {}),
    },
  ];
}
