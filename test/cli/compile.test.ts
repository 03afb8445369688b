/**
 * gkml compile: green and deterministic on examples/, incremental (nothing changed: nothing done; one
 * township changed: that township only), atomic (errors or a killed run leave the previous output),
 * and careful with the output folder.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProvince } from '../../bench/generate.js';
import { expectGolden } from '../helpers/golden.js';
import { BIN, formatTranscript, REPO_ROOT, runInProcess, TEST_TODAY } from '../helpers/cli.js';
import { tempFolder } from '../helpers/git.js';

const work = tempFolder('gkml-compile-');
afterAll(() => {
  work.remove();
});

/** Every file under `folder`: relative path → bytes and inode. */
function tree(folder: string): Map<string, { bytes: string; inode: number }> {
  const out = new Map<string, { bytes: string; inode: number }>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else
        out.set(relative(folder, path), {
          bytes: readFileSync(path).toString('base64'),
          inode: statSync(path).ino,
        });
    }
  };
  walk(folder);
  return out;
}

/**
 * How many files are under `folder`, counted while a compile may be deleting some (a spare being
 * pruned): a file or folder gone between listing and looking is not counted.
 */
function filesIn(folder: string): number {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return 0;
  }
  return entries.reduce(
    (count, entry) => count + (entry.isDirectory() ? filesIn(join(folder, entry.name)) : 1),
    0,
  );
}

const contents = (t: Map<string, { bytes: string }>) =>
  new Map([...t].map(([k, v]) => [k, v.bytes]));

function copyExamples(name: string): string {
  const target = join(work.path, name);
  cpSync(join(REPO_ROOT, 'examples'), target, { recursive: true });
  return target;
}

describe('gkml compile on examples/', () => {
  it('is green, with a summary and the outputs the README names', async () => {
    const out = join(work.path, 'site-a');
    const t = await runInProcess(['compile', 'examples', '--out', out], { cwd: REPO_ROOT });
    expect(t.exitCode).toBe(0);
    await expectGolden(
      formatTranscript({
        ...t,
        args: ['compile', 'examples', '--out', '<out>'],
        stdout: t.stdout.replaceAll(out, '<out>'),
      }),
      join(REPO_ROOT, 'test/golden/compile/examples.zh.txt'),
    );
    for (const file of [
      'index.html',
      'search.html',
      'report.html',
      'report.json',
      'r/431421/index.html',
    ]) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    expect(readdirSync(join(out, 'downloads')).filter((f) => f.endsWith('.xlsx'))).toHaveLength(8);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
      summary: { errors: number };
    };
    expect(report.summary.errors).toBe(0);
  });

  it('gives byte-identical output trees on two runs', async () => {
    const a = join(work.path, 'det-a');
    const b = join(work.path, 'det-b');
    await runInProcess(['compile', 'examples', '--out', a], { cwd: REPO_ROOT });
    await runInProcess(['compile', 'examples', '--out', b], { cwd: REPO_ROOT });
    expect(contents(tree(b))).toEqual(contents(tree(a)));
  });

  it('does nothing on a rerun with nothing changed', async () => {
    const out = join(work.path, 'warm');
    await runInProcess(['compile', 'examples', '--out', out], { cwd: REPO_ROOT });
    const before = tree(out);
    const t = await runInProcess(['compile', 'examples', '--out', out], { cwd: REPO_ROOT });
    expect(t.exitCode).toBe(0);
    expect(t.stderr).toContain('输入没有变化');
    expect(tree(out)).toEqual(before);
  });

  it('after a change in one township, renders that township again and carries the rest over', async () => {
    const repo = copyExamples('touch');
    const out = join(work.path, 'touch-out');
    await runInProcess(['compile', repo, '--out', out], { cwd: work.path });
    const before = tree(out);
    const file = join(repo, 'yunchuan/liulin/beipo/health.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('北坡乡人民政府（卫生院）', '北坡乡卫生院'),
    );
    const t = await runInProcess(['compile', repo, '--out', out], { cwd: work.path });
    expect(t.exitCode).toBe(0);
    const after = tree(out);
    const changed = [...after]
      .filter(([path, file]) => before.get(path)?.inode !== file.inode)
      .map(([path]) => path);
    // 北坡乡 (431421200) and the village below it, plus the pages that show the whole repository.
    const allowed = (path: string) =>
      /431421200|北坡乡|杨家村/u.test(path) ||
      !path.includes('/') ||
      path.startsWith('assets/') ||
      path.startsWith('.gkml/') ||
      path === 'r/431421/index.html';
    expect(changed.filter((path) => !allowed(path))).toEqual([]);
    expect(changed).toContain('r/431421200/health.html');
    expect(changed.length).toBeLessThan(after.size / 4);
    expect(readFileSync(join(out, 'r/431421200/health.html'), 'utf8')).toContain('北坡乡卫生院');
  });
});

