/**
 * `gkml diff` end to end on real YAML (test/fixtures/diff/gaps, whose gaps are known): exact counts
 * per category, every format as a golden file, the exit-code contract, and version diffs between
 * two folders and against a git ref in a temporary repository.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTranscript, REPO_ROOT, runBinary, runInProcess } from '../helpers/cli.js';
import { commitFiles, git, initRepository, tempFolder } from '../helpers/git.js';
import { expectGolden } from '../helpers/golden.js';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/diff');
const GOLDEN = join(REPO_ROOT, 'test/golden/diff/cli');
const DOMAINS = ['--domain', '就业', '义务教育', '扶贫'];

interface Totals {
  expected: number;
  covered: number;
  omitted: number;
  missing: number;
  local: number;
  weakened: number;
}
interface CoverageJson {
  totals: Totals;
  summary: { errors: number; warnings: number; infos: number };
  regions: { name: string; domains: { name: string; totals: Totals }[] }[];
  diagnostics: { code: string; file: string; line: number | null }[];
}
interface VersionJson {
  totals: Record<string, number>;
  regions: {
    name: string;
    status: string;
    domains: {
      name: string;
      changes: {
        kind: string;
        id: string;
        inherited: boolean;
        from: { name?: string } | null;
        fields: { field: string; old: string | null; new: string | null }[];
      }[];
    }[];
  }[];
}

const counts = (t: Totals): string =>
  `${t.expected} ${t.covered} ${t.omitted} ${t.missing} ${t.local} ${t.weakened}`;
const table = (json: CoverageJson): string[] =>
  json.regions.flatMap((r) => r.domains.map((d) => `${r.name} ${d.name} ${counts(d.totals)}`));
const tallyCodes = (json: { diagnostics: { code: string }[] }): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const d of json.diagnostics) out[d.code] = (out[d.code] ?? 0) + 1;
  return out;
};

describe('coverage of a repository with known gaps', () => {
  // 就业 counts the bundled baseline's items: 4 since the 2026-12 audit's second pass added
  // unemployment-registration (local wording), which the fixture's regions inherit.
  it('counts every category per region and domain exactly (expected covered omitted missing local weakened)', async () => {
    const t = await runInProcess(['diff', 'gaps', ...DOMAINS, '-f', 'json'], { cwd: FIXTURES });
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toBe('');
    const json = JSON.parse(t.stdout) as CoverageJson;
    expect(table(json)).toEqual([
      '云河市 就业 0 0 0 0 1 0',
      '西山区 扶贫 4 4 0 0 0 1',
      '西山区 就业 4 3 1 0 1 1',
      '西山区 义务教育 16 16 0 0 0 1',
      '林山街道 扶贫 5 4 0 1 0 1',
      '林山街道 就业 3 2 1 0 2 1',
      '林山街道 义务教育 14 0 0 14 0 0',
      '江北街道 扶贫 5 0 0 5 0 0',
      '江北街道 就业 3 0 0 3 0 0',
      '江北街道 义务教育 14 0 0 14 0 0',
    ]);
    expect(counts(json.totals)).toBe('68 29 2 37 4 5');
    expect(json.summary).toEqual({ errors: 5, warnings: 28, infos: 5 });
    expect(tallyCodes(json)).toEqual({
      'diff-audience-weakened': 1,
      'diff-channel-dropped': 1,
      'diff-domain-missing': 4,
      'diff-element-dropped': 1,
      'diff-levels-dropped': 2,
      'diff-local': 3,
      'diff-method-weakened': 1,
      'diff-missing': 1,
      'diff-no-column': 21,
      'diff-omitted': 1,
      'diff-time-limit-incomparable': 1,
      'diff-time-limit-longer': 1,
    });
  });

  it('finds the weakenings at the overlay lines that made them', async () => {
    const t = await runInProcess(['diff', 'gaps', ...DOMAINS, '-f', 'json'], { cwd: FIXTURES });
    const json = JSON.parse(t.stdout) as CoverageJson;
    const at = (code: string) =>
      json.diagnostics.filter((d) => d.code === code).map((d) => `${d.file}:${d.line ?? ''}`);
    expect(at('diff-method-weakened')).toEqual(['gaps/yunhe/xishan/employment.yaml:5']);
    expect(at('diff-time-limit-incomparable')).toEqual(['gaps/yunhe/xishan/employment.yaml:6']);
    expect(at('diff-channel-dropped')).toEqual(['gaps/yunhe/xishan/linshan/employment.yaml:6']);
    expect(at('diff-element-dropped')).toEqual(['gaps/yunhe/xishan/compulsory-education.yaml:7']);
    expect(at('diff-levels-dropped')).toEqual([
      'gaps/yunhe/xishan/linshan/poverty-alleviation.yaml:4',
      'gaps/yunhe/xishan/poverty-alleviation.yaml:4',
    ]);
    // Narrowed by the county, missing in its township: reported at the township's own file.
    expect(at('diff-missing')).toEqual(['gaps/yunhe/xishan/linshan/poverty-alleviation.yaml:']);
  });

  for (const format of ['stylish', 'markdown', 'sarif', 'github'] as const) {
    for (const lang of ['zh', 'en'] as const) {
      if ((format === 'sarif' || format === 'github') && lang === 'en') continue;
      it(`renders ${format} (${lang})`, async () => {
        const args = ['diff', 'gaps', ...DOMAINS, '-f', format, '--lang', lang];
        const t = await runInProcess(args, { cwd: FIXTURES, lang });
        await expectGolden(formatTranscript(t), join(GOLDEN, `coverage.${format}.${lang}.txt`));
      });
    }
  }

  it('compares with each parent region when asked', async () => {
    const args = ['diff', 'gaps', ...DOMAINS, '--against', 'parent', '-f', 'json'];
    const json = JSON.parse((await runInProcess(args, { cwd: FIXTURES })).stdout) as CoverageJson;
    // The county ruled one 扶贫 item 县级 only: its townships are not expected to carry it.
    expect(table(json)).toContain('林山街道 扶贫 4 4 0 0 0 1');
    expect(table(json)).toContain('林山街道 就业 3 3 0 0 1 1');
    expect(counts(json.totals)).toBe('66 30 1 35 3 5');
  });

  it('reports on a region folder and the regions below it, with the exit-code contract', async () => {
    const args = ['diff', 'gaps/yunhe/xishan/linshan', '--domain', '就业', '-f', 'json'];
    const t = await runInProcess(args, { cwd: FIXTURES });
    const json = JSON.parse(t.stdout) as CoverageJson;
    expect(json.regions.map((r) => r.name)).toEqual(['林山街道']);
    expect(t.exitCode).toBe(0); // warnings only
    const strict = await runInProcess([...args, '--fail-on', 'warning'], { cwd: FIXTURES });
    expect(strict.exitCode).toBe(1);
  });

  it('counts one error per region and domain that has no catalog', async () => {
    const t = await runInProcess(['diff', 'gaps', '-f', 'json'], { cwd: FIXTURES });
    const json = JSON.parse(t.stdout) as CoverageJson;
    // 江北街道 keeps no catalog at all: every domain that expects something of a township is one
    // error, and only those domains are listed for it.
    const jiangbei = json.regions.find((r) => r.name === '江北街道');
    const missingDomains = json.diagnostics.filter(
      (d) =>
        d.code === 'diff-domain-missing' && d.file === 'gaps/yunhe/xishan/jiangbei/region.yaml',
    );
    expect(jiangbei?.domains.length).toBe(missingDomains.length);
    expect(missingDomains.length).toBeGreaterThan(20);
    expect(jiangbei?.domains.every((d) => d.totals.missing === d.totals.expected)).toBe(true);
  });

  it('runs through the built binary', () => {
    const t = runBinary(['diff', 'gaps', '--domain', '就业', '-f', 'json'], { cwd: FIXTURES });
    expect(t.exitCode).toBe(1);
    expect((JSON.parse(t.stdout) as CoverageJson).summary.errors).toBe(1);
  });
});

/** Edits of the fixture, as a reviewer would see them in a merge request. */
function editCatalogs(root: string): void {
  const edit = (file: string, change: (text: string) => string): void => {
    const path = join(root, file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  };
  // The county: 主动 again with a time limit in working days, a new reason, its hotline gone.
  edit('yunhe/xishan/employment.yaml', (text) =>
    text
      .replace('    method: 依申请\n', '    method: 主动\n')
      .replace('信息形成之日起30日内', '信息形成之日起10个工作日内')
      .replace('本区岗位信息由市人社局统一发布', '岗位信息由市人社局统一发布')
      .replace(/ {2}- id: local\.county-hotline[\s\S]*$/u, ''),
  );
  // The township: a column of its own.
  edit('yunhe/xishan/linshan/employment.yaml', (text) =>
    text.replace('column: 办事服务/就业', 'column: 办事服务/就业/社区岗位'),
  );
  rmSync(join(root, 'yunhe/xishan/jiangbei'), { recursive: true });
  mkdirSync(join(root, 'yunhe/xishan/nanhu'));
  writeFileSync(
    join(root, 'yunhe/xishan/nanhu/region.yaml'),
    'code: "330102003"\nname: 南湖街道\nlevel: 乡级\n',
  );
}

describe('changes between two versions', () => {
  let work: { path: string; remove: () => void };

  beforeAll(() => {
    work = tempFolder('gkml-diff-versions-');
    cpSync(join(FIXTURES, 'gaps'), join(work.path, 'old'), { recursive: true });
    cpSync(join(FIXTURES, 'gaps'), join(work.path, 'new'), { recursive: true });
    editCatalogs(join(work.path, 'new'));
  });
  afterAll(() => {
    work.remove();
  });

  it('lists changes per region, field by field, marking inherited ones', async () => {
    const t = await runInProcess(['diff', 'old', 'new', '--domain', '就业', '-f', 'json'], {
      cwd: work.path,
    });
    expect(t.exitCode).toBe(0); // removals are warnings
    const json = JSON.parse(t.stdout) as VersionJson;
    const lines = json.regions.map(
      (r) =>
        `${r.name} ${r.status}: ` +
        r.domains
          .flatMap((d) =>
            d.changes.map(
              (c) =>
                `${c.kind} ${c.id}${c.inherited ? ` ↑${c.from?.name ?? ''}` : ''}` +
                (c.fields.length > 0 ? ` [${c.fields.map((f) => f.field).join(',')}]` : ''),
            ),
          )
          .join('; '),
    );
    expect(lines).toEqual([
      '西山区 changed: changed info-service.policy-consulting [timeLimit,method]; ' +
        'changed info-service.job-vacancy-posting [omit]; removed local.county-hotline',
      '林山街道 changed: changed info-service.policy-consulting ↑西山区 [timeLimit,method]; ' +
        'changed local.street-board [column]; ' +
        'changed info-service.job-vacancy-posting ↑西山区 [omit]; ' +
        'removed local.county-hotline ↑西山区',
      '南湖街道 added: ',
      '江北街道 removed: ',
    ]);
    const strict = await runInProcess(['diff', 'old', 'new', '--fail-on', 'warning'], {
      cwd: work.path,
    });
    expect(strict.exitCode).toBe(1);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`renders a review comment (markdown, ${lang})`, async () => {
      const args = ['diff', 'old', 'new', '-f', 'markdown', '--lang', lang];
      const t = await runInProcess(args, { cwd: work.path, lang });
      await expectGolden(formatTranscript(t), join(GOLDEN, `folders.markdown.${lang}.txt`));
    });
  }
});

describe('changes since a git ref, read without a checkout', () => {
  let repo: { path: string; remove: () => void };

  beforeAll(() => {
    repo = tempFolder('gkml-diff-ref-');
    initRepository(repo.path);
    commitFiles(repo.path, { 'README.md': '目录仓库\n' }, 'empty');
    git(repo.path, 'tag', 'before-catalogs');
    cpSync(join(FIXTURES, 'gaps'), join(repo.path, 'catalogs'), { recursive: true });
    commitFiles(repo.path, {}, 'catalogs');
    editCatalogs(join(repo.path, 'catalogs'));
  });
  afterAll(() => {
    repo.remove();
  });

  it('shows the working tree against the ref, and leaves the checkout as it was', async () => {
    const status = git(repo.path, 'status', '--porcelain');
    const t = await runInProcess(['diff', '--base', 'main', 'catalogs', '-f', 'json'], {
      cwd: repo.path,
    });
    expect(t.stderr).toBe('');
    const json = JSON.parse(t.stdout) as VersionJson;
    expect(json.totals).toMatchObject({
      changed: 5,
      removed: 2,
      inherited: 3,
      regionsAdded: 1,
      regionsRemoved: 1,
    });
    expect(json.regions.map((r) => `${r.name} ${r.status}`)).toEqual([
      '西山区 changed',
      '林山街道 changed',
      '南湖街道 added',
      '江北街道 removed',
    ]);
    expect(git(repo.path, 'status', '--porcelain')).toBe(status);
  });

  it('says the same from a sub-folder, for that region and those below it', async () => {
    const args = ['diff', '--base', 'HEAD', 'xishan/linshan', '--domain', '就业', '-f', 'json'];
    const t = await runInProcess(args, { cwd: join(repo.path, 'catalogs/yunhe') });
    const json = JSON.parse(t.stdout) as VersionJson;
    expect(json.regions.map((r) => r.name)).toEqual(['林山街道']);
    const reason = json.regions[0]?.domains[0]?.changes.find((c) => c.fields[0]?.field === 'omit');
    expect(reason).toMatchObject({ id: 'info-service.job-vacancy-posting', inherited: true });
    expect(reason?.fields[0]).toMatchObject({
      old: '本区岗位信息由市人社局统一发布',
      new: '岗位信息由市人社局统一发布',
    });
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`renders a review comment (markdown, ${lang})`, async () => {
      const args = ['diff', '--base', 'main', 'catalogs', '-f', 'markdown', '--lang', lang];
      const t = await runInProcess(args, { cwd: repo.path, lang });
      await expectGolden(formatTranscript(t), join(GOLDEN, `git.markdown.${lang}.txt`));
    });
  }

  it('renders the changes for a terminal', async () => {
    const t = await runInProcess(['diff', '--base', 'main', 'catalogs'], { cwd: repo.path });
    await expectGolden(formatTranscript(t), join(GOLDEN, 'git.stylish.zh.txt'));
  });

  it('counts every region as new against a ref without the repository, and says so', async () => {
    const t = await runInProcess(['diff', '--base', 'before-catalogs', 'catalogs', '-f', 'json'], {
      cwd: repo.path,
    });
    expect(t.exitCode).toBe(0);
    expect(t.stderr).toContain('before-catalogs');
    const json = JSON.parse(t.stdout) as VersionJson;
    expect(json.totals).toMatchObject({ regionsAdded: 4, regionsRemoved: 0 });
  });
});
