/** The pure side of `gkml import --baseline`: the source document and the baseline's shape. */
import { describe, expect, it } from 'vitest';
import { asBaseline, splitSource } from '../../src/import/baseline.js';

describe('splitSource', () => {
  it('takes the 文号 off the end of a title, in either bracket style', () => {
    expect(splitSource('某省民政厅关于印发社会救助目录的通知（某民发〔2024〕3号）')).toEqual({
      document: '某省民政厅关于印发社会救助目录的通知',
      docNo: '某民发〔2024〕3号',
    });
    expect(splitSource('某市目录 某政办〔2025〕12号')).toEqual({
      document: '某市目录',
      docNo: '某政办〔2025〕12号',
    });
  });

  it('keeps a title without a 文号 whole, and names a bare 文号 by itself', () => {
    expect(splitSource(' 某县社会救助领域基层政务公开标准目录 ')).toEqual({
      document: '某县社会救助领域基层政务公开标准目录',
    });
    expect(splitSource('某政办发〔2026〕1号')).toEqual({
      document: '某政办发〔2026〕1号',
      docNo: '某政办发〔2026〕1号',
    });
  });
});

describe('asBaseline', () => {
  const catalog = {
    domain: 'employment',
    title: '某省就业领域基层政务公开标准目录',
    items: [
      { id: 'a', l1: '甲' },
      { id: 'b', l1: '乙' },
    ],
  };

  it('falls back on the sheet title, marks the catalog complete and cites it on every item', () => {
    const made = asBaseline(catalog, {
      sheetTitle: catalog.title,
      origin: 'x.xlsx 工作表「就业」',
    });
    expect(made.completeness?.status).toBe('complete');
    expect(made.items.map((item) => item.source)).toEqual([
      { document: catalog.title, seenAt: 'x.xlsx 工作表「就业」' },
      { document: catalog.title, seenAt: 'x.xlsx 工作表「就业」' },
    ]);
    // Separate objects, or the YAML writer would print an anchor and aliases.
    expect(made.items[0]?.source).not.toBe(made.items[1]?.source);
  });

  it('prefers --source and keeps the national guideline', () => {
    const guideline = { title: '部委通知', ministry: '某部办公厅' };
    const made = asBaseline(catalog, {
      sheetTitle: catalog.title,
      origin: 'x.xlsx',
      source: '某省通知（某发〔2026〕1号）',
      guideline,
    });
    expect(made.guideline).toEqual(guideline);
    expect(made.items[0]?.source).toMatchObject({ document: '某省通知', docNo: '某发〔2026〕1号' });
  });
});
