/** The version diff for people at a terminal: per region and domain, each change and its fields. */
import { domainName, type ItemChange, type VersionReport } from '../../core/diff/index.js';
import type { FormatOptions, Painter } from '../diagnostics/index.js';
import { CHANGE_LABELS, CHANGE_ORDER, regionLabel, text } from './labels.js';
import type { DiffRenderInput } from './report.js';
import { fieldLabel, fieldOrigin, fieldPhrase, originNote } from './version-lines.js';
import { stylishList } from '../diagnostics/stylish.js';
import type { Lang } from '../../i18n/lang.js';
import { PUNCTUATION } from '../../i18n/punctuation.js';

const MARK = { added: '+', removed: '-', changed: '~', omitted: '×', restored: '+' } as const;

function paintKind(painter: Painter, change: ItemChange, label: string): string {
  if (change.kind === 'removed') return painter.error(label);
  if (change.kind === 'added' || change.kind === 'restored') return painter.info(label);
  return painter.warning(label);
}

function changeLines(change: ItemChange, lang: Lang, painter: Painter): string[] {
  const label = `${MARK[change.kind]} ${CHANGE_LABELS[lang][change.kind]}`;
  const note = change.kind === 'changed' ? '' : originNote(change.inherited, change.from, lang);
  const reason =
    change.reason === undefined ? '' : `  ${lang === 'zh' ? '理由：' : 'reason: '}${change.reason}`;
  const head = `    ${paintKind(painter, change, label)}  ${change.id}  ${change.title}${reason}`;
  const lines = [note === '' ? head : `${head}  ${painter.dim(note)}`];
  for (const field of change.fields) {
    const origin = fieldOrigin(field, lang);
    const sep = PUNCTUATION[lang].colon;
    const line = `        ${fieldLabel(field, lang)}${sep}${fieldPhrase(field, lang)}`;
    lines.push(origin === '' ? line : `${line}  ${painter.dim(origin)}`);
  }
  return lines;
}

export function versionStylish(
  input: DiffRenderInput,
  result: { report: VersionReport; from: string; to: string },
  options: FormatOptions,
): string {
  const { lang } = input;
  const { painter } = options;
  const t = text[lang];
  const { report } = result;
  const out: string[] = [painter.bold(t.versions(result.from, result.to)), ''];
  const problems = input.diagnostics.filter((d) => !d.code.startsWith('diff-'));
  if (problems.length > 0) out.push(...stylishList(problems, lang, options), '');
  for (const region of report.regions) {
    out.push(
      `${painter.underline(regionLabel(region.region, lang))}  ${t.regionStatus[region.status]}`,
    );
    for (const domain of region.domains) {
      out.push(`  ${domainName(domain.domain)}`);
      for (const change of domain.changes) out.push(...changeLines(change, lang, painter));
    }
  }
  if (report.regions.length > 0) out.push('');
  if (report.unchanged > 0) out.push(painter.dim(t.unchanged(report.unchanged)));
  out.push(painter.bold(versionSummary(report, lang)));
  return out.join('\n') + '\n';
}

/** "新增 1，删除 2，…（其中继承 2）；新增区域 1，删除区域 1" */
export function versionSummary(report: VersionReport, lang: Lang): string {
  const t = text[lang];
  const c = report.counts;
  if (report.regions.length === 0) return t.noChanges;
  const sep = PUNCTUATION[lang].comma;
  const items = CHANGE_ORDER.map((kind) => `${CHANGE_LABELS[lang][kind]} ${c[kind]}`).join(sep);
  const inherited =
    lang === 'zh' ? `（${t.inherited} ${c.inherited}）` : ` (${t.inherited} ${c.inherited})`;
  const regions = t.regionCounts(c.regionsAdded, c.regionsRemoved);
  return `${items}${inherited}${PUNCTUATION[lang].semicolon}${regions}`;
}
