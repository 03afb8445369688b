/**
 * `gkml diff` renderers on the hand-made repository of test/helpers/diff-fixture.ts: golden files
 * for every format of both modes, and the escaping of untrusted text in Markdown.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sortDiagnostics } from '../../src/core/diagnostics/index.js';
import { coverageDiff, versionDiff } from '../../src/core/diff/index.js';
import type { DomainId } from '../../src/core/vocabulary/domains.js';
import { plainPainter } from '../../src/render/diagnostics/index.js';
import {
  DIFF_FORMATS,
  DIFF_RENDERERS,
  diffRendererFor,
  type DiffRenderInput,
  type DiffResult,
} from '../../src/render/diff/index.js';
import { cell, code } from '../../src/render/diff/markdown.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { employmentRepository } from '../helpers/diff-fixture.js';
import { expectGolden } from '../helpers/golden.js';
import { itemsByDomain, loadNationalBaselines, must, override } from '../helpers/diff-model.js';

const GOLDEN = join(REPO_ROOT, 'test/golden/diff/render');
const TOOL = { name: 'gkml', version: '0.0.0-test' };
const options = {
  painter: plainPainter,
  sourceText: () => undefined,
  docs: 'https://gkml.invalid/docs/codes',
};

let coverage: DiffResult;
let version: DiffResult;

beforeAll(async () => {
  const baselines = await loadNationalBaselines();
  const employment = must(baselines.get('employment'));
  const model = employmentRepository(employment);
  const domains = new Set<DomainId>(['employment']);
  coverage = {
    mode: 'coverage',
    report: coverageDiff(model, {
      against: 'national',
      baselines: itemsByDomain(baselines),
      domains,
    }),
  };
  const edited = employmentRepository(employment);
  const county = must(edited.regions[1]?.catalogs[0]);
  const town1 = must(edited.regions[2]?.catalogs[0]);
  const origin = { ...must(county.items[0]?.provenance.fields.method), line: 8 };
  county.items[0] = override(must(county.items[0]), 'method', '主动', origin);
  town1.items[0] = override(must(town1.items[0]), 'method', '主动', origin);
  town1.items[2] = override(must(town1.items[2]), 'column', '办事服务/求职登记', {
    ...must(town1.items[2]?.provenance.introduced),
    line: 9,
  });
  version = { mode: 'version', report: versionDiff(model, edited), from: 'main', to: 'HEAD' };
});

function input(result: DiffResult, lang: 'zh' | 'en'): DiffRenderInput {
  return { result, diagnostics: result.report.diagnostics, lang, tool: TOOL, example: true };
}

describe('diff renderers', () => {
  for (const format of DIFF_FORMATS) {
    for (const lang of ['zh', 'en'] as const) {
      it(`coverage, ${format}, ${lang}`, async () => {
        const out = (await diffRendererFor(format))(input(coverage, lang), options);
        await expectGolden(out, join(GOLDEN, `coverage.${lang}.${format}.txt`));
      });
      it(`version, ${format}, ${lang}`, async () => {
        const out = (await diffRendererFor(format))(input(version, lang), options);
        await expectGolden(out, join(GOLDEN, `version.${lang}.${format}.txt`));
      });
    }
  }

  it('renders the same input to the same bytes', () => {
    const once = DIFF_RENDERERS.markdown(input(coverage, 'zh'), options);
    const again = DIFF_RENDERERS.markdown(input(structuredClone(coverage), 'zh'), options);
    expect(again).toBe(once);
  });

  it('lists problems met while loading apart from the findings', () => {
    const problem = {
      ...must(coverage.report.diagnostics[0]),
      code: 'file-empty' as const,
      args: {},
    };
    const diagnostics = sortDiagnostics([...coverage.report.diagnostics, problem]);
    const out = DIFF_RENDERERS.markdown({ ...input(coverage, 'zh'), diagnostics }, options);
    expect(out).toContain('读取仓库时发现 1 个问题');
  });

  it('keeps a comment for a large repository under the size limit of GitHub, saying what it left out', () => {
    if (coverage.mode !== 'coverage') throw new Error('fixture changed');
    const one = must(coverage.report.regions[2]);
    const regions = Array.from({ length: 400 }, (_, i) => ({
      ...one,
      region: { ...one.region, code: String(410102100 + i), name: `第${i}街道` },
    }));
    const big: DiffResult = { mode: 'coverage', report: { ...coverage.report, regions } };
    const out = DIFF_RENDERERS.markdown(input(big, 'zh'), options);
    expect(out.length).toBeLessThan(65_536);
    expect(out).toMatch(/还有 \d+ 个区域的明细未列出/u);
    expect(out).toContain('第399街道'); // the summary table still lists every region
  });

  it('fails when the golden file does not match (the harness can fail)', async () => {
    const out = DIFF_RENDERERS.markdown(input(coverage, 'zh'), options);
    await expect(
      expectGolden(out + 'x', join(GOLDEN, 'coverage.zh.markdown.txt'), { update: false }),
    ).rejects.toThrow();
  });
});

describe('markdown escaping of catalog text', () => {
  it('keeps HTML, table pipes, mentions and emphasis inert', () => {
    expect(cell('<img src=x onerror=alert(1)> a|b @admin **x** [l](u)')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; a\\|b &#64;admin \\*\\*x\\*\\* \\[l\\](u)',
    );
    expect(cell('一行\n两行')).toBe('一行 两行');
  });

  it('fences code spans longer than any backtick run inside', () => {
    expect(code('a`b')).toBe('`` a`b ``');
    expect(code('plain')).toBe('`plain`');
  });
});
