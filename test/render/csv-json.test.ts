import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvField, guardFormula, renderCsv } from '../../src/render/csv.js';
import { renderCatalogJson } from '../../src/render/json.js';
import { catalogStem, regionStem } from '../../src/render/names.js';
import { expectGolden } from '../helpers/golden.js';
import { FIXTURE, fixtureModel } from '../helpers/fixture-model.js';
import { REPO_ROOT } from '../helpers/cli.js';

const GOLDEN = join(REPO_ROOT, 'test/golden/export');

function countyCatalog(domain: string) {
  const county = fixtureModel().regions.find((r) => r.ref.code === FIXTURE.county.code);
  const found = county?.catalogs.find((c) => c.domain === domain);
  if (!found) throw new Error(`no ${domain}`);
  return found;
}

describe('csv export', () => {
  it('starts with a BOM and the exact header row', () => {
    const text = renderCsv(countyCatalog('employment'));
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe(
      '序号,一级事项,二级事项,三级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级',
    );
    expect(CSV_HEADER).toHaveLength(12);
  });

  it('matches the golden file (lists joined with ；, levels as 县级；乡级)', async () => {
    for (const domain of ['employment', 'social-assistance', 'public-resource-trading']) {
      await expectGolden(renderCsv(countyCatalog(domain)), join(GOLDEN, `${domain}.csv`));
    }
  });

  it('quotes per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('guards cells a spreadsheet would run as a formula', () => {
    expect(
      ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '正文', '（=）'].map(guardFormula),
    ).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", '正文', '（=）']);
    const row = renderCsv(countyCatalog('employment')).split('\r\n')[4];
    expect(row).toBe(
      `4,"'=HYPERLINK(""http://evil.example"",""点击"")",'+1 就业见习补贴,,'-补贴标准；@申领对象,'=1+1,'-20个工作日,'@中原区人社局,政府网站,全社会,主动,县级`,
    );
  });
});

describe('json export', () => {
  it('carries the effective catalog with its provenance', async () => {
    const text = renderCatalogJson(countyCatalog('employment'), { example: true });
    const parsed = JSON.parse(text) as { catalog: { items: { provenance: unknown }[] } };
    expect(parsed.catalog.items[0]?.provenance).toBeDefined();
    await expectGolden(text, join(GOLDEN, 'employment.json'));
  });
});

describe('export file names', () => {
  it('are <code>-<name>[-<领域>], with unsafe characters replaced', () => {
    expect(regionStem(FIXTURE.county)).toBe('410102-中原区');
    expect(catalogStem(countyCatalog('employment'))).toBe('410102-中原区-就业');
    expect(regionStem({ ...FIXTURE.county, name: 'a/b:c*?' })).toBe('410102-a_b_c__');
  });
});
