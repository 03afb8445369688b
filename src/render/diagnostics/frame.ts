/** A code frame: the offending line with one line of context and a caret under the span. */
import type { Span } from '../../core/diagnostics/index.js';
import type { Painter } from './report.js';
import { displayWidth } from '../text-table.js';

export function codeFrame(text: string, span: Span, painter: Painter): string {
  const lines = text.split(/\r?\n/u);
  const line = span.start.line;
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const gutter = String(last).length;
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    const content = (lines[number - 1] ?? '').replaceAll('\t', ' ');
    const marker = number === line ? '>' : ' ';
    out.push(painter.dim(`  ${marker} ${String(number).padStart(gutter)} | `) + content);
    if (number === line) {
      const before = content.slice(0, span.start.column - 1);
      const endColumn = span.end.line === line ? span.end.column : content.length + 1;
      const under = content.slice(
        span.start.column - 1,
        Math.max(span.start.column, endColumn) - 1,
      );
      const caret = '^'.repeat(Math.max(1, displayWidth(under)));
      out.push(
        painter.dim(`    ${' '.repeat(gutter)} | `) +
          ' '.repeat(displayWidth(before)) +
          painter.error(caret),
      );
    }
  }
  return out.join('\n');
}
