/**
 * Where an imported catalog's values sit in its sheet (for `gkml import --into`, which reports
 * changes at sheet!cell): the field each column fills.
 */
import type { Header } from './header.js';
import type { SheetField, SheetPositions } from './types.js';

/** The field a column fills, for positions; mark groups by their first column. */
function fieldOf(column: Header['columns'][number]): SheetField | undefined {
  const { role } = column;
  switch (role.kind) {
    case 'name':
      return role.depth === 1 ? 'l1' : role.depth === 2 ? 'l2' : 'l3';
    case 'audience':
    case 'audience-text':
      return 'audience';
    case 'method':
    case 'method-text':
      return 'method';
    case 'level':
    case 'levels-text':
      return 'levels';
    case 'elements':
    case 'bases':
    case 'timeLimit':
    case 'subject':
    case 'channels':
    case 'stage':
    case 'note':
      return role.kind;
    default:
      return undefined;
  }
}

export function columnsOf(header: Header): SheetPositions['columns'] {
  const columns: SheetPositions['columns'] = {};
  for (const column of header.columns) {
    const field = fieldOf(column);
    if (field !== undefined && columns[field] === undefined) columns[field] = column.col;
  }
  return columns;
}
