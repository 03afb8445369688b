/**
 * A region's register as a workbook (gkml export --documents): 发文登记 (every document), 逾期清单
 * (what the register rules found: late publications and 解读, reviews due, missing feedback) and
 * 征求意见. Pure: the register and its findings in, sheets out.
 */
import type { Diagnostic } from '../../core/diagnostics/index.js';
import { describe } from '../../core/diagnostics/index.js';
import { markOf, readAttribute } from '../../core/documents/attribute.js';
import type { RawRegister } from '../../core/documents/types.js';
import type { ListSheet } from './sheets.js';

/** The findings that make a document or consultation overdue (the rest are data mistakes). */
const OVERDUE = new Set<string>([
  'document-published-late',
  'document-unpublished',
  'interpretation-missing',
  'interpretation-late',
  'document-review-due',
  'consultation-feedback-missing',
  'consultation-reason-missing',
]);

const KIND: Record<string, string> = {
  'document-published-late': '公开超时',
  'document-unpublished': '应公开未公开',
  'interpretation-missing': '政策解读缺失',
  'interpretation-late': '政策解读超时',
  'document-review-due': '动态调整审核到期',
  'consultation-feedback-missing': '未公布采纳情况',
  'consultation-reason-missing': '未说明不采纳理由',
};

export function registerSheets(
  name: string,
  register: RawRegister,
  findings: readonly Diagnostic[],
  example: boolean,
): ListSheet[] {
  const note = example ? '示例数据（虚构）' : undefined;
  const withNote = note === undefined ? {} : { note };
  const documents = register.documents ?? [];
  const attribute = (text: string | undefined) => {
    const read = text === undefined ? undefined : readAttribute(text);
    return read?.ok ? markOf(read.attribute) : (text ?? '');
  };
  const overdue = findings.filter((d) => OVERDUE.has(d.code));
  const subject = (d: Diagnostic): string => {
    const [list, index] = d.path ?? [];
    if (typeof index !== 'number') return '';
    if (list === 'documents') return documents[index]?.title ?? '';
    return register.consultations?.[index]?.title ?? '';
  };
  return [
    {
      name: '发文登记',
      title: `${name}发文登记表`,
      columns: [
        { header: '序号', width: 6 },
        { header: '文件标题', width: 44 },
        { header: '文号', width: 20 },
        { header: '成文日期', width: 12 },
        { header: '公开属性', width: 16 },
        { header: '公开日期', width: 12 },
        { header: '链接', width: 30 },
        { header: '目录事项', width: 30 },
        { header: '政策解读日期', width: 12 },
        { header: '解读形式', width: 16 },
        { header: '理由', width: 30 },
        { header: '最近审核', width: 12 },
      ],
      rows: documents.map((d, index) => [
        index + 1,
        d.title,
        d.docNo,
        d.issued,
        attribute(d.attribute),
        d.published,
        d.url,
        d.item,
        d.interpretation?.published,
        d.interpretation?.forms?.join('、'),
        d.reason,
        d.reviewed,
      ]),
      ...withNote,
    },
    {
      name: '逾期清单',
      title: `${name}公文公开逾期和待办清单`,
      columns: [
        { header: '序号', width: 6 },
        { header: '类别', width: 16 },
        { header: '文件或征求意见', width: 44 },
        { header: '说明', width: 70 },
        { header: '位置', width: 12 },
      ],
      rows: overdue.map((d, index) => [
        index + 1,
        KIND[d.code] ?? d.code,
        subject(d),
        describe(d, 'zh').message,
        d.span === undefined ? '' : `第 ${String(d.span.start.line)} 行`,
      ]),
      ...withNote,
    },
    {
      name: '征求意见',
      title: `${name}征求意见及采纳情况`,
      columns: [
        { header: '序号', width: 6 },
        { header: '征求意见稿', width: 44 },
        { header: '开始日期', width: 12 },
        { header: '截止日期', width: 12 },
        { header: '反馈日期', width: 12 },
        { header: '收到意见', width: 10 },
        { header: '采纳', width: 8 },
        { header: '未采纳', width: 8 },
        { header: '链接', width: 30 },
      ],
      rows: (register.consultations ?? []).map((c, index) => [
        index + 1,
        c.title,
        c.opened,
        c.closed,
        c.feedback?.published,
        c.feedback?.received,
        c.feedback?.adopted,
        c.feedback?.notAdopted?.length,
        c.url,
      ]),
      ...withNote,
    },
  ];
}
