/**
 * Reading an .xlsx file into plain workbook data for the importer: cell texts (rich text joined,
 * formulas as their cached result, never evaluated), merged ranges. Old .xls files and encrypted
 * (password-protected) workbooks are recognised by their bytes and refused with a clear reason.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import type { MergeRange, SheetData, WorkbookData } from '../import/types.js';
import { checkWorkbookLimits, type LimitExceeded } from './workbook-limits.js';

export type WorkbookRead =
  | { ok: true; workbook: WorkbookData }
  | { ok: false; problem: 'legacy-xls' | 'encrypted'; reason: string }
  | { ok: false; problem: 'unreadable'; reason: string; found?: UnreadableKind }
  | { ok: false; problem: 'too-large'; reason: string; limit: LimitExceeded };

/**
 * What an unreadable file turned out to be, for the message: no ZIP package at all (a PDF, a web
 * page, text, other bytes), or a ZIP package the reader could not take as a workbook.
 */
export type UnreadableKind = 'pdf' | 'html' | 'text' | 'other' | 'damaged';

/** Compound File Binary (OLE2): the container of .xls files and of encrypted .xlsx files. */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from('PK\u0003\u0004', 'latin1');
/** Stream names of an encrypted OOXML package, as UTF-16LE in the CFB directory. */
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le');
const MAX_BYTES = 50 * 1024 * 1024;

export async function readWorkbookFile(path: string): Promise<WorkbookRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return {
      ok: false,
      problem: 'unreadable',
      reason: error instanceof Error ? error.message : String(error),
    };
  }
  return readWorkbookBytes(bytes);
}

export async function readWorkbookBytes(bytes: Buffer): Promise<WorkbookRead> {
  if (bytes.subarray(0, 8).equals(CFB_MAGIC)) {
    return bytes.includes(ENCRYPTED_STREAM)
      ? { ok: false, problem: 'encrypted', reason: 'encrypted OOXML package' }
      : { ok: false, problem: 'legacy-xls', reason: 'Excel 97-2003 (.xls)' };
  }
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    const found = notWorkbook(bytes);
    return { ok: false, problem: 'unreadable', reason: `not an .xlsx file (${found})`, found };
  }
  if (bytes.length > MAX_BYTES) {
    return {
      ok: false,
      problem: 'unreadable',
      reason: `larger than ${MAX_BYTES / 1024 / 1024} MB`,
    };
  }
  // Before exceljs inflates anything: a small hostile file must not cost gigabytes or minutes.
  const limit = checkWorkbookLimits(bytes);
  if (limit !== undefined) {
    const reason = `${limit.kind} ${limit.found} exceeds ${limit.max} ${limit.part}`.trim();
    return { ok: false, problem: 'too-large', reason, limit };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Uint8Array.from(bytes).buffer);
  } catch (error) {
    return {
      ok: false,
      problem: 'unreadable',
      reason: error instanceof Error ? error.message : String(error),
      found: 'damaged',
    };
  }
  return { ok: true, workbook: { sheets: workbook.worksheets.map(sheetData) } };
}

/**
 * A PDF, a web page (some systems export their "Excel" tables as HTML), text such as CSV, or
 * anything else: told from the first bytes.
 */
function notWorkbook(bytes: Buffer): Exclude<UnreadableKind, 'damaged'> {
  const head = bytes.subarray(0, 4096);
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  const start = head
    .toString('latin1')
    .replace(/^\u00ef\u00bb\u00bf/u, '')
    .trimStart()
    .toLowerCase();
  if (/^<(?:!doctype html|html|table|\?xml[^>]*>\s*<html)/u.test(start)) return 'html';
  return head.includes(0) ? 'other' : 'text';
}

function sheetData(sheet: Worksheet): SheetData {
  const cells = new Map<number, Map<number, string>>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const text = valueText(cell.value);
      if (text === '') return;
      let line = cells.get(rowNumber);
      if (!line) {
        line = new Map();
        cells.set(rowNumber, line);
      }
      line.set(colNumber, text);
    });
  });
  return { name: sheet.name, cells, merges: sheet.model.merges.flatMap(parseRange) };
}

/** The text a cell shows: rich text joined, a hyperlink's text, a formula's cached result. */
export function valueText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : valueText(value.text);
  if ('formula' in value || 'sharedFormula' in value) {
    // A formula's cached result; gkml never evaluates formulas.
    const result: unknown = value.result;
    if (typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean') {
      return String(result);
    }
    return result instanceof Date ? result.toISOString().slice(0, 10) : '';
  }
  return '';
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const char of letters) n = n * 26 + (char.charCodeAt(0) - 64);
  return n;
}

function parseRange(range: string): MergeRange[] {
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/u.exec(range);
  if (!match) return [];
  const [, left = '', top = '', right = '', bottom = ''] = match;
  return [
    {
      top: Number(top),
      left: columnNumber(left),
      bottom: Number(bottom),
      right: columnNumber(right),
    },
  ];
}
