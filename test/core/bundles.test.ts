/** 一件事 bundles: read from region.yaml with positions, resolved against the merged catalogs. */
import { describe, expect, it } from 'vitest';
import { bundlesFromRaw, resolveBundles } from '../../src/core/model/bundles.js';
import { describe as describeDiagnostic } from '../../src/core/diagnostics/index.js';
import type { SourceLocator } from '../../src/core/schema/errors.js';
import { COUNTY, fixtureModel } from '../helpers/site-fixture.js';

const locator: SourceLocator = {
  file: 'repo/region.yaml',
  locate: (path) => ({
    start: { line: 10 + path.length, column: 3 },
    end: { line: 10 + path.length, column: 9 },
  }),
  locateKey: () => undefined,
};

function county() {
  const found = fixtureModel().regions.find((r) => r.ref.code === COUNTY.code);
  if (!found) throw new Error('fixture lacks the county');
  return found;
}

describe('bundlesFromRaw', () => {
  it('normalises domain names and keeps where each step is written', () => {
    const bundles = bundlesFromRaw(
      {
        code: '410102',
        name: '中原区',
        level: '县级',
        bundles: [
          {
            id: 'newborn',
            name: '新生儿出生一件事',
            items: [
              { domain: '卫生计生', id: 'maternal.birth-certificate', note: '先办' },
              { domain: 'household-registration', id: 'registration.birth' },
            ],
          },
        ],
      },
      locator,
    );
    expect(bundles).toEqual([
      {
        id: 'newborn',
        name: '新生儿出生一件事',
        span: { start: { line: 12, column: 3 }, end: { line: 12, column: 9 } },
        steps: [
          {
            domain: 'health',
            id: 'maternal.birth-certificate',
            note: '先办',
            span: { start: { line: 14, column: 3 }, end: { line: 14, column: 9 } },
          },
          {
            domain: 'household-registration',
            id: 'registration.birth',
            span: { start: { line: 14, column: 3 }, end: { line: 14, column: 9 } },
          },
        ],
      },
    ]);
  });
});

describe('resolveBundles', () => {
  it('resolves steps to items with their 序号', () => {
    const { bundles, diagnostics } = resolveBundles(county());
    expect(diagnostics).toEqual([]);
    expect(bundles[0]?.steps.map((s) => [s.domain.zh, s.item.item.id, s.seq])).toEqual([
      ['卫生健康', 'maternal.birth-certificate', 1],
      ['户籍管理', 'registration.birth', 1],
    ]);
  });

  it('reports a step naming no item, with a suggestion, and one naming an omitted item', () => {
    const region = county();
    const span = { start: { line: 7, column: 9 }, end: { line: 7, column: 30 } };
    region.bundles = [
      {
        id: 'job',
        name: '求职一件事',
        steps: [
          { domain: 'employment', id: 'info-service.job-vacancy-postin', span },
          { domain: 'employment', id: 'info-service.overseas-employment' },
          { domain: 'employment', id: 'info-service.policy-consulting' },
        ],
      },
    ];
    const { bundles, diagnostics } = resolveBundles(region);
    expect(bundles[0]?.steps.map((s) => s.item.item.id)).toEqual([
      'info-service.policy-consulting',
    ]);
    expect(diagnostics.map((d) => [d.code, d.file, d.span?.start.line, d.path])).toEqual([
      ['bundle-item-unknown', region.file, 7, ['bundles', 0, 'items', 0, 'id']],
      ['bundle-item-omitted', region.file, undefined, ['bundles', 0, 'items', 1, 'id']],
    ]);
    const [unknown, omitted] = diagnostics;
    if (!unknown || !omitted) throw new Error('two diagnostics expected');
    expect(describeDiagnostic(unknown, 'zh').message).toBe(
      '一件事主题 job：本区域的「就业」目录中没有事项 info-service.job-vacancy-postin。是否应为「info-service.job-vacancy-posting」？',
    );
    expect(describeDiagnostic(omitted, 'en').message).toBe(
      'Bundle job: the 就业 item info-service.overseas-employment is omitted in this region (本地无此业务).',
    );
  });

  it('reports a step in a domain the region has no catalog for', () => {
    const region = county();
    region.bundles = [
      { id: 'x', name: 'x', steps: [{ domain: 'tax-administration', id: 'anything' }] },
    ];
    const { diagnostics } = resolveBundles(region);
    expect(diagnostics.map((d) => d.code)).toEqual(['bundle-item-unknown']);
  });
});
