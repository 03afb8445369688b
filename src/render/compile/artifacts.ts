/**
 * Everything `gkml compile` writes, as artifacts rendered on demand: the site (with the report
 * page), each region's downloads (a workbook; CSV and JSON per catalog) and report.json. Keys come
 * from keys.ts, so an unchanged region's files are carried over instead of rendered again.
 */
import type { CoverageTotals } from '../../core/diff/coverage-types.js';
import { hashOf } from '../../core/util/hash.js';
import type { RegionModel } from '../../core/model/effective.js';
import type { Artifact } from '../../core/output/artifact.js';
import { renderCsv } from '../csv.js';
import { renderCatalogJson } from '../json.js';
import { ancestorsOf } from '../export.js';
import { exportDownloadPlan, type DownloadPlan } from '../site/downloads.js';
import { planSite, type PageScope, type ReportInput } from '../site/index.js';
import type { SummaryCoverage } from '../xlsx/index.js';
import { regionKeys, type RegionKeys } from './keys.js';
import type { CompileInput } from './input.js';
import { reportJson } from './report-json.js';
import { SUMMARY_PATH, summaryText } from '../../core/output/summary.js';

export const REPORT_JSON = 'report.json';

export function compileArtifacts(input: CompileInput): Artifact[] {
  const { model, settings } = input;
  const settingsKey = hashOf(
    settings.tool.version,
    settings.date,
    settings.channels,
    settings.lang,
    input.shared ?? '',
    settings.frame,
  );
  const keys = regionKeys(model, settingsKey, input.fileHash);
  const site = hashOf(settingsKey, input.fingerprint);
  const plan = exportDownloadPlan;
  const pages = planSite(model, {
    templates: input.templates,
    downloads: plan,
    ...(input.publicReport ? { report: reportInput(input) } : {}),
    ...(input.logo ? { logo: input.logo.path } : {}),
    outline: input.outline,
    ...(input.searchIndex ? { searchIndex: input.searchIndex } : {}),
  });
  // A key is what the artifact is made from; its path is the manifest's own key, not hashed in again
  // (136,000 hashes were a quarter of planning the 26-domain province).
  const artifacts: Artifact[] = pages.map((page) => ({
    path: page.path,
    key: scopeKey(page.scope, keys, site),
    render: page.render,
    ...(page.scope.kind === 'site' ? {} : { region: page.scope.code }),
  }));
  for (const region of model.regions) {
    artifacts.push(...regionDownloads(input, region, plan, keys.region(region.ref.code)));
  }
  const logo = input.logo;
  if (logo)
    artifacts.push({ path: logo.path, key: hashOf(logo.path, site), render: () => logo.bytes });
  if (input.publicReport) {
    artifacts.push({
      path: REPORT_JSON,
      key: hashOf(REPORT_JSON, site),
      render: () => reportJson(input),
    });
  }
  artifacts.push({
    path: SUMMARY_PATH,
    key: hashOf(SUMMARY_PATH, site, String(input.summary.exitCode)),
    render: () => summaryText(input.summary),
  });
  return artifacts.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** What the report page shows. */
export function reportInput(input: CompileInput): ReportInput {
  return { files: input.files.length, diagnostics: input.diagnostics, coverage: input.coverage };
}

function scopeKey(scope: PageScope, keys: RegionKeys, site: string): string {
  switch (scope.kind) {
    case 'site':
      return site;
    case 'region':
      return keys.region(scope.code);
    case 'region-and-children':
      return keys.withChildren(scope.code);
  }
}

function regionDownloads(
  input: CompileInput,
  region: RegionModel,
  plan: DownloadPlan,
  key: string,
): Artifact[] {
  const { model, settings } = input;
  const links = plan(region);
  // Written out in each literal: `{ ...artifact, region }` gave every one of a province's 88,000
  // downloads a hidden class of its own in V8 (cloning an object and adding a key does), 16 MB.
  const code = region.ref.code;
  const out: Artifact[] = [];
  const xlsx = links.xlsx;
  if (xlsx !== undefined) {
    out.push({
      path: xlsx,
      key,
      region: code,
      render: async () => {
        // The workbook writer is loaded on the first workbook, not when compile starts.
        const { renderWorkbook } = await import('../xlsx/index.js');
        const coverage = coverageOf(input.coverage, region.ref.code);
        return renderWorkbook(
          { region, ancestors: ancestorsOf(model, region), example: model.example },
          { date: settings.date, channels: settings.channels, ...(coverage ? { coverage } : {}) },
        );
      },
    });
  }
  for (const catalog of region.catalogs) {
    const csv = links.csv[catalog.domain];
    const json = links.json[catalog.domain];
    if (csv !== undefined) {
      out.push({
        path: csv,
        key,
        region: code,
        render: () => renderCsv(catalog),
      });
    }
    if (json !== undefined) {
      out.push({
        path: json,
        key,
        region: code,
        render: () => renderCatalogJson(catalog, { example: model.example }),
      });
    }
  }
  return out;
}

/** A region's coverage per domain, for the workbook's 汇总 sheet. */
function coverageOf(report: CoverageTotals, code: string): SummaryCoverage | undefined {
  const region = report.regions.find((r) => r.region.code === code);
  if (!region) return undefined;
  return new Map(
    region.domains.map((d) => [
      d.domain,
      { covered: d.counts.covered, expected: d.counts.expected },
    ]),
  );
}
