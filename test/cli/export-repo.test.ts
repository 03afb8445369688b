/**
 * `gkml export` on examples/ through the loader: which regions each kind of path selects, the
 * transcripts, and the bad paths. Output goes to a temporary folder.
 */
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { formatTranscript, REPO_ROOT, runBinary, runInProcess } from '../helpers/cli.js';
import { projectWorkbook } from '../helpers/xlsx-projection.js';

const GOLDEN = join(REPO_ROOT, 'test/golden/export-cli');
let out: string;

// Inside the repository (out/ is ignored by git), so that paths print as out/export-…
beforeEach(async () => {
  await mkdir(join(REPO_ROOT, 'out'), { recursive: true });
  out = await mkdtemp(join(REPO_ROOT, 'out', 'export-'));
});

afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

/** Transcript with the temporary folder's path replaced, so that goldens are stable. */
const stable = (text: string): string => text.split(relative(REPO_ROOT, out)).join('<out>');

describe('gkml export on examples/', () => {
  it('the root exports every region with catalogs', async () => {
    const t = await runInProcess(['export', 'examples', '--out', relative(REPO_ROOT, out)], {
      cwd: REPO_ROOT,
    });
    expect(t.exitCode).toBe(0);
    await expectGolden(stable(formatTranscript(t)), join(GOLDEN, 'root.txt'));
    expect((await readdir(out)).filter((n) => n.endsWith('.xlsx'))).toHaveLength(8);
  });

  it('a region folder exports that region; a catalog file that domain of it', async () => {
    const args = ['export', 'examples/yunchuan/hexi', 'examples/yunchuan/liulin/employment.yaml'];
    const t = await runInProcess([...args, '--format', 'csv', '--out', relative(REPO_ROOT, out)], {
      cwd: REPO_ROOT,
    });
    expect(t.exitCode).toBe(0);
    await expectGolden(stable(formatTranscript(t)), join(GOLDEN, 'selection.csv.txt'));
  });

  it('a county workbook of the examples, as a projection (real overlays, example label)', async () => {
    await runInProcess(['export', 'examples/yunchuan/liulin', '--out', out], { cwd: REPO_ROOT });
    const bytes = await readFile(join(out, '431421-柳林县.xlsx'));
    await expectGolden(
      `${JSON.stringify(await projectWorkbook(bytes), null, 1)}\n`,
      join(GOLDEN, 'liulin.json'),
    );
  });

  it('through the built binary, in English', () => {
    const t = runBinary(
      ['export', 'examples/yunchuan', '--format', 'json', '--out', out, '--lang', 'en'],
      {
        cwd: REPO_ROOT,
      },
    );
    expect(t.exitCode).toBe(0);
    expect(t.stderr).toBe(`Wrote 4 files to ${relative(REPO_ROOT, out)}\n`);
  });

  for (const [name, args] of [
    ['missing', ['examples/nowhere']],
    ['outside', ['examples', 'catalogs']],
    ['not-a-catalog', ['examples/README.md']],
    ['no-catalogs', ['schemas']],
    ['bad-date', ['examples', '--date', '2026/6/30']],
  ] as const) {
    it(`refuses with exit 2: ${name}`, async () => {
      const t = await runInProcess(['export', ...args, '--out', relative(REPO_ROOT, out)], {
        cwd: REPO_ROOT,
      });
      expect(t.exitCode).toBe(2);
      await expectGolden(stable(formatTranscript(t)), join(GOLDEN, `${name}.txt`));
    });
  }
});
