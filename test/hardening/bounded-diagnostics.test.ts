/**
 * Issue 13, case 4: diagnostics stay bounded on pathological files. 100 KB of `[` used to give
 * 80 MB of output (one parse error per bracket, each with the whole line as its frame); 10,000
 * duplicate ids re-read and re-split the file once per finding.
 */
import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../src/core/diagnostics/index.js';
import { parseYamlSource, MAX_PARSE_ERRORS } from '../../src/io/yaml-source.js';
import { plainPainter } from '../../src/render/diagnostics/index.js';
import { MAX_FRAME_LINE } from '../../src/render/diagnostics/frame.js';
import { MAX_FRAMES_PER_FILE, stylishList } from '../../src/render/diagnostics/stylish.js';

describe('bounded diagnostics (case 4)', () => {
  it('100 KB of `[` gives the first few parse errors and a count of the rest', () => {
    const parsed = parseYamlSource('['.repeat(100_000), 'b.yaml');
    expect(parsed.ok).toBe(false);
    const codes = parsed.diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === 'yaml-syntax').length).toBeLessThanOrEqual(MAX_PARSE_ERRORS);
    expect(codes).toContain('yaml-errors-more');
  });

  it('a frame of a 100 KB line shows a window around the span, the caret under it', () => {
    const text = 'a'.repeat(50_000) + 'XY' + 'b'.repeat(50_000);
    const span = { start: { line: 1, column: 50_001 }, end: { line: 1, column: 50_003 } };
    const frame = stylishList([diagnostic('file-empty', {}, { file: 'f.yaml', span })], 'en', {
      painter: plainPainter,
      sourceText: () => text,
      docs: 'https://example.org',
    });
    const [shown = '', caret = ''] = (frame.at(-1) ?? '').split('\n');
    expect(shown.length).toBeLessThan(MAX_FRAME_LINE + 20);
    expect(shown.includes('…a') && shown.includes('b…')).toBe(true);
    expect(shown.at(caret.indexOf('^'))).toBe('X');
    expect(caret.trimEnd().endsWith(' ^^')).toBe(true);
  });

  it('10,000 findings in one file read it once and print a bounded number of frames', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `- id: same # ${i}`).join('\n');
    let reads = 0;
    const found = Array.from({ length: 10_000 }, (_, i) =>
      diagnostic(
        'file-empty',
        {},
        {
          file: 'dup.yaml',
          span: { start: { line: i + 1, column: 3 }, end: { line: i + 1, column: 5 } },
        },
      ),
    );
    const out = stylishList(found, 'zh', {
      painter: plainPainter,
      sourceText: () => {
        reads++;
        return text;
      },
      docs: 'https://example.org',
    });
    expect(reads).toBe(1);
    expect(out.filter((line) => line.includes(' | ')).length).toBeLessThanOrEqual(
      MAX_FRAMES_PER_FILE * 4,
    );
    expect(out.at(-1)).toContain(`另有 ${10_000 - MAX_FRAMES_PER_FILE} 个问题未显示代码片段`);
  });
});
