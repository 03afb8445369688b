/** `gkml import`: reading spreadsheets in the official layout (docs/data-model.md §1, §2, §5, §9, §10). */
import type { CodeTable, NoArgs } from '../spec.js';
import { quote } from '../spec.js';
import type { Lang } from '../../../i18n/lang.js';

/** Which limit of `io/workbook-limits.ts` a workbook passed. */
export type WorkbookLimitKind = 'unzipped' | 'ratio' | 'text' | 'rows' | 'cells';

const limitText = {
  zh: {
    unzipped: '解压后大小（字节）',
    ratio: '压缩比',
    text: '单元格文字长度',
    rows: '行数',
    cells: '单元格数',
  },
  en: {
    unzipped: 'unzipped size (bytes)',
    ratio: 'compression ratio',
    text: 'cell text length',
    rows: 'rows',
    cells: 'cells',
  },
} as const;

export interface ExcelArgs {
  /** `found`: what the file turned out to be (io/read-workbook.ts); `reason`: the reader's words. */
  'excel-unreadable': { reason: string; found?: 'pdf' | 'html' | 'text' | 'other' | 'damaged' };
  'excel-too-large': { kind: WorkbookLimitKind; part: string; found: number; max: number };
  'excel-encrypted': NoArgs;
  'excel-legacy-xls': NoArgs;
  'excel-no-table': { sheets: string[] };
  'excel-sheet-skipped': { sheet: string };
  'excel-domain-unknown': { sheet: string; title: string };
  'excel-domain-mismatch': { fromTitle: string; fromSheet: string };
  'excel-domain-duplicate': { domain: string; first: string };
  'excel-column-unknown': { header: string };
  'excel-column-missing': { column: string };
  'excel-cell-unreadable': { text: string; column: string; item: string };
  'excel-marks-missing': { group: string; item: string };
  'excel-marks-conflict': { group: string; item: string; chosen: string };
  'excel-row-unnamed': { text: string };
  'excel-id-invalid': { id: string; item: string; used: string };
  'excel-channel-local': { name: string; item: string };
  'excel-into-omitted': { id: string; item: string; file: string };
  'excel-into-title': { title: string; region: string; printed: string };
  'excel-into-mismatch': { id: string; field: string; wanted: string; got: string };
  'excel-into-level': { item: string; levels: string[]; regionLevel: string };
  'excel-name-blank': { column: string; item: string };
  'excel-convert-unavailable': { format: string };
  'excel-converted': { format: string };
  'excel-domain-synonym': { written: string; domain: string };
  'excel-domains-split': { column: string; mapping: string[] };
  'excel-domain-rows': { name: string; cells: string[] };
}

/** "（就业信息服务 / 就业政策法规咨询）": the row a message is about. */
const row = {
  zh: (item: string) => (item === '' ? '' : `（${item}）`),
  en: (item: string) => (item === '' ? '' : ` (${item})`),
};

type UnreadableKind = NonNullable<ExcelArgs['excel-unreadable']['found']>;

/**
 * What an unreadable file turned out to be; the reader's own words only where they add to it. Typed
 * partial: the code's docs page renders the message with a placeholder for `found`
 * (render/docs/code-page.ts), which then shows the message with `‹reason›`.
 */
const UNREADABLE: Record<Lang, Partial<Record<UnreadableKind, (reason: string) => string>>> = {
  zh: {
    pdf: () => '它是 PDF 文件，不是 .xlsx 工作簿。',
    html: () => '它是网页（HTML），不是 .xlsx 工作簿（有些系统导出的“Excel”表格其实是网页）。',
    text: () => '它是文本文件（如 CSV），不是 .xlsx 工作簿。',
    other: () => '它不是 .xlsx 工作簿（.xlsx 文件是一个 ZIP 压缩包，这个文件不是）。',
    damaged: (reason: string) => `它不是完整的 .xlsx 工作簿，可能已损坏或没有下载完（${reason}）。`,
  },
  en: {
    pdf: () => 'it is a PDF file, not an .xlsx workbook.',
    html: () =>
      'it is a web page (HTML), not an .xlsx workbook (some systems export their "Excel" tables as web pages).',
    text: () => 'it is a text file (such as CSV), not an .xlsx workbook.',
    other: () => 'it is not an .xlsx workbook (an .xlsx file is a ZIP package; this one is not).',
    damaged: (reason: string) =>
      `it is not a whole .xlsx workbook; it may be damaged or partly downloaded (${reason}).`,
  },
};