describe('compile keeps the previous output when it cannot finish', () => {
  it('errors stop the outputs (exit 1) and leave the previous output as it was', async () => {
    const repo = copyExamples('broken');
    const out = join(work.path, 'broken-out');
    await runInProcess(['compile', repo, '--out', out], { cwd: work.path });
    const before = tree(out);
    writeFileSync(
      join(repo, 'yunchuan/liulin/employment.yaml'),
      'domain: employment\nitems:\n\t- id: x\n',
    );
    const t = await runInProcess(['compile', repo, '--out', out], { cwd: work.path });
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toContain('没有生成输出');
    expect(tree(out)).toEqual(before);
  });

  // Killed while building in a fresh folder, and while bringing the spare up to date (a spare is
  // there once an output has been replaced): either way the output stays, the debris goes.
  for (const withSpare of [false, true]) {
    const name = withSpare ? 'killed-spare-out' : 'killed-out';
    it(`a compile killed midway leaves the previous output intact, and the next run clears its debris${withSpare ? ' (through the spare)' : ''}`, async () => {
      const out = join(work.path, name);
      const repo = copyExamples(`${name}-repo`);
      await runInProcess(['compile', repo, '--out', out], { cwd: REPO_ROOT });
      if (withSpare) {
        const health = join(repo, 'yunchuan/liulin/beipo/health.yaml');
        writeFileSync(
          health,
          readFileSync(health, 'utf8').replace('北坡乡人民政府（卫生院）', '北坡乡卫生院'),
        );
        await runInProcess(['compile', repo, '--out', out], { cwd: REPO_ROOT });
        expect(existsSync(`${out}.gkml-spare`)).toBe(true);
      }
      const before = contents(tree(out));
      const province = join(work.path, `${name}-province`);
      generateProvince({
        out: province,
        national: join(REPO_ROOT, 'catalogs/national'),
        cities: 1,
        counties: 3,
        townships: 5,
      });
      // --force: the synthetic province keeps only some domains per region, which diff reports as errors.
      const child = spawn(process.execPath, [BIN, 'compile', province, '--out', out, '--force'], {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH ?? '', GKML_TODAY: TEST_TODAY },
        stdio: 'ignore',
      });
      const state = { finished: false };
      const exited = new Promise<void>((done) =>
        child.on('exit', () => {
          state.finished = true;
          done();
        }),
      );
      // Kill as soon as the new output is being built beside the old one (before it can be swapped in).
      const building = () =>
        readdirSync(work.path).some(
          (entry) => entry.startsWith(`${name}.gkml-tmp-`) && filesIn(join(work.path, entry)) > 20,
        );
      for (let waited = 0; !building(); waited += 20) {
        if (state.finished || waited > 120_000)
          throw new Error('compile ended or never started building');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      child.kill('SIGKILL');
      await exited;
      expect(contents(tree(out))).toEqual(before);
      // The spare, if there was one, was taken by the killed run: it is debris now, never trusted.
      await runInProcess(['compile', repo, '--out', out], { cwd: REPO_ROOT });
      // Beside the output only its caches, whole: the killed run never got to write its own.
      expect(readdirSync(work.path).filter((entry) => entry.startsWith(`${name}.`))).toEqual([
        `${name}.gkml-cache`,
      ]);
      expect(readdirSync(`${out}.gkml-cache`).sort()).toEqual(['.gitignore', 'current']);
      expect(contents(tree(out))).toEqual(before);
    });
  }
});

describe('compile refuses an output folder it must not replace (exit 2)', () => {
  const cases: [string, () => string[]][] = [
    ['inside the repository', () => ['compile', 'examples', '--out', 'examples/site']],
    ['the repository itself', () => ['compile', 'examples', '--out', 'examples']],
    ['a folder holding the repository', () => ['compile', 'examples', '--out', '.']],
    ['a folder of other files', () => ['compile', 'examples', '--out', 'test/fixtures/hostile']],
    ['not a repository', () => ['compile', 'test/fixtures', '--out', join(work.path, 'x')]],
  ];
  for (const [name, args] of cases) {
    it(name, async () => {
      const t = await runInProcess(args(), { cwd: REPO_ROOT });
      expect(t.exitCode).toBe(2);
      expect(t.stderr).toMatch(/^gkml: /mu);
    });
  }

  it('says so in English with --lang en', async () => {
    const t = await runInProcess(
      ['compile', 'examples', '--out', 'examples/site', '--lang', 'en'],
      {
        cwd: REPO_ROOT,
        lang: 'en',
      },
    );
    expect(t.stderr).toContain('is inside the repository');
  });
});
