/** The one diagnostic for a workbook that could not be read, shared by catalog and register import. */
import { diagnostic, type Diagnostic } from '../../../core/diagnostics/index.js';
import type { WorkbookRead } from '../../../io/read-workbook.js';

export function workbookProblem(
  read: Extract<WorkbookRead, { ok: false }>,
  file: string,
): Diagnostic {
  switch (read.problem) {
    case 'too-large':
      return diagnostic('excel-too-large', read.limit, { file });
    case 'legacy-xls':
      return diagnostic('excel-legacy-xls', {}, { file });
    case 'encrypted':
      return diagnostic('excel-encrypted', {}, { file });
    case 'unreadable':
      return diagnostic(
        'excel-unreadable',
        { reason: read.reason, ...(read.found && { found: read.found }) },
        { file },
      );
  }
}
