/**
 * Column widths of the official table that a printed sheet depends on: 公开主体 never leaves a lone
 * closing bracket on its last line, and a lone level column fits its 公开层级 header on one line.
 */
import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/core/model/item.js';
import type { Level } from '../../src/core/vocabulary/levels.js';
import { tableColumns } from '../../src/render/xlsx/columns.js';
import { emsPerLine, lastLine, textEms } from '../../src/render/xlsx/metrics.js';
import { BODY_SIZE } from '../../src/render/xlsx/styles.js';

function item(subject: string, levels: Level[]): Item {
  return { id: 'x', subject, elements: [], bases: [], channels: [], levels, incomplete: [] };
}

const options = { flags: false, fallbackLevel: 'county' as const };

function width(items: Item[], key: string): number {
  const found = tableColumns(items, options).find((column) => column.key === key);
  if (!found) throw new Error(`no column ${key}`);
  return found.width;
}

describe('xlsx table columns', () => {
  it('widens 公开主体 until no subject ends with a lone "）"', () => {
    const perLine = emsPerLine(14, BODY_SIZE);
    // A subject that fills whole lines at 14 and then wraps its closing bracket alone.
    const subject = `${'人'.repeat(perLine * 2 - 1)}（局）`.slice(0, perLine * 2) + '）';
    expect(lastLine(subject, perLine)).toBe('）');
    const chosen = width([item(subject, ['county'])], 'subject');
    expect(chosen).toBeGreaterThan(14);
    expect(lastLine(subject, emsPerLine(chosen, BODY_SIZE))).not.toBe('）');
  });

  it('keeps 公开主体 at 14 when nothing wraps badly', () => {
    expect(width([item('柳林县民政局', ['county'])], 'subject')).toBe(14);
  });

  it('fits 公开层级 on one line over a lone level column', () => {
    const lone = width([item('柳林县民政局', ['county'])], 'level-county');
    expect(emsPerLine(lone, BODY_SIZE)).toBeGreaterThanOrEqual(textEms('公开层级'));
    const two = width([item('柳林县民政局', ['county', 'township'])], 'level-county');
    expect(two).toBe(6);
  });
});