function unreadable(lang: Lang, a: ExcelArgs['excel-unreadable']): string {
  const said = a.found === undefined ? undefined : UNREADABLE[lang][a.found];
  return said === undefined ? a.reason : said(a.reason);
}

export const excelCodes = {
  'excel-unreadable': {
    severity: 'error',
    fatal: true,
    doc: 'The file is not a readable .xlsx workbook (damaged, truncated, or another format).',
    message: {
      zh: (a) => `无法读取这个 Excel 文件：${unreadable('zh', a)}`,
      en: (a) => `Cannot read this Excel file: ${unreadable('en', a)}`,
    },
    hint: {
      zh: () => '用 Excel 或 WPS 打开并另存为 .xlsx（Excel 工作簿）后再导入。',
      en: () => 'Open it in Excel or WPS, save it as .xlsx (Excel Workbook), and import that.',
    },
  },
  'excel-too-large': {
    severity: 'error',
    fatal: true,
    doc: 'The workbook passes a reading limit (unzipped size, compression ratio, cell text, rows, cells) and is refused before it is read.',
    message: {
      zh: (a) =>
        `这个 Excel 文件超出读取上限，未读取：${limitText.zh[a.kind]} ${a.found} 超过 ${a.max}${a.part === '' ? '' : `（${a.part}）`}`,
      en: (a) =>
        `This Excel file passes a reading limit and was not read: ${limitText.en[a.kind]} ${a.found} exceeds ${a.max}${a.part === '' ? '' : ` (${a.part})`}`,
    },
    hint: {
      zh: () => '目录工作簿不会这么大；请检查文件来源，或按领域拆成几个工作簿后再导入。',
      en: () =>
        'A catalog workbook is never this large; check where the file came from, or split it by domain and import the parts.',
    },
  },
  'excel-encrypted': {
    severity: 'error',
    fatal: true,
    doc: 'The workbook is protected with a password (encrypted), so it cannot be read.',
    message: {
      zh: () => '这个工作簿设置了打开密码（已加密），无法读取。',
      en: () => 'This workbook is protected with a password (encrypted) and cannot be read.',
    },
    hint: {
      zh: () =>
        '在 Excel 中用密码打开，“文件 → 信息 → 保护工作簿 → 用密码进行加密”里清除密码并保存，再导入。',
      en: () =>
        'Open it with the password in Excel, clear the password (File → Info → Protect Workbook → Encrypt with Password), save, and import again.',
    },
  },
  'excel-legacy-xls': {
    severity: 'error',
    fatal: true,
    doc: 'The file is an old binary Excel 97–2003 workbook (.xls); gkml reads .xlsx only.',
    message: {
      zh: () => '这是旧版 Excel 97-2003 格式（.xls），gkml 只能读取 .xlsx。',
      en: () => 'This is an old Excel 97–2003 workbook (.xls); gkml reads .xlsx only.',
    },
    hint: {
      zh: () =>
        '用 Excel 或 WPS 打开，“另存为”选择“Excel 工作簿（*.xlsx）”；或运行 soffice --headless --convert-to xlsx 文件名.xls。',
      en: () =>
        'Open it in Excel or WPS and "Save As" Excel Workbook (*.xlsx), or run: soffice --headless --convert-to xlsx file.xls',
    },
  },
  'excel-no-table': {
    severity: 'error',
    fatal: true,
    doc: 'No sheet of the workbook has a recognisable catalog header (序号, 公开事项, 公开内容 …).',
    message: {
      zh: (a) => `没有一个工作表有可识别的目录表头（已查看：${a.sheets.join('、')}）。`,
      en: (a) => `No sheet has a recognisable catalog header (looked at: ${a.sheets.join(', ')}).`,
    },
    hint: {
      zh: () =>
        '表头应含“公开事项”“公开内容（要素）”“公开依据”“公开时限”“公开主体”“公开渠道和载体”等列名，且在表格前 20 行内。',
      en: () =>
        'The header must name the catalog columns (公开事项, 公开内容（要素）, 公开依据, 公开时限, 公开主体, 公开渠道和载体 …) within the first 20 rows.',
    },
  },
  'excel-sheet-skipped': {
    severity: 'info',
    doc: 'A sheet without a catalog header (a cover or notes sheet) was skipped.',
    message: {
      zh: (a) => `工作表${quote.zh(a.sheet)}没有目录表头，已跳过。`,
      en: (a) => `Sheet ${quote.en(a.sheet)} has no catalog header; skipped.`,
    },
  },
  'excel-domain-unknown': {
    severity: 'error',
    doc: 'The domain of a sheet is named neither in its title nor in its sheet name; the sheet was not imported.',
    message: {
      zh: (a) =>
        `无法从标题${quote.zh(a.title)}或工作表名${quote.zh(a.sheet)}判断领域，该表未导入。`,
      en: (a) =>
        `Cannot tell the domain from the title ${quote.en(a.title)} or the sheet name ${quote.en(a.sheet)}; the sheet was not imported.`,
    },
    hint: {
      zh: () => '用 --domain 指定领域（如 --domain 就业），或把工作表改名为领域名称。',
      en: () => 'Name the domain with --domain (e.g. --domain employment), or rename the sheet.',
    },
  },
  'excel-domain-mismatch': {
    severity: 'warning',
    doc: 'The title and the sheet name name different domains; the title is followed.',
    message: {
      zh: (a) =>
        `标题写的是${quote.zh(a.fromTitle)}，工作表名却是${quote.zh(a.fromSheet)}；按标题导入。`,
      en: (a) =>
        `The title says ${quote.en(a.fromTitle)} but the sheet name says ${quote.en(a.fromSheet)}; the title is followed.`,
    },
    hint: {
      zh: () => '确认领域；如果标题有误，用 --domain 指定。',
      en: () => 'Check the domain; if the title is wrong, use --domain.',
    },
  },
  'excel-domain-duplicate': {
    severity: 'error',
    doc: 'Two sheets are for the same domain; only the first was imported.',
    message: {
      zh: (a) => `领域${quote.zh(a.domain)}已从${quote.zh(a.first)}导入，这个工作表未导入。`,
      en: (a) =>
        `Domain ${quote.en(a.domain)} was already imported from ${quote.en(a.first)}; this sheet was not imported.`,
    },
    hint: {
      zh: () => '一个领域只能有一个目录文件。分开导入（用不同的 --out），或删去重复的工作表。',
      en: () =>
        'One domain has one catalog file: import them separately (different --out), or drop one.',
    },
  },
  'excel-column-unknown': {
    severity: 'warning',
    doc: 'A column that is not part of the catalog model (咨询电话, 责任科室 …); its cells are kept in each item’s note, tagged 【导入待核】 for review.',
    message: {
      zh: (a) =>
        `列${quote.zh(a.header)}不是标准目录的列，其内容已写入各事项的 note（标记【导入待核】）。`,
      en: (a) =>
        `Column ${quote.en(a.header)} is not a catalog column; its cells were kept in each item’s note, tagged 【导入待核】.`,
    },
    hint: {
      zh: () => '核对后把需要的内容移入相应字段，删去不需要的行。',
      en: () => 'Move what matters into its field and delete the rest of those lines.',
    },
  },
  'excel-column-missing': {
    severity: 'info',
    doc: 'The table has no column for a field; every item lists it under `incomplete`.',
    message: {
      zh: (a) => `表格没有${quote.zh(a.column)}列，各事项的 incomplete 中已注明。`,
      en: (a) =>
        `The table has no ${quote.en(a.column)} column; each item lists it under incomplete.`,
    },
  },
  'excel-cell-unreadable': {
    severity: 'warning',
    doc: 'Text in a cell that gkml could not map to the catalog model; it is kept in the item’s note, tagged 【导入待核】, and validate reports it until settled.',
    message: {
      zh: (a) =>
        `${quote.zh(a.column)}中的${quote.zh(a.text)}无法识别，已写入事项的 note（标记【导入待核】）${row.zh(a.item)}。`,
      en: (a) =>
        `${quote.en(a.text)} in ${quote.en(a.column)} could not be read; kept in the item’s note, tagged 【导入待核】${row.en(a.item)}.`,
    },
    hint: {
      zh: () => '核对这个单元格，导入后在 YAML 中补上。',
      en: () => 'Check the cell and add what it meant to the YAML after the import.',
    },
  },
  'excel-marks-missing': {
    severity: 'warning',
    doc: 'A row has no √ in a mark group (公开对象, 公开方式, 公开层级); the field is listed under `incomplete`.',
    message: {
      zh: (a) => `${quote.zh(a.group)}各列都没有勾选${row.zh(a.item)}。`,
      en: (a) => `No column of ${quote.en(a.group)} is ticked${row.en(a.item)}.`,
    },
    hint: {
      zh: () => '已在该事项的 incomplete 中注明；确认后在 YAML 中补上。',
      en: () => 'The item lists it under incomplete; fill it in the YAML once known.',
    },
  },
  'excel-marks-conflict': {
    severity: 'warning',
    doc: 'A row ticks both columns of 公开对象 or of 公开方式, where one value is allowed.',
    message: {
      zh: (a) => `${quote.zh(a.group)}两列都勾选了，按${quote.zh(a.chosen)}导入${row.zh(a.item)}。`,
      en: (a) =>
        `Both columns of ${quote.en(a.group)} are ticked; imported as ${quote.en(a.chosen)}${row.en(a.item)}.`,
    },
    hint: {
      zh: () => '核对原表，必要时在 YAML 中改正。',
      en: () => 'Check the source table and correct the YAML if needed.',
    },
  },
  'excel-row-unnamed': {
    severity: 'warning',
    doc: 'A row with content but no item name (一级/二级/三级事项); it was not imported.',
    message: {
      zh: (a) => `这一行有内容${quote.zh(a.text)}，但没有事项名称，未导入。`,
      en: (a) => `This row has content (${quote.en(a.text)}) but no item name; not imported.`,
    },
    hint: {
      zh: () => '补上一级或二级事项名称后重新导入。',
      en: () => 'Add the item name (一级 or 二级事项) and import again.',
    },
  },
  'excel-id-invalid': {
    severity: 'warning',
    doc: 'A hidden item id (from a gkml export) is malformed or repeated; a generated id is used.',
    message: {
      zh: (a) => `事项编号${quote.zh(a.id)}无效或重复，改用${quote.zh(a.used)}${row.zh(a.item)}。`,
      en: (a) =>
        `Item id ${quote.en(a.id)} is malformed or repeated; ${quote.en(a.used)} is used instead${row.en(a.item)}.`,
    },
  },
  'excel-channel-local': {
    severity: 'info',
    doc: 'A channel that is not on the national checklist was imported as a local channel.',
    message: {
      zh: (a) =>
        `渠道${quote.zh(a.name)}不在国家清单中，已作为本地渠道（local: true）导入${row.zh(a.item)}。`,
      en: (a) =>
        `Channel ${quote.en(a.name)} is not on the national checklist; imported as local (local: true)${row.en(a.item)}.`,
    },
    hint: {
      zh: () => '如果是清单渠道的错写，请在 YAML 中改为标准名称。',
      en: () => 'If it is a misspelt checklist channel, use the canonical name in the YAML.',
    },
  },
  'excel-into-title': {
    severity: 'warning',
    doc: "`import --into`: the sheet's title row differs from the title the export prints, and cannot be kept as written (it does not start with the region's name, or names no domain or another one); the title is not imported.",
    message: {
      zh: (a) =>
        `标题${quote.zh(a.title)}未导入：标题要以本区域名称${quote.zh(a.region)}开头并写明本表的领域，才能照写保存；导出的标题仍为${quote.zh(a.printed)}。`,
      en: (a) =>
        `The title ${quote.en(a.title)} was not imported: to be kept as written it must start with the region's name ${quote.en(a.region)} and name the sheet's domain; the export keeps printing ${quote.en(a.printed)}.`,
    },
    hint: {
      zh: (a) =>
        `要改标题，把它写成以${quote.zh(a.region)}开头、写明领域的样式后重新导入，或在该领域的 YAML 中写 title。`,
      en: (a) =>
        `To change the title, start it with ${quote.en(a.region)} and name the domain, then import again; or write title in the domain's YAML.`,
    },
  },
  'excel-into-omitted': {
    severity: 'warning',
    doc: '`import --into`: an item the region had is not in the sheet; it is written as an omission whose reason asks to confirm it.',
    message: {
      zh: (a) =>
        `事项 ${a.id}${row.zh(a.item)}不在工作表中，已在 ${a.file} 中写为 omit（不适用），理由待确认。`,
      en: (a) =>
        `Item ${a.id}${row.en(a.item)} is not in the sheet; written as omitted in ${a.file}, with a reason to confirm.`,
    },
    hint: {
      zh: () =>
        '如果是误删，在工作表中恢复这一行后重新导入；如果确实不适用，把 omit 的理由改为实际原因。',
      en: () =>
        'If the row was deleted by mistake, restore it and import again; if the item does not apply, write the real reason in omit.',
    },
  },
  'excel-into-level': {
    severity: 'error',
    doc: "`import --into`: a row's 公开层级 leaves out the region's level and the region cannot list it (a city's table lists no county items; a county's none of the city's): nothing is written.",
    message: {
      zh: (a) =>
        `这一行${row.zh(a.item)}的公开层级为 ${a.levels.join('、')}，不在本级（${a.regionLevel}）目录中，无法导入到本区域；未写入任何文件。`,
      en: (a) =>
        `This row${row.en(a.item)} applies at ${a.levels.join(', ')}, which a ${a.regionLevel} region's table cannot list; nothing was written.`,
    },
    hint: {
      zh: () =>
        '在公开层级中勾上本级；若这是下级区域的事项，把这一行导入到该下级区域（import --into <下级区域>）。市级目录不列出县、乡的事项，县、乡目录可以列出下级的事项。',
      en: () =>
        "Tick this region's level; if the item belongs to a region below, import the row into that region. A city's table lists no county or township items; a county's or township's may list the levels below it.",
    },
  },
  'excel-into-mismatch': {
    severity: 'error',
    doc: '`import --into` could not make the region equal the sheet (a fault of gkml: nothing is written).',
    message: {
      zh: (a) =>
        `导入后事项 ${a.id} 的${quote.zh(a.field)}应为${quote.zh(a.wanted)}，却得到${quote.zh(a.got)}；未写入任何文件。`,
      en: (a) =>
        `After the import, ${quote.en(a.field)} of item ${a.id} should read ${quote.en(a.wanted)} but reads ${quote.en(a.got)}; nothing was written.`,
    },
    hint: {
      zh: () => '这是 gkml 的缺陷，请附上工作表报告；可先用 gkml import --out 导入后手工合并。',
      en: () =>
        'This is a fault of gkml: please report it with the sheet; meanwhile import with --out and merge by hand.',
    },
  },
  'excel-name-blank': {
    severity: 'warning',
    doc: 'A row names its item but its 一级事项 cell is blank and not merged with a cell above; the item lists l1 under `incomplete`.',
    message: {
      zh: (a) =>
        `${quote.zh(a.column)}单元格为空，也未与上方合并${row.zh(a.item)}；已在 incomplete 中注明缺少 l1。`,
      en: (a) =>
        `The ${quote.en(a.column)} cell is blank and not merged with the one above${row.en(a.item)}; l1 is listed under incomplete.`,
    },
    hint: {
      zh: () =>
        '在表格中补上一级事项名称，或把它与上方的单元格合并后重新导入；也可以在 YAML 中补上 l1。',
      en: () =>
        'Write the 一级事项 name, or merge the cell with the one above, and import again; or add l1 in the YAML.',
    },
  },
  'excel-convert-unavailable': {
    severity: 'error',
    fatal: true,
    doc: 'A .xls, .et or .ods workbook, and LibreOffice (soffice) is not on the PATH to convert it.',
    message: {
      zh: (a) =>
        `这是 ${a.format} 文件，gkml 直接读取的是 .xlsx；本机没有找到 LibreOffice（soffice），无法自动转换。`,
      en: (a) =>
        `This is a ${a.format} file; gkml reads .xlsx itself, and LibreOffice (soffice) is not on the PATH to convert it.`,
    },
    hint: {
      zh: () =>
        '用 Excel、WPS 或 LibreOffice 打开并“另存为”Excel 工作簿（*.xlsx）；或安装 LibreOffice，gkml 会自动转换。',
      en: () =>
        'Open it in Excel, WPS or LibreOffice and "Save As" Excel Workbook (*.xlsx); or install LibreOffice and gkml converts it.',
    },
  },
  'excel-converted': {
    severity: 'info',
    doc: 'A .xls, .et or .ods workbook was converted to .xlsx with LibreOffice (soffice) and the result imported.',
    message: {
      zh: (a) => `已用 LibreOffice 把 ${a.format} 文件转换为 .xlsx 后导入。`,
      en: (a) => `Converted from ${a.format} to .xlsx with LibreOffice, then imported.`,
    },
  },
  'excel-domain-synonym': {
    severity: 'info',
    doc: 'A domain written under another name (重大项目建设, 惠农补贴 …) was read as one of the 26 domains (docs/import.md lists the synonyms).',
    message: {
      zh: (a) => `${quote.zh(a.written)}按领域${quote.zh(a.domain)}导入。`,
      en: (a) => `${quote.en(a.written)} was read as the domain ${quote.en(a.domain)}.`,
    },
    hint: {
      zh: () => "如果不是这个领域，用 --domain '工作表名=领域' 指定。",
      en: () => "If that is not the domain, assign one with --domain 'sheet=domain'.",
    },
  },
  'excel-domains-split': {
    severity: 'info',
    doc: 'A table holding many domains (the domain in the 一级事项 column) was split into one catalog per domain; the names moved up a level.',
    message: {
      zh: (a) =>
        `${quote.zh(a.column)}列写的是领域，本表按领域拆分为多个目录（二级事项作为一级导入）：${a.mapping.join('；')}。`,
      en: (a) =>
        `Column ${quote.en(a.column)} holds domains: the table was split into one catalog per domain (二级 read as 一级): ${a.mapping.join('; ')}.`,
    },
  },
  'excel-domain-rows': {
    severity: 'error',
    doc: 'In a table of many domains, rows whose 一级事项 names none of the 26 domains; they were not imported.',
    message: {
      zh: (a) =>
        `${a.name === '' ? '一级事项为空' : `${quote.zh(a.name)}不是领域名称`}，这些行未导入：${a.cells.join('、')}。`,
      en: (a) =>
        `${a.name === '' ? 'The 一级事项 is blank' : `${quote.en(a.name)} names no domain`}; these rows were not imported: ${a.cells.join(', ')}.`,
    },
    hint: {
      zh: () =>
        "把这些行移到单独的工作表，用 --domain '工作表名=领域' 指定领域后重新导入；或把一级事项改为领域名称。",
      en: () =>
        "Move the rows to a sheet of their own and name its domain with --domain 'sheet=domain', or write a domain name in the 一级事项 cells.",
    },
  },
} as const satisfies CodeTable<ExcelArgs>;
