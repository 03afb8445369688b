import { describe, expect, it } from 'vitest';
import {
  AMBIGUOUS_GLYPHS,
  CHECKED_GLYPHS,
  ELEMENT_FLAGS,
  MARK,
  UNCHECKED_GLYPHS,
  elementFlag,
  glyphState,
} from '../../src/core/cells/glyphs.js';

describe('checkbox glyphs', () => {
  it.each(['■', '▄', '◆', '▲', '√', 'R', 't'])('%s means checked', (glyph) => {
    expect(glyphState(glyph)).toBe(true);
  });

  it.each(['□', '口', '£', '○'])('%s means unchecked', (glyph) => {
    expect(glyphState(glyph)).toBe(false);
  });

  it.each(['政', 'a', '', '●', '〇', '■□'])('%j is no checkbox', (text) => {
    expect(glyphState(text)).toBeUndefined();
  });

  it('keeps the two tables disjoint', () => {
    const unchecked: readonly string[] = UNCHECKED_GLYPHS;
    expect(CHECKED_GLYPHS.filter((glyph) => unchecked.includes(glyph))).toEqual([]);
  });

  it('names the glyphs that are also ordinary text', () => {
    expect([...AMBIGUOUS_GLYPHS].sort()).toEqual(['R', 't', '口'].sort());
  });
});

describe('element flags', () => {
  it('reads ● as required and 〇 as optional', () => {
    expect(elementFlag('●')).toBe(true);
    expect(elementFlag('〇')).toBe(false);
    expect(ELEMENT_FLAGS).toEqual({ '●': true, 〇: false });
  });

  it.each(['○', '·', '■', ''])('%j is no element flag', (text) => {
    expect(elementFlag(text)).toBeUndefined();
  });

  it('uses √ as the mark of mark columns', () => {
    expect(MARK).toBe('√');
  });
});
