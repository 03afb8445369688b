/**
 * `gkml site`: refusal of a folder that is not a previous site, the output-inside-input guard,
 * errors that stop the output, and the summary. The repository is loaded by an injected loader
 * (the hand-made fixture) until the merge's loadRepository is wired in.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type RepositoryLoader } from '../../src/cli/commands/site/run.js';
import type { CliIo } from '../../src/cli/io.js';
import { diagnostic } from '../../src/core/diagnostics/index.js';
import { formatTranscript, runInProcess, TEST_TODAY } from '../helpers/cli.js';
import { fixtureModel } from '../helpers/site-fixture.js';
import { tempFolder } from '../helpers/git.js';

// Every case's folder inside one, removed at the end.
const work = tempFolder('gkml-site-cli-');
afterAll(() => {
  work.remove();
});

function io(cwd: string, lang: 'zh' | 'en' = 'zh') {
  const streams = { stdout: '', stderr: '' };
  const cli: CliIo = {
    cwd,
    env: {},
    stdout: { write: (text) => void (streams.stdout += text) },
    stderr: { write: (text) => void (streams.stderr += text) },
    lang,
    colour: false,
    today: TEST_TODAY,
  };
  return { cli, streams };
}

const fixture: RepositoryLoader = () => Promise.resolve({ model: fixtureModel(), diagnostics: [] });

function workspace() {
  const cwd = mkdtempSync(join(work.path, 'case-'));
  mkdirSync(join(cwd, 'repo'));
  return cwd;
}

describe('gkml site', () => {
  it('writes the site and says where', async () => {
    const cwd = workspace();
    const { cli, streams } = io(cwd);
    const code = await run({ folder: 'repo', out: 'public', force: false }, cli, fixture);
    expect(code).toBe(0);
    expect(streams.stdout).toBe('');
    const manifest = JSON.parse(readFileSync(join(cwd, 'public/.gkml/manifest.json'), 'utf8')) as {
      artifacts: Record<string, string>;
    };
    // 20 files of the site, a workbook per region and a CSV and a JSON per catalog (6 of them).
    expect(Object.keys(manifest.artifacts).length).toBe(20 + 4 + 2 * 6);
    expect(streams.stderr).toMatch(/^网站已生成：public（写入 36 个文件，未变 0 个）。/u);
    expect(readFileSync(join(cwd, 'public/index.html'), 'utf8')).toContain('郑州市');
    expect(
      readFileSync(join(cwd, 'public/downloads/410102-中原区.xlsx')).subarray(0, 2).toString(),
    ).toBe('PK');
    expect(readFileSync(join(cwd, 'public/r/410102/index.html'), 'utf8')).toContain(
      'href="../../downloads/410102-%E4%B8%AD%E5%8E%9F%E5%8C%BA.xlsx" download>',
    );

    const again = io(cwd, 'en');
    expect(await run({ folder: 'repo', out: 'public', force: false }, again.cli, fixture)).toBe(0);
    expect(again.streams.stderr).toMatch(/\(0 file\(s\) written, 36 unchanged\)/u);

    const other = io(cwd);
    const options = { folder: 'repo', out: 'public', force: false, date: '2026-01-01' };
    expect(await run(options, other.cli, fixture)).toBe(0);
    // Only the workbooks print the date of the data.
    expect(other.streams.stderr).toMatch(/（写入 4 个文件，未变 32 个）/u);

    // Without downloads: the region and catalog pages lose their links, the files go.
    const bare = io(cwd);
    expect(await run({ ...options, downloads: false }, bare.cli, fixture)).toBe(0);
    expect(bare.streams.stderr).toMatch(/（写入 10 个文件，未变 10 个）/u);
    expect(existsSync(join(cwd, 'public/downloads'))).toBe(false);
    expect(readFileSync(join(cwd, 'public/r/410102/index.html'), 'utf8')).not.toContain(
      'download>',
    );
  });

  it('refuses a folder that is not a previous gkml output, unless --replace', async () => {
    const cwd = workspace();
    mkdirSync(join(cwd, 'docs'));
    writeFileSync(join(cwd, 'docs/report.docx'), 'mine');
    const refused = io(cwd);
    await expect(
      run({ folder: 'repo', out: 'docs', force: false }, refused.cli, fixture),
    ).rejects.toThrow(/neither empty nor an earlier gkml output/u);
    expect(existsSync(join(cwd, 'docs/index.html'))).toBe(false);

    // --force publishes despite errors; it does not replace a stranger's folder.
    const forced = io(cwd);
    await expect(
      run({ folder: 'repo', out: 'docs', force: true }, forced.cli, fixture),
    ).rejects.toThrow(/neither empty/u);
    const replaced = io(cwd);
    const options = { folder: 'repo', out: 'docs', force: false, replace: true };
    expect(await run(options, replaced.cli, fixture)).toBe(0);
    // --replace replaces the folder whole, as the message says.
    expect(existsSync(join(cwd, 'docs/report.docx'))).toBe(false);
    expect(existsSync(join(cwd, 'docs/index.html'))).toBe(true);
  });

  it('refuses to write into the input folder or above it', async () => {
    const cwd = workspace();
    for (const out of ['repo', '.']) {
      await expect(run({ folder: 'repo', out, force: true }, io(cwd).cli, fixture)).rejects.toThrow(
        /is the input folder or holds it/u,
      );
    }
  });

  it('writes nothing when the repository has errors', async () => {
    const cwd = workspace();
    const model = fixtureModel();
    const county = model.regions.find((r) => r.ref.code === '410102');
    if (!county) throw new Error('fixture lacks the county');
    county.bundles = [{ id: 'x', name: 'x', steps: [{ domain: 'employment', id: 'no.such' }] }];
    const { cli, streams } = io(cwd);
    const code = await run({ folder: 'repo', out: 'public', force: false }, cli, () =>
      Promise.resolve({ model, diagnostics: [] }),
    );
    expect(code).toBe(1);
    expect(streams.stderr).toContain('bundle-item-unknown');
    expect(streams.stderr).toContain('有 1 个错误，未生成网站。');
    expect(existsSync(join(cwd, 'public'))).toBe(false);
  });

  it('writes the site when there are only warnings, and shows them', async () => {
    const cwd = workspace();
    const warning = diagnostic('time-limit-unparsed', { text: '尽快' }, { file: 'repo/x.yaml' });
    const { cli, streams } = io(cwd);
    const code = await run({ folder: 'repo', out: 'public', force: false }, cli, () =>
      Promise.resolve({ model: fixtureModel(), diagnostics: [warning] }),
    );
    expect(code).toBe(0);
    expect(streams.stderr).toContain('time-limit-unparsed');
    expect(existsSync(join(cwd, 'public/index.html'))).toBe(true);
  });

  it('through the program: usage errors exit 2 with a sentence', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'file.txt'), '');
    const t = await runInProcess(['site', 'repo', '--out', 'file.txt'], { cwd });
    expect(formatTranscript(t)).toBe(
      [
        '$ gkml site repo --out file.txt',
        '--- exit 2',
        '--- stdout',
        '',
        '--- stderr',
        'gkml: 输出路径 file.txt 是一个文件，不是文件夹。',
        '',
      ].join('\n'),
    );
    const missing = await runInProcess(['site', 'repo'], { cwd });
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toBe(
      'gkml: 请用 --out 指定网站的输出文件夹，如 gkml site . --out public。\n',
    );
  });
});
