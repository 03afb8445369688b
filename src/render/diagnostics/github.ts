/** GitHub Actions workflow commands: each diagnostic becomes an annotation on its line. */
import { describe, type Severity } from '../../core/diagnostics/index.js';
import type { Formatter } from './report.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escaping as the runner expects it (actions/toolkit's command.ts). */
const escapeData = (text: string): string =>
  text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (text: string): string =>
  escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

export const github: Formatter = (report) => {
  const lines = report.diagnostics.map((d) => {
    const { message, hint } = describe(d, report.lang);
    const properties: string[] = [];
    if (d.file !== undefined) properties.push(`file=${escapeProperty(d.file)}`);
    if (d.span) {
      properties.push(
        `line=${d.span.start.line}`,
        `col=${d.span.start.column}`,
        `endLine=${d.span.end.line}`,
        `endColumn=${d.span.end.column}`,
      );
    }
    properties.push(`title=${escapeProperty(`gkml ${d.code}`)}`);
    const text = hint ? `${message}\n${hint}` : message;
    return `::${COMMAND[d.severity]} ${properties.join(',')}::${escapeData(text)}`;
  });
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};
