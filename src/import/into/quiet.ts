/**
 * An exported sheet leaves a cell blank where the region's item has no value: a national item
 * whose 公开层级 the sources never gave, one without 一级事项, no √ for 公开对象. Read on its own,
 * such a blank is worth a warning (`excel-marks-missing`, `excel-name-blank`); reconciled with the
 * region, it says what the region says. So those notes, and `excel-channel-local` for a local
 * channel the item already has, are dropped for rows whose item has nothing else there: an
 * unchanged export re-imports silently, while a blank the region does fill is still reported.
 */
import type { Diagnostic } from '../../core/diagnostics/index.js';
import type { Item } from '../../core/model/item.js';

/** One sheet as reconciled: its rows and, parallel to them, the region's item each row matched. */
export interface ReconciledRows {
  file: string;
  sheet: string;
  rows: readonly number[];
  items: readonly (Item | undefined)[];
}

/** The sheet's row number of a cell address ("A12" → 12). */
const rowOf = (cell: string | undefined): number => Number(/\d+$/u.exec(cell ?? '')?.[0] ?? NaN);

function saysTheSame(diagnostic: Diagnostic, item: Item): boolean {
  switch (diagnostic.code) {
    case 'excel-marks-missing': {
      const { group } = diagnostic.args;
      if (group === '公开对象') return item.audience === undefined;
      if (group === '公开方式') return item.method === undefined;
      return group === '公开层级' && item.levels.length === 0;
    }
    case 'excel-name-blank':
      return item.l1 === undefined;
    case 'excel-channel-local':
      return item.channels.some((channel) => channel.name === diagnostic.args.name);
    default:
      return false;
  }
}

export function withoutEchoes(
  diagnostics: readonly Diagnostic[],
  sheets: readonly ReconciledRows[],
): Diagnostic[] {
  return diagnostics.filter((diagnostic) => {
    const sheet = sheets.find((s) => s.file === diagnostic.file && s.sheet === diagnostic.sheet);
    const index = sheet?.rows.indexOf(rowOf(diagnostic.cell)) ?? -1;
    const item = index < 0 ? undefined : sheet?.items[index];
    return item === undefined || !saysTheSame(diagnostic, item);
  });
}
