/** report.json: the compile's diagnostics and coverage as data, for scripts and dashboards. */
import { tally } from '../../core/diagnostics/index.js';
import { outlineItems } from '../../core/model/outline.js';
import { diagnosticJson } from '../diagnostics/json.js';
import type { CompileInput } from './input.js';

export function reportJson(input: CompileInput): string {
  const { model, coverage, settings, outline } = input;
  const items = outline.reduce((sum, region) => sum + outlineItems(region), 0);
  const data = {
    tool: settings.tool,
    root: model.root,
    example: model.example,
    summary: {
      regions: outline.length,
      catalogs: outline.reduce((n, r) => n + r.catalogs.length, 0),
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
