/** The coverage diff for people at a terminal: a table per region and domain, then the findings. */
import { tally } from '../../core/diagnostics/index.js';
import { domainName, ratios, type Counts, type CoverageReport } from '../../core/diff/index.js';
import type { FormatOptions } from '../diagnostics/index.js';
import { stylishList } from '../diagnostics/stylish.js';
import { textTable } from '../text-table.js';
import { COUNT_COLUMNS, COUNT_ORDER, levelLabel, percent, regionLabel, text } from './labels.js';
import type { DiffRenderInput } from './report.js';
import type { Lang } from '../../i18n/lang.js';
import { PUNCTUATION } from '../../i18n/punctuation.js';

function countCells(counts: Counts): string[] {
  const { coverage, accounted } = ratios(counts);
  return [...COUNT_ORDER.map((key) => String(counts[key])), percent(coverage), percent(accounted)];
}

function coverageTable(report: CoverageReport, lang: Lang): string {
  const t = text[lang];
  const header = [
    t.region,
    t.level,
    t.domain,
    ...COUNT_ORDER.map((key) => COUNT_COLUMNS[lang][key]),
    t.coverage,
    t.accounted,
  ];
  const rows = report.regions.flatMap((r) =>
    r.domains.map((d) => [
      regionLabel(r.region, lang),
      levelLabel(r.region.level, lang),
      domainName(d.domain),
      ...countCells(d.counts),
    ]),
  );
  rows.push([t.total, '', '', ...countCells(report.counts)]);
  return textTable(header, rows);
}

export function coverageStylish(
  input: DiffRenderInput,
  report: CoverageReport,
  options: FormatOptions,
): string {
  const { lang } = input;
  const { painter } = options;
  const t = text[lang];
  const out: string[] = [painter.bold(t.against(report.against))];
  if (input.example) out.push(painter.dim(t.example));
  out.push('', coverageTable(report, lang).trimEnd(), painter.dim(t.definition), '');
  const list = stylishList(input.diagnostics, lang, options);
  if (list.length > 0) out.push(...list, '');
  const counts = tally(input.diagnostics);
  const { coverage, accounted } = ratios(report.counts);
  const sep = PUNCTUATION[lang].comma;
  const figures = `${t.coverage} ${percent(coverage)}${sep}${t.accounted} ${percent(accounted)}`;
  const found = t.findings(counts.errors, counts.warnings, counts.infos);
  const summary = `${counts.errors > 0 ? '✖' : '✔'} ${found} — ${figures}`;
  out.push(counts.errors > 0 ? painter.error(summary) : painter.bold(summary));
  return out.join('\n') + '\n';
}
