/**
 * `gkml import --into` on a copy of examples/ kept in git: an unchanged workbook changes no file;
 * a clerk's four edits come back as exactly four changes of that region in `gkml diff`, and the
 * inserted row stays where it was inserted on the next export.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runInProcess } from '../helpers/cli.js';
import { deleteRow, insertRow, rowTexts } from '../helpers/clerk-edits.js';
import { git, initRepository, tempFolder } from '../helpers/git.js';
import { findSoffice } from '../../src/io/convert-office.js';

/** LibreOffice, for the .ods case (CI installs libreoffice-calc-nogui). */
const SOFFICE = findSoffice(process.env.PATH);

let repo: ReturnType<typeof tempFolder>;

interface DiffJson {
  regions: {
    code: string;
    totals: Record<string, number>;
    domains: { changes: { kind: string; id: string; inherited: boolean }[] }[];
  }[];
}
const REGIONS = [
  'yunchuan',
  'yunchuan/hexi',
  'yunchuan/hexi/qiaodong',
  'yunchuan/hexi/shimen',
  'yunchuan/liulin',
  'yunchuan/liulin/beipo',
];

beforeAll(() => {
  repo = tempFolder('gkml-into-');
  cpSync(join(REPO_ROOT, 'examples'), repo.path, { recursive: true });
  initRepository(repo.path);
  git(repo.path, 'add', '--all');
  git(repo.path, 'commit', '--quiet', '--message', 'examples');
});

afterAll(() => {
  repo.remove();
});

const gkml = (...args: string[]) => runInProcess(args, { cwd: repo.path });

async function exported(region: string): Promise<string> {
  const out = join('out', region.replaceAll('/', '-'));
  const t = await gkml('export', region, '--out', out, '--force');
  expect(t.exitCode, t.stderr).toBe(0);
  const file = t.stdout.trim().split('\n')[0] ?? '';
  return join(repo.path, file);
}

const changedFiles = (folder = 'yunchuan') =>
  git(repo.path, 'status', '--porcelain', '--', folder)
    .split('\n')
    .filter((line) => line !== '');

describe('gkml import --into on the examples', () => {
  for (const region of REGIONS) {
    it(`an unchanged export of ${region} changes no file, silently`, async () => {
      const t = await gkml('import', await exported(region), '--into', region);
      expect(t.exitCode, t.stdout + t.stderr).toBe(0);
      // No notes either: a cell the export left blank says what the region says (issue 12).
      expect(t.stdout).not.toMatch(/ (?:警告|提示|错误) /u);
      expect(t.stdout).toMatch(/合计：0 个文件改动；新增 0 行，删除 0 行，修改 0 处，移动 0 行。/u);
      expect(changedFiles()).toEqual([]);
    });
  }

  it("a clerk's four edits are four changes of the region, and the inserted row stays in place", async () => {
    const file = await exported('yunchuan/liulin');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets.find((w) => w.name.endsWith('就业'));
    if (!sheet) throw new Error('no 就业 sheet');
    // Rows 4–6 are the three items, under one merged 一级事项 (B4:B6); column O holds the ids.
    sheet.getCell('F4').value = '信息形成之日起5个工作日内';
    deleteRow(sheet, 6);
    const copy = (row: number) => rowTexts(sheet, row, 15).map((t, i) => (i === 14 ? '' : t));
    const inserted = copy(5);
    inserted[1] = '';
    inserted[2] = '零工岗位信息';
    insertRow(sheet, 5, inserted);
    const appended = copy(4);
    appended[1] = '创业服务';
    appended[2] = '创业担保贷款';
    sheet.spliceRows(8, 0, appended);
    const edited = join(repo.path, 'out', 'edited.xlsx');
    await workbook.xlsx.writeFile(edited);

    const t = await gkml('import', edited, '--into', 'yunchuan/liulin');
    expect(t.exitCode, t.stdout + t.stderr).toBe(0);
    expect(t.stdout).toContain('（十八）就业!F4');
    expect(t.stdout).toMatch(/合计：1 个文件改动；新增 2 行，删除 1 行，修改 1 处，移动 0 行。/u);
    expect(changedFiles()).toEqual([' M yunchuan/liulin/employment.yaml']);

    const diff = await gkml('diff', 'yunchuan/liulin', '--base', 'HEAD', '-f', 'json');
    const result = JSON.parse(diff.stdout) as DiffJson;
    const liulin = result.regions.find((r) => r.code === '431421');
    const own = liulin?.domains.flatMap((d) => d.changes).filter((c) => !c.inherited);
    expect(own?.map((c) => `${c.kind} ${c.id}`)).toEqual([
      'changed info-service.policy-consulting',
      'added 就业信息服务.零工岗位信息',
      'added 创业服务.创业担保贷款',
      'omitted info-service.job-seeker-registration',
    ]);
    expect(liulin?.totals).toMatchObject({ added: 2, removed: 0, changed: 1, omitted: 1 });

    // The next export shows the inserted row where it was inserted, the appended one last.
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(await exported('yunchuan/liulin'));
    const table = again.worksheets.find((w) => w.name.endsWith('就业'));
    const names = [4, 5, 6, 7].map((row) => table?.getCell(row, 3).text);
    expect(names).toEqual(['就业政策法规咨询', '零工岗位信息', '岗位信息发布', '创业担保贷款']);

    // Importing the same edited sheet again writes the same files.
    const before = readFileSync(join(repo.path, 'yunchuan/liulin/employment.yaml'), 'utf8');
    expect((await gkml('import', edited, '--into', 'yunchuan/liulin')).exitCode).toBe(0);
    expect(readFileSync(join(repo.path, 'yunchuan/liulin/employment.yaml'), 'utf8')).toBe(before);
  });

  it('an .ods workbook without LibreOffice on the PATH is refused with exit 2 and a hint', async () => {
    const ods = join(repo.path, 'out', 'catalog.ods');
    copyFileSync(await exported('yunchuan/hexi/qiaodong'), ods);
    const t = await gkml('import', ods, '--into', 'yunchuan/hexi/qiaodong');
    expect(t.exitCode).toBe(2);
    expect(t.stdout).toContain('excel-convert-unavailable');
    expect(t.stdout).toContain('.ods');
  });

  it.skipIf(SOFFICE === undefined)(
    'an .ods saved by LibreOffice is converted, and an unchanged one changes no file',
    async () => {
      const xlsx = await exported('yunchuan/hexi/qiaodong');
      const outdir = join(repo.path, 'out', 'ods');
      const profile = `-env:UserInstallation=file://${join(repo.path, 'out', 'lo-profile')}`;
      const args = [profile, '--headless', '--convert-to', 'ods', '--outdir', outdir, xlsx];
      expect(spawnSync(SOFFICE ?? 'soffice', args, { encoding: 'utf8' }).status).toBe(0);
      const ods = join(
        outdir,
        xlsx
          .split('/')
          .pop()
          ?.replace(/\.xlsx$/u, '.ods') ?? '',
      );
      const t = await runInProcess(['import', ods, '--into', 'yunchuan/hexi/qiaodong'], {
        cwd: repo.path,
        env: { PATH: process.env.PATH ?? '' },
      });
      expect(t.exitCode, t.stdout + t.stderr).toBe(0);
      expect(t.stdout).toContain('excel-converted');
      expect(t.stdout).toMatch(/合计：0 个文件改动/u);
      expect(changedFiles('yunchuan/hexi/qiaodong')).toEqual([]);
    },
  );
});
