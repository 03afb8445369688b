/** A code frame: the offending line with one line of context and a caret under the span. */
import type { Span } from '../../core/diagnostics/index.js';
import type { Painter } from './report.js';

/** East Asian wide characters take two terminal columns; the caret must line up under them. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

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
