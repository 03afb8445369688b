/**
 * One table, many domains (issue 19): township and 片区 catalogs often put every domain in one
 * table, the domain's name in the 一级事项 column (merged down its rows) and the item in 二级 (a
 * sub-group such as 最低生活保障 merged over several rows, the row's own item then in 三级 or only
 * in 公开内容). Recognised when the 一级 values name domains; the names then move up a level.
 */
import type { DomainInfo } from '../core/vocabulary/domains.js';
import { domainNamed, type DomainName } from './domain.js';
import type { Grid } from './grid.js';
import type { Header, HeaderColumn } from './header.js';

export interface DomainColumn {
  /** The 一级事项 column that holds the domains. */
  column: HeaderColumn;
  /** The header with that column as `domain` and the other name columns one level up. */
  header: Header;
}

/** The text of each data row's 一级 cell (merges resolved), blank rows left out. */
function firstLevelValues(grid: Grid, header: Header, column: HeaderColumn): string[] {
  const values: string[] = [];
  for (let row = header.bottom + 1; row <= grid.rows; row++) {
    const text = grid.value(row, column.col);
    if (text !== '') values.push(text);
  }
  return values;
}

/**
 * The domain column, when the 一级 values are domains: two different domains named, or one when
 * the title names none; and at least half of the rows naming one, so that a single 一级 that
 * happens to read like a domain ("就业创业" in a 就业 table) does not split a table.
 */
export function domainColumn(
  grid: Grid,
  header: Header,
  titleDomain: DomainInfo | undefined,
): DomainColumn | undefined {
  const column = header.columns.find((c) => c.role.kind === 'name' && c.role.depth === 1);
  if (!column) return undefined;
  const values = firstLevelValues(grid, header, column);
  const named = values.map((value) => domainNamed(value)?.domain.id);
  const distinct = new Set(named.filter((id) => id !== undefined));
  const share = named.filter((id) => id !== undefined).length / Math.max(1, values.length);
  const enough = distinct.size >= 2 || (distinct.size === 1 && titleDomain === undefined);
  if (!enough || share < 0.5) return undefined;
  const columns = header.columns.map((c): HeaderColumn => {
    if (c === column) return { ...c, role: { kind: 'domain' } };
    if (c.role.kind !== 'name') return c;
    if (c.role.depth === 1) return c;
    return { ...c, role: { kind: 'name', depth: c.role.depth === 3 ? 2 : 1 } };
  });
  return { column, header: { ...header, columns } };
}

/** The domain a row of a many-domain table belongs to, from its 一级 cell. */
export function rowDomain(grid: Grid, row: number, column: HeaderColumn): DomainName | undefined {
  return domainNamed(grid.value(row, column.col));
}
