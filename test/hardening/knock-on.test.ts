/**
 * Issue 13, case 15: one broken file is reported once. A catalog that fails to parse or fails its
 * schema must not also make coverage, the merge, bundles or the document register complain about
 * its absence or its consequences; a bad field in region.yaml is one finding at that field, not a
 * thousand from the region's catalogs read as if they were baselines.
 *
 * Each test breaks one file of a copy of examples/ and compares validate's findings with those of
 * the unbroken copy: the findings that are new must be exactly the broken file's own.
 */
import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runInProcess } from '../helpers/cli.js';
import { tempFolder } from '../helpers/git.js';
import { expectNoStack, initCounty } from './repo.js';

const work = tempFolder('gkml-hard-knock-');
afterAll(() => {
  work.remove();
});

interface Finding {
  code: string;
  file: string | null;
  line: number | null;
}

/** validate's findings as "code file:line", the file relative to the repository copy. */
async function findings(repo: string): Promise<string[]> {
  const t = await runInProcess(['validate', repo, '-f', 'json'], { cwd: work.path });
  expectNoStack(t);
  const report = JSON.parse(t.stdout) as { diagnostics: Finding[] };
  const name = repo.slice(work.path.length + 1);
  return report.diagnostics.map(
    (d) => `${d.code} ${(d.file ?? '').replace(`${name}/`, '')}:${d.line ?? '-'}`,
  );
}

/** The findings of `broken` that the pristine copy does not have. */
function added(pristine: readonly string[], broken: readonly string[]): string[] {
  const left = [...pristine];
  return broken.filter((finding) => {
    const at = left.indexOf(finding);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

let copies = 0;
/** A copy of `source` with `file` edited by `edit`; returns the copy's path. */
function brokenCopy(source: string, file: string, edit: (text: string) => string): string {
  const repo = join(work.path, `copy${copies++}`);
  cpSync(source, repo, { recursive: true });
  const path = join(repo, file);
  const text = readFileSync(path, 'utf8');
  const changed = edit(text);
  if (changed === text) throw new Error(`the edit changed nothing in ${file}`);
  writeFileSync(path, changed);
  return repo;
}

describe('knock-on findings of one broken file (case 15)', () => {
  const examples = join(REPO_ROOT, 'examples');
  let pristine: string[] = [];
  beforeAll(async () => {
    pristine = await findings(brokenCopy(examples, 'README.md', (text) => `${text}\n`));
  });

  it('an unparsable county catalog: no coverage, register or township findings about it', async () => {
    // Today's knock-on: diff-domain-missing at region.yaml (no line), document-item-unknown in
    // documents.yaml for each of its items, merge-subject-generic in the township below.
    const file = 'yunchuan/liulin/social-assistance.yaml';
    const repo = brokenCopy(examples, file, (text) => text.replace('domain: ', 'domain: ['));
    expect(added(pristine, await findings(repo))).toEqual([`yaml-syntax ${file}:3`]);
  });

  it('a catalog failing its schema: the same, when only its `domain` names the domain', async () => {
    const file = 'yunchuan/liulin/social-assistance.yaml';
    const repo = brokenCopy(examples, file, (text) => text.replace(/^title: .*/mu, 'title: 12'));
    renameSync(join(repo, file), join(repo, 'yunchuan/liulin/救助.yaml'));
    const found = added(pristine, await findings(repo));
    expect(found.map((f) => f.split(' ')[0])).toEqual(['schema-type']);
    expect(found[0]).toMatch(/^schema-type yunchuan\/liulin\/救助\.yaml:\d+$/u);
  });

  it('an unparsable catalog that a township and its bundle build on', async () => {
    // hexi adds gig-market.daily-vacancies; shimen's 一件事 bundle names it.
    const file = 'yunchuan/hexi/employment.yaml';
    const repo = brokenCopy(examples, file, (text) => text.replace('domain: ', 'domain: ['));
    const found = added(pristine, await findings(repo));
    expect(found.map((f) => f.split(' ')[0])).toEqual(['yaml-syntax']);
    expect(found[0]).toMatch(new RegExp(`^yaml-syntax ${file}:\\d+$`, 'u'));
  });

  it('an unparsable baseline of the repository’s own national folder', async () => {
    // Every region's employment overrides were "merge-unknown-id", shimen's bundle steps unknown.
    const own = brokenCopy(examples, 'gkml.yaml', (text) => `${text}national: national\n`);
    cpSync(join(REPO_ROOT, 'catalogs/national'), join(own, 'national'), { recursive: true });
    const before = await findings(own);
    const repo = brokenCopy(own, 'national/employment.yaml', (text) =>
      text.replace('domain: ', 'domain: ['),
    );
    const found = added(before, await findings(repo)).map((f) => f.replace(/ copy\d+\//u, ' '));
    expect(found.map((f) => f.split(':')[0])).toEqual(['yaml-syntax national/employment.yaml']);
  });

  it.each([
    ['12', 'schema-type'],
    ['"not a url"', 'schema-pattern'],
  ])('website: %s in a county region.yaml is one finding at that line', async (value, code) => {
    const file = 'yunchuan/liulin/region.yaml';
    const repo = brokenCopy(examples, file, (text) =>
      text.replace(/website: .*/u, `website: ${value}`),
    );
    expect(added(pristine, await findings(repo))).toEqual([`${code} ${file}:13`]);
  });

  it('website: 12 in the region.yaml at the root of a county made by gkml init', async () => {
    // The county's catalogs sit beside its region.yaml: with the region unread they were checked
    // as national baselines, every inherited item "incomplete".
    const county = join(work.path, 'county');
    await initCounty(county);
    const office = (website: string) => (text: string) =>
      `${text}office:\n  name: 测试区人民政府办公室\n  website: ${website}\n`;
    const good = await findings(brokenCopy(county, 'region.yaml', office('https://a.invalid/')));
    const bad = await findings(brokenCopy(county, 'region.yaml', office('12')));
    const found = added(good, bad).map((f) => f.replace(/^(\S+) copy\d+\//u, '$1 '));
    expect(found).toEqual(['schema-type region.yaml:17']);
  });

  it('the file cache keeps apart a catalog beside an unread region.yaml and one beside none', async () => {
    // Two top-level counties; b's region.yaml is broken, then gone. Its catalogs are overlays
    // without a region the first time and baselines the second: the same context for the cache
    // (no region), but not the same rules. The second compile must equal a fresh one.
    const root = join(work.path, 'cached');
    await initCounty(join(root, 'a'));
    renameSync(join(root, 'a', 'gkml.yaml'), join(root, 'gkml.yaml'));
    cpSync(join(root, 'a'), join(root, 'b'), { recursive: true });
    const region = join(root, 'b', 'region.yaml');
    writeFileSync(
      region,
      'code: "110102"\nname: 乙区\nlevel: 县级\noffice:\n  name: x\n  website: 12\n',
    );
    const compile = (out: string) =>
      runInProcess(['compile', root, '--out', join(work.path, out), '--force'], { cwd: work.path });
    expectNoStack(await compile('cached-out'));
    rmSync(region);
    const again = await compile('cached-out');
    const fresh = await compile('fresh-out');
    const summary = (t: { stderr: string }) =>
      t.stderr.split('\n').filter((l) => l.startsWith('✖'));
    expect(summary(again)).toEqual(summary(fresh));
    expect(summary(fresh)).not.toEqual([]);
  });
});
