/**
 * The coverage diff as a pull-request comment: a summary table per region, then per region a
 * collapsible list of its findings by domain. Deterministic: no dates, everything sorted.
 */
import { describe, tally, type Diagnostic } from '../../core/diagnostics/index.js';
import {
  domainName,
  ratios,
  type Counts,
  type CoverageReport,
  type RegionCoverage,
} from '../../core/diff/index.js';
import { placeOf, SEVERITY_LABELS } from '../diagnostics/labels.js';
import { COUNT_COLUMNS, COUNT_ORDER, levelLabel, percent, regionLabel, text } from './labels.js';
import { cell, code, COMMENT_BUDGET, COMMENT_MARKER, details, table } from './markdown.js';
import type { DiffRenderInput } from './report.js';
import type { Lang } from '../../i18n/lang.js';
import { PUNCTUATION } from '../../i18n/punctuation.js';

const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;

function countCells(counts: Counts): string[] {
  const { coverage, accounted } = ratios(counts);
  return [...COUNT_ORDER.map((key) => String(counts[key])), percent(coverage), percent(accounted)];
}

function summaryTable(report: CoverageReport, lang: Lang): string[] {
  const t = text[lang];
  const header = [
    t.region,
    t.level,
    ...COUNT_ORDER.map((key) => COUNT_COLUMNS[lang][key]),
    t.coverage,
    t.accounted,
  ];
  const align = header.map((_, i) => (i < 2 ? 'l' : 'r'));
  const rows = report.regions.map((r) => [
    cell(regionLabel(r.region, lang)),
    levelLabel(r.region.level, lang),
    ...countCells(r.counts),
  ]);
  rows.push([`**${t.total}**`, '', ...countCells(report.counts).map((c) => `**${c}**`)]);
  return table(header, align, rows);
}

function findingRow(d: Diagnostic, lang: Lang): string[] {
  const { message } = describe(d, lang);
  return [
    `${ICON[d.severity]} ${SEVERITY_LABELS[lang][d.severity]}`,
    cell(message),
    code(placeOf(d)),
  ];
}

/** Findings as a table: severity, sentence, place. */
export function findingTable(findings: readonly Diagnostic[], lang: Lang): string[] {
  const t = text[lang];
  const rows = findings.map((d) => findingRow(d, lang));
  return table([t.severity, t.message, t.place], ['l', 'l', 'l'], rows);
}

/** Problems met while reading the repository (not diff findings): listed before the details. */
export function loadProblems(diagnostics: readonly Diagnostic[], lang: Lang): string[] {
  const problems = diagnostics.filter((d) => !d.code.startsWith('diff-'));
  if (problems.length === 0) return [];
  return details(text[lang].loadProblems(problems.length), findingTable(problems, lang));
}

function regionDetails(region: RegionCoverage, lang: Lang): string[] {
  const t = text[lang];
  const body: string[] = [];
  for (const domain of region.domains) {
    if (domain.findings.length === 0) continue;
    const counts = COUNT_ORDER.map((k) => `${COUNT_COLUMNS[lang][k]} ${domain.counts[k]}`);
    const sep = PUNCTUATION[lang].comma;
    body.push(`#### ${cell(domainName(domain.domain))}${t.paren(counts.join(sep))}`, '');
    body.push(...findingTable(domain.findings, lang), '');
  }
  if (body.length === 0) return [];
  const counts = tally(region.domains.flatMap((d) => d.findings));
  const found = t.findings(counts.errors, counts.warnings, counts.infos);
  const summary = `${cell(regionLabel(region.region, lang))}${t.colon}${found}`;
  return details(summary, body);
}

export function coverageMarkdown(input: DiffRenderInput, report: CoverageReport): string {
  const { lang } = input;
  const t = text[lang];
  const head: string[] = [COMMENT_MARKER, `## gkml diff${t.colon}${t.against(report.against)}`, ''];
  if (input.example) head.push(`> ${t.example}`, '');
  head.push(...summaryTable(report, lang), '', `<sub>${t.definition}</sub>`, '');
  const counts = tally(input.diagnostics);
  head.push(`**${t.findings(counts.errors, counts.warnings, counts.infos)}**`, '');
  const out = [...head, ...loadProblems(input.diagnostics, lang)];
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
