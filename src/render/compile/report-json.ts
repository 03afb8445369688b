/** report.json: the compile's diagnostics and coverage as data, for scripts and dashboards. */
import { tally } from '../../core/diagnostics/index.js';
import { diagnosticJson } from '../diagnostics/json.js';
import type { CompileInput } from './input.js';

export function reportJson(input: CompileInput): string {
  const { model, coverage, settings } = input;
  const items = model.regions.reduce(
    (sum, region) => sum + region.catalogs.reduce((n, c) => n + c.items.length, 0),
    0,
  );
  const data = {
    tool: settings.tool,
    root: model.root,
    example: model.example,
    summary: {
      regions: model.regions.length,
      catalogs: model.regions.reduce((n, r) => n + r.catalogs.length, 0),
      items,
      files: input.files.length,
      ...tally(input.diagnostics),
    },
    coverage: {
      against: coverage.against,
      counts: coverage.counts,
      regions: coverage.regions.map((region) => ({
        code: region.region.code,
        name: region.region.name,
        counts: region.counts,
        domains: region.domains.map((d) => ({ domain: d.domain, counts: d.counts })),
      })),
    },
    diagnostics: input.diagnostics.map((d) => diagnosticJson(d, settings.lang)),
  };
  return JSON.stringify(data, null, 2) + '\n';
}
