/**
 * The version diff as a review comment: a table of regions with counts per kind of change, then per
 * region a collapsible table of its changes, field by field, marked own or inherited.
 */
import {
  domainName,
  type ItemChange,
  type RegionChanges,
  type VersionCounts,
  type VersionReport,
} from '../../core/diff/index.js';
import { CHANGE_LABELS, CHANGE_ORDER, regionLabel, text } from './labels.js';
import { loadProblems } from './coverage-markdown.js';
import { cell, code, COMMENT_BUDGET, COMMENT_MARKER, details, table } from './markdown.js';
import type { DiffRenderInput } from './report.js';
import { fieldLabel, fieldOrigin, fieldPhrase, originNote } from './version-lines.js';
import { versionSummary } from './version-stylish.js';
import type { Lang } from '../../i18n/lang.js';
import { PUNCTUATION } from '../../i18n/punctuation.js';

function countCells(counts: VersionCounts): string[] {
  return [...CHANGE_ORDER.map((kind) => String(counts[kind])), String(counts.inherited)];
}

function summaryTable(report: VersionReport, lang: Lang): string[] {
  const t = text[lang];
  const header = [
    t.region,
    t.status,
    ...CHANGE_ORDER.map((k) => CHANGE_LABELS[lang][k]),
    t.inherited,
  ];
  const align = header.map((_, i) => (i < 2 ? 'l' : 'r'));
  const rows = report.regions.map((r) => [
    cell(regionLabel(r.region, lang)),
    t.regionStatus[r.status],
    ...countCells(r.counts),
  ]);
  rows.push([`**${t.total}**`, '', ...countCells(report.counts).map((c) => `**${c}**`)]);
  return table(header, align, rows);
}

function changeRows(change: ItemChange, lang: Lang): string[][] {
  const t = text[lang];
  const what = `${code(change.id)} ${cell(change.title)}`;
  const kind = CHANGE_LABELS[lang][change.kind];
  if (change.fields.length === 0) {
    const reason = change.reason === undefined ? '' : cell(change.reason);
    const origin = originNote(change.inherited, change.from, lang) || t.own;
    return [[kind, what, '', reason, cell(origin)]];
  }
  return change.fields.map((field, index) => [
    index === 0 ? kind : '',
    index === 0 ? what : '',
    cell(fieldLabel(field, lang)),
    cell(fieldPhrase(field, lang)),
    cell(fieldOrigin(field, lang) || t.own),
  ]);
}

function regionDetails(region: RegionChanges, lang: Lang): string[] {
  if (region.domains.length === 0) return [];
  const t = text[lang];
  const body: string[] = [];
  for (const domain of region.domains) {
    body.push(`#### ${cell(domainName(domain.domain))}`, '');
    const rows = domain.changes.flatMap((change) => changeRows(change, lang));
    const header = [t.change, t.item, t.field, `${t.old} → ${t.new}`, t.origin];
    body.push(...table(header, ['l', 'l', 'l', 'l', 'l'], rows), '');
  }
  const sep = PUNCTUATION[lang].comma;
  const counts = CHANGE_ORDER.filter((kind) => region.counts[kind] > 0)
    .map((kind) => `${CHANGE_LABELS[lang][kind]} ${region.counts[kind]}`)
    .join(sep);
  return details(`${cell(regionLabel(region.region, lang))}${text[lang].colon}${counts}`, body);
}

export function versionMarkdown(
  input: DiffRenderInput,
  result: { report: VersionReport; from: string; to: string },
): string {
  const { lang } = input;
  const t = text[lang];
  const { report } = result;
  const out: string[] = [
    COMMENT_MARKER,
    `## gkml diff${t.colon}${cell(t.versions(result.from, result.to))}`,
    '',
  ];
  if (input.example) out.push(`> ${t.example}`, '');
  out.push(...loadProblems(input.diagnostics, lang));
  if (report.regions.length > 0) out.push(...summaryTable(report, lang), '');
  out.push(`**${versionSummary(report, lang)}**`, '');
  if (report.unchanged > 0) out.push(t.unchanged(report.unchanged), '');
  let size = out.join('\n').length;
  const sections = report.regions.map((r) => regionDetails(r, lang)).filter((s) => s.length > 0);
  for (const [index, section] of sections.entries()) {
    const length = section.join('\n').length;
    if (size + length > COMMENT_BUDGET) {
      out.push(t.truncated(sections.length - index), '');
      break;
    }
    out.push(...section);
    size += length;
  }
  return out.join('\n').trimEnd() + '\n';
}
