/** SARIF 2.1.0 through node-sarif-builder, which keeps the log's structure right (rule indexes, artifacts). */
import {
  SarifBuilder,
  SarifResultBuilder,
  SarifRuleBuilder,
  SarifRunBuilder,
} from 'node-sarif-builder';
import { CODES, describe, type Severity } from '../../core/diagnostics/index.js';
import { codeDocUrl, type Formatter } from './report.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

export const sarif: Formatter = (report, { docs }) => {
  const run = new SarifRunBuilder().initSimple({
    toolDriverName: report.tool.name,
    toolDriverVersion: report.tool.version,
  });
  const usedCodes = [...new Set(report.diagnostics.map((d) => d.code))].sort();
  for (const code of usedCodes) {
    run.addRule(
      new SarifRuleBuilder().initSimple({
        ruleId: code,
        shortDescriptionText: CODES[code].doc,
        helpUri: codeDocUrl(docs, code),
      }),
    );
  }
  for (const d of report.diagnostics) {
    const { message, hint } = describe(d, report.lang);
    run.addResult(
      new SarifResultBuilder().initSimple({
        level: LEVEL[d.severity],
        messageText: hint ? `${message} ${hint}` : message,
        ruleId: d.code,
        ...(d.file !== undefined ? { fileUri: d.file } : {}),
        ...(d.span
          ? {
              startLine: d.span.start.line,
              startColumn: d.span.start.column,
              endLine: d.span.end.line,
              endColumn: d.span.end.column,
            }
          : {}),
      }),
    );
  }
  const log = new SarifBuilder();
  log.addRun(run);
  return log.buildSarifJsonString({ indent: true }) + '\n';
};
