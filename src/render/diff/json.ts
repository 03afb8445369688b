/** `gkml diff --format json`: the whole result, with stable field names, for scripts and CI. */
import { tally } from '../../core/diagnostics/index.js';
import {
  domainName,
  ratios,
  type Counts,
  type CoverageReport,
  type FieldChange,
  type VersionReport,
} from '../../core/diff/index.js';
import type { Layer } from '../../core/model/effective.js';
import { ITEM_FIELD_LABELS } from '../../core/model/fields.js';
import { diagnosticJson } from '../diagnostics/json.js';
import type { DiffRenderer } from './report.js';

const figures = (counts: Counts) => ({ ...counts, ...ratios(counts) });

const layerJson = (layer: Layer | undefined) =>
  layer === undefined
    ? null
    : layer.kind === 'national'
      ? { kind: 'national' }
      : { kind: 'region', code: layer.code, name: layer.name };

function coverageJson(report: CoverageReport) {
  return {
    against: report.against,
    totals: figures(report.counts),
    regions: report.regions.map((r) => ({
      ...r.region,
      file: r.file,
      totals: figures(r.counts),
      domains: r.domains.map((d) => ({
        domain: d.domain,
        name: domainName(d.domain),
        reference: d.reference,
        totals: figures(d.counts),
        covered: d.covered,
        missing: d.missing,
        omitted: d.omitted,
        local: d.local,
        weakened: d.weakened,
      })),
    })),
  };
}

const fieldJson = (f: FieldChange) => ({
  field: f.field,
  label: ITEM_FIELD_LABELS[f.field],
  old: f.old,
  new: f.new,
  added: f.added ?? null,
  removed: f.removed ?? null,
  inherited: f.inherited,
  from: f.inherited ? layerJson(f.at?.layer ?? f.origins[0]?.layer) : null,
  file: f.at?.file ?? null,
  line: f.at?.line ?? null,
});

function versionJson(report: VersionReport, from: string, to: string) {
  return {
    from,
    to,
    totals: report.counts,
    unchanged: report.unchanged,
    regions: report.regions.map((r) => ({
      ...r.region,
      file: r.file,
      status: r.status,
      totals: r.counts,
      domains: r.domains.map((d) => ({
        domain: d.domain,
        name: domainName(d.domain),
        changes: d.changes.map((c) => ({
          kind: c.kind,
          id: c.id,
          title: c.title,
          inherited: c.inherited,
          from: c.inherited ? layerJson(c.from) : null,
          reason: c.reason ?? null,
          fields: c.fields.map(fieldJson),
        })),
      })),
    })),
  };
}

export const diffJson: DiffRenderer = (input) => {
  const { result } = input;
  const body =
    result.mode === 'coverage'
      ? { mode: 'coverage', ...coverageJson(result.report) }
      : { mode: 'version', ...versionJson(result.report, result.from, result.to) };
  const output = {
    tool: input.tool,
    example: input.example,
    ...body,
    summary: tally(input.diagnostics),
    diagnostics: input.diagnostics.map((d) => diagnosticJson(d, input.lang)),
  };
  return JSON.stringify(output, null, 2) + '\n';
};
