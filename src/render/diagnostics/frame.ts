/** A code frame: the offending line with one line of context and a caret under the span. */
import type { Span } from '../../core/diagnostics/index.js';
import type { Painter } from './report.js';
import { displayWidth } from '../text-table.js';

/** Characters of a line shown in a frame; a longer line is cut around the span with "…". */
export const MAX_FRAME_LINE = 160;
/** Characters kept before the span's start when a long line is cut. */
const BEFORE_SPAN = 40;

/** A file's lines, split once per file by the caller (not once per diagnostic). */
export function frameLines(text: string): readonly string[] {
  return text.split(/\r?\n/u);
}

/** The part of a long line shown: a window from `from`, with its start column moved accordingly. */
function cut(content: string, column: number): { shown: string; from: number } {
  if (content.length <= MAX_FRAME_LINE) return { shown: content, from: 0 };
  const from = Math.max(0, Math.min(column - 1 - BEFORE_SPAN, content.length - MAX_FRAME_LINE));
  const head = from > 0 ? '…' : '';
  const tail = from + MAX_FRAME_LINE < content.length ? '…' : '';
  return {
    shown: head + content.slice(from, from + MAX_FRAME_LINE) + tail,
    from: from - head.length,
  };
}

export function codeFrame(lines: readonly string[], span: Span, painter: Painter): string {
  const line = span.start.line;
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const gutter = String(last).length;
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    const full = (lines[number - 1] ?? '').replaceAll('\t', ' ');
    const { shown: content, from } = cut(full, number === line ? span.start.column : 1);
    const marker = number === line ? '>' : ' ';
    out.push(painter.dim(`  ${marker} ${String(number).padStart(gutter)} | `) + content);
    if (number === line) {
      const start = span.start.column - from;
      const before = content.slice(0, start - 1);
      const endColumn = span.end.line === line ? span.end.column - from : content.length + 1;
      const under = content.slice(start - 1, Math.max(start, endColumn) - 1);
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
