/**
 * Rules that read a national baseline as what it is: a restatement of a ministry's table. A field the
 * table leaves out is declared in `incomplete`, and a limit the ministry set is not the editor's to
 * shorten (issue 18: `gkml validate catalogs` is clean without changing what the tables say).
 */
import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../../src/core/rules/run.js';
import type { RawCatalog, RawItem } from '../../src/core/model/raw.js';
import type { SourceLocator } from '../../src/core/schema/errors.js';

const locator: SourceLocator = {
  file: 'catalogs/national/work-safety.yaml',
  locate: () => ({ start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }),
  locateKey: () => undefined,
};

const GUIDELINE = {
  title: '应急管理部办公厅关于印发安全生产和救灾领域基层政务公开标准目录指引的通知',
  ministry: '应急管理部办公厅',
};

function item(fields: Partial<RawItem>): RawItem {
  return {
    id: 'policy-documents.policy-interpretation',
    l1: '政策文件',
    l2: '政策解读',
    elements: ['解读材料'],
    bases: ['《政府信息公开条例》'],
    timeLimit: '信息形成或变更之日起20个工作日内',
    subject: '应急管理部门',
    channels: ['政府网站'],
    audience: '全社会',
    method: '主动',
    levels: ['县级'],
    source: { document: GUIDELINE.title },
    ...fields,
  };
}

function codes(catalog: RawCatalog): string[] {
  return checkCatalog({ source: locator, catalog, domain: catalog.domain }, '2026-12-02').map(
    (found) => found.code,
  );
}

describe('policy-interpretation-slow', () => {
  it('is not reported on a baseline, whose limit is the ministry’s', () => {
    const catalog = { domain: 'work-safety', guideline: GUIDELINE, items: [item({})] };
    expect(codes(catalog)).not.toContain('policy-interpretation-slow');
  });

  it('is still reported on a catalog that sets its own limit', () => {
    const catalog = { domain: 'work-safety', items: [item({})] };
    expect(codes(catalog)).toContain('policy-interpretation-slow');
  });
});

describe('audience-group-missing', () => {
  const specific = { audience: '特定群体', method: '依申请', id: 'penalty-process' } as const;

  it('is not reported when the source did not name the group (incomplete: [audienceGroup])', () => {
    const catalog = {
      domain: 'work-safety',
      guideline: GUIDELINE,
      items: [item({ ...specific, incomplete: ['audienceGroup'] })],
    };
    expect(codes(catalog)).not.toContain('audience-group-missing');
  });

  it('is reported when the group is simply left out', () => {
    const catalog = { domain: 'work-safety', guideline: GUIDELINE, items: [item(specific)] };
    expect(codes(catalog)).toContain('audience-group-missing');
  });
});
