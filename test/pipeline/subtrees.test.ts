/**
 * Loading one subtree at a time (what compile does) gives the same findings, figures and output
 * bytes as loading the whole repository at once, and holds one subtree's merged catalogs at a time.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverageTotals } from '../../src/core/diff/coverage-types.js';
import type { Artifact } from '../../src/core/output/artifact.js';
import { analyse } from '../../src/pipeline/analyse.js';
import { loadRepository } from '../../src/pipeline/load-repository.js';
import { planCompile, type CompilePlanInput } from '../../src/pipeline/plan.js';
import { loadSiteFrame } from '../../src/pipeline/site-frame.js';
import { loadBySubtree, type SubtreeRepository } from '../../src/pipeline/subtrees.js';
import { REPO_ROOT, TEST_TODAY } from '../helpers/cli.js';
import { testProvince } from '../helpers/province.js';

/** The compile settings both plans are made with. */
const SETTINGS: CompilePlanInput['settings'] = {
  date: TEST_TODAY,
  channels: 'checklist',
  lang: 'zh',
  tool: { name: 'gkml', version: 'test' },
  frame: 'frame',
};

let work: string;
let province: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gkml-subtrees-'));
  province = testProvince(join(work, 'province'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const options = (root: string) => ({ cwd: root, today: TEST_TODAY, registers: true });

/** Both ways of loading `root`, planned alike. */
async function bothWays(root: string) {
  const whole = await loadRepository(root, options(root));
  const analysis = analyse(whole, { coverage: true });
  const split = await loadBySubtree(root, options(root));
  const model = analysis.model;
  const repository = split.repository;
  if (!model || !analysis.coverage || !repository) throw new Error(`${root} did not load`);
  const frame = await loadSiteFrame(root, model.site, root);
  const common: Omit<CompilePlanInput, 'model' | 'coverage'> = {
    diagnostics: analysis.diagnostics,
    files: whole.files,
    inputs: { fingerprint: 'inputs', hashes: new Map(whole.files.map((f) => [f, `#${f}`])) },
    inputSettings: ['settings'],
    frame,
    settings: SETTINGS,
    exitCode: 0,
  };
  const once = planCompile({ ...common, model, coverage: analysis.coverage });
  const bySubtree = planCompile({
    ...common,
    model: repository.hollow,
    coverage: repository.coverage,
    subtrees: repository,
  });
  return { whole, analysis, coverage: analysis.coverage, split, repository, once, bySubtree };
}

async function rendered(artifacts: readonly Artifact[], skip: (path: string) => boolean) {
  const out = new Map<string, string>();
  for (const artifact of artifacts) {
    if (skip(artifact.path)) continue;
    const bytes = await artifact.render();
    out.set(artifact.path, typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('hex'));
  }
  return out;
}

const keysOf = (artifacts: readonly Artifact[]) =>
  new Map(artifacts.map((a) => [a.path, `${a.key} ${a.region ?? ''}`]));

describe('compile, one subtree at a time', () => {
  it('finds, counts and renders what loading the whole repository does (examples)', async () => {
    const root = join(REPO_ROOT, 'examples');
    const both = await bothWays(root);
    expect(both.split.files).toEqual(both.whole.files);
    expect(both.split.diagnostics).toEqual(both.analysis.diagnostics);
    expect(both.repository.coverage).toEqual(coverageTotals(both.coverage));
    expect(both.bySubtree.summary).toEqual(both.once.summary);
    expect(keysOf(both.bySubtree.artifacts)).toEqual(keysOf(both.once.artifacts));
    const all = () => false;
    expect(await rendered(both.bySubtree.artifacts, all)).toEqual(
      await rendered(both.once.artifacts, all),
    );
  });

  it('finds, counts and renders what loading the whole repository does (a province)', async () => {
    const both = await bothWays(province);
    expect(both.split.diagnostics).toEqual(both.analysis.diagnostics);
    expect(both.bySubtree.summary).toEqual(both.once.summary);
    expect(keysOf(both.bySubtree.artifacts)).toEqual(keysOf(both.once.artifacts));
    // Workbooks are compared on the examples; here the pages, CSV, JSON and the search index.
    const noWorkbooks = (path: string) => path.endsWith('.xlsx');
    expect(await rendered(both.bySubtree.artifacts, noWorkbooks)).toEqual(
      await rendered(both.once.artifacts, noWorkbooks),
    );
  });

  it('merges each subtree once while rendering, in order, holding one at a time', async () => {
    const split = await loadBySubtree(province, options(province));
    const repository = split.repository;
    if (!repository) throw new Error('the province did not load');
    // The generated province is its 3 cities (gkml's levels start at the city): each a subtree.
    const cities = repository.outline.filter((r) => r.ref.level === 'city');
    expect(cities.map((city) => repository.groupOf(city.ref.code))).toEqual([1, 2, 3]);
    const merged: number[] = [];
    const sizes: number[] = [];
    const watched: SubtreeRepository = {
      ...repository,
      model: (group) => {
        const model = repository.model(group);
        merged.push(group);
        sizes.push(model.regions.length);
        return model;
      },
    };
    const root = province;
    const frame = await loadSiteFrame(root, repository.hollow.site, root);
    const planned = planCompile({
      model: repository.hollow,
      coverage: repository.coverage,
      subtrees: watched,
      diagnostics: split.diagnostics,
      files: split.files,
      inputs: { fingerprint: 'inputs', hashes: new Map() },
      inputSettings: [],
      frame,
      settings: SETTINGS,
      exitCode: 0,
    });
    await rendered(planned.artifacts, (path) => path.endsWith('.xlsx'));
    expect(merged).toEqual([1, 2, 3]);
    // A city's subtree: the city, its 2 counties and their 4 townships; nothing above them.
    expect(sizes).toEqual([7, 7, 7]);
    expect(repository.outline).toHaveLength(3 * 7);
  });
});
