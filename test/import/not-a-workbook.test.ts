import { describe, expect, it } from 'vitest';
import { workbookProblem } from '../../src/cli/commands/import/workbook-problem.js';
import { describe as describeDiagnostic } from '../../src/core/diagnostics/diagnostic.js';
import { readWorkbookBytes } from '../../src/io/read-workbook.js';

/** The message import gives for a file of these bytes. */
async function refusal(bytes: Buffer, lang: 'zh' | 'en' = 'zh'): Promise<string> {
  const read = await readWorkbookBytes(bytes);
  if (read.ok) throw new Error('must be refused');
  return describeDiagnostic(workbookProblem(read, 'x.xlsx'), lang).message;
}

describe('a file that is no .xlsx is named for what it is', () => {
  it.each([
    ['%PDF-1.7\n%âãÏÓ', '它是 PDF 文件，不是 .xlsx 工作簿。'],
    ['\uFEFF<!DOCTYPE html><html><body><table>', '它是网页（HTML），不是 .xlsx 工作簿'],
    ['  <table border="1"><tr><td>事项</td></tr></table>', '它是网页（HTML）'],
    ['序号,一级事项,二级事项\n1,就业,政策\n', '它是文本文件（如 CSV），不是 .xlsx 工作簿。'],
  ])('%j', async (text, expected) => {
    expect(await refusal(Buffer.from(text))).toContain(`无法读取这个 Excel 文件：${expected}`);
  });

  it('says so of binary bytes too, and in English', async () => {
    const binary = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]);
    expect(await refusal(binary)).toContain('它不是 .xlsx 工作簿（.xlsx 文件是一个 ZIP 压缩包');
    expect(await refusal(Buffer.from('a,b\n'), 'en')).toBe(
      'Cannot read this Excel file: it is a text file (such as CSV), not an .xlsx workbook.',
    );
  });

  it("calls a ZIP that is no workbook damaged, with the reader's own reason", async () => {
    const zip = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(40)]);
    expect(await refusal(zip)).toMatch(
      /^无法读取这个 Excel 文件：它不是完整的 \.xlsx 工作簿，可能已损坏或没有下载完（.+）。$/u,
    );
  });
});
