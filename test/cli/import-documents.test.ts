/** `gkml import --documents`: a 发文登记表 into documents.yaml, and back from gkml export --documents. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readDate } from '../../src/import/documents.js';
import { expectGolden } from '../helpers/golden.js';
import { formatTranscript, REPO_ROOT, runInProcess } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-import-documents-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A register as offices keep it: a title row, header variants, dates written several ways. */
async function officeRegister(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2026年发文');
  sheet.mergeCells('A1:H1');
  sheet.getCell('A1').value = '某县人民政府办公室2026年发文登记表（测试数据）';
  sheet.addRow(['序号', '标题', '发文字号', '印发日期', '公开属性', '发布日期', '网址', '经办人']);
  sheet.addRow([
    1,
    '关于做好临时救助工作的通知',
    '某民发〔2026〕9号',
    '2026年9月24日',
    '主动公开',
    new Date(Date.UTC(2026, 9, 16)),
    'https://example.invalid/1',
    '张三',
  ]);
  sheet.addRow([
    2,
    '关于安全保卫工作的通知',
    '某应急发〔2026〕4号',
    '2026/3/12',
    '此件不公开',
    '',
    '',
    '李四',
  ]);
  sheet.addRow([3, '=HYPERLINK("http://x")', '', '2026.13.40', '公开发布', '', '', '']);
  sheet.addRow([4, '', '', '', '', '', '', '王五']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('gkml import --documents', () => {
  it('reads dates written in several ways, and only real dates', () => {
    expect(readDate('2026年9月24日')).toBe('2026-09-24');
    expect(readDate('2026/3/12')).toBe('2026-03-12');
    expect(readDate('2026-02-30')).toBeUndefined();
    expect(readDate('九月')).toBeUndefined();
  });

  it('writes documents.yaml with located findings for what it could not read', async () => {
    const region = join(scratch, 'county');
    mkdirSync(region, { recursive: true });
    writeFileSync(join(scratch, 'register.xlsx'), await officeRegister());
    const t = await runInProcess(
      ['import', 'register.xlsx', '--documents', '-o', 'county', '--lang', 'en'],
      { cwd: scratch, lang: 'en' },
    );
    const written = readFileSync(join(region, 'documents.yaml'), 'utf8');
    await expectGolden(
      `${formatTranscript(t).replaceAll(scratch, '<tmp>')}--- documents.yaml\n${written.replace(/schema=\S+/u, 'schema=<schema>')}`,
      join(REPO_ROOT, 'test/golden/import-cli/documents.txt'),
    );
    const data = parse(written) as { documents: { title: string }[] };
    // A formula-looking title stays text; the row without a title is reported, not imported.
    expect(data.documents.map((d) => d.title)).toEqual([
      '关于做好临时救助工作的通知',
      '关于安全保卫工作的通知',
    ]);
  });

  it('reads back the register sheet that gkml export --documents writes', async () => {
    const out = join(scratch, 'exported');
    await runInProcess(['export', 'examples/yunchuan/hexi', '--documents', '-o', out], {
      cwd: REPO_ROOT,
    });
    const back = join(scratch, 'back');
    mkdirSync(back);
    const t = await runInProcess(
      ['import', join(out, '431402-河西区-发文登记.xlsx'), '--documents', '-o', back],
      { cwd: REPO_ROOT },
    );
    expect(t.exitCode).toBe(0);
    const original = parse(
      readFileSync(join(REPO_ROOT, 'examples/yunchuan/hexi/documents.yaml'), 'utf8'),
    ) as { documents: Record<string, unknown>[] };
    const imported = parse(readFileSync(join(back, 'documents.yaml'), 'utf8')) as {
      documents: Record<string, unknown>[];
    };
    // The register sheet carries these fields; 解读 and consultations have their own columns/sheet.
    const keys = ['title', 'docNo', 'issued', 'published', 'url', 'item', 'reason', 'reviewed'];
    const pick = (d: Record<string, unknown>) =>
      Object.fromEntries(keys.filter((k) => d[k] !== undefined).map((k) => [k, d[k]]));
    expect(imported.documents.map(pick)).toEqual(original.documents.map(pick));
  });
});
