/** Reading a file: size, bytes, encoding. */
import type { CodeTable, NoArgs } from '../spec.js';

export interface ReadArgs {
  'file-unreadable': { reason: string };
  'file-empty': NoArgs;
  'file-too-large': { size: number; limit: number };
  'file-binary': NoArgs;
  'file-undecodable': NoArgs;
  'encoding-gb18030': NoArgs;
  'encoding-utf16': NoArgs;
}

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

export const readCodes = {
  'file-unreadable': {
    severity: 'error',
    fatal: true,
    doc: 'The file could not be read (permissions, a folder where a file was expected, …).',
    message: {
      zh: (a) => `无法读取文件：${a.reason}`,
      en: (a) => `Cannot read the file: ${a.reason}`,
    },
    hint: {
      zh: () => '检查文件是否存在、是否有读取权限。',
      en: () => 'Check that the file exists and that you may read it.',
    },
  },
  'file-empty': {
    severity: 'error',
    doc: 'The file is empty or holds only comments.',
    message: { zh: () => '文件是空的。', en: () => 'The file is empty.' },
    hint: {
      zh: () => '填写内容，或删除这个文件。可运行 gkml init 生成模板。',
      en: () => 'Fill it in or delete it; `gkml init` writes a template.',
    },
  },
  'file-too-large': {
    severity: 'error',
    doc: 'The file is larger than the size limit (--max-size), so it was not parsed.',
    message: {
      zh: (a) => `文件太大（${mb(a.size)} MB），超过上限 ${mb(a.limit)} MB，未读取。`,
      en: (a) => `The file is too large (${mb(a.size)} MB, limit ${mb(a.limit)} MB); not read.`,
    },
    hint: {
      zh: () => '一个领域的目录通常只有几十 KB。请拆分文件，或用 --max-size 调高上限。',
      en: () => 'A catalog is usually a few dozen KB. Split the file, or raise --max-size.',
    },
  },
  'file-binary': {
    severity: 'error',
    doc: 'The file holds binary data (for example a spreadsheet saved with a .yaml name).',
    message: {
      zh: () => '这不是文本文件（含有二进制数据）。',
      en: () => 'This is not a text file (it holds binary data).',
    },
    hint: {
      zh: () => 'Excel 表格请用 gkml import 导入，不要改扩展名。',
      en: () => 'Import spreadsheets with `gkml import`; do not rename them to .yaml.',
    },
  },
  'file-undecodable': {
    severity: 'error',
    doc: 'The bytes are neither UTF-8 nor GB18030/GBK.',
    message: {
      zh: () => '无法识别文件编码（既不是 UTF-8，也不是 GB18030/GBK）。',
      en: () => 'Unknown text encoding (neither UTF-8 nor GB18030/GBK).',
    },
    hint: {
      zh: () => '用编辑器将文件另存为 UTF-8 编码。',
      en: () => 'Save the file again as UTF-8 in your editor.',
    },
  },
  'encoding-gb18030': {
    severity: 'warning',
    doc: 'The file is GB18030/GBK, not UTF-8; it was read, but should be converted.',
    message: {
      zh: () => '文件是 GB18030/GBK 编码，已按该编码读取。',
      en: () => 'The file is encoded in GB18030/GBK; it was read as such.',
    },
    hint: {
      zh: () =>
        '请转换为 UTF-8：在记事本或 VS Code 中“另存为”并选择 UTF-8，或运行 iconv -f GB18030 -t UTF-8 旧文件 > 新文件。',
      en: () =>
        'Convert it to UTF-8: "Save as" UTF-8 in Notepad or VS Code, or run `iconv -f GB18030 -t UTF-8 old > new`.',
    },
  },
  'encoding-utf16': {
    severity: 'warning',
    doc: 'The file is UTF-16 (it has a UTF-16 byte order mark); it was read, but should be UTF-8.',
    message: {
      zh: () => '文件是 UTF-16 编码，已按该编码读取。',
      en: () => 'The file is encoded in UTF-16; it was read as such.',
    },
    hint: {
      zh: () => '请在编辑器中另存为 UTF-8。',
      en: () => 'Save it again as UTF-8.',
    },
  },
} satisfies CodeTable<ReadArgs>;
