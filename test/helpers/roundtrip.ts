/**
 * The round trip export → import → export on a model: every region's workbook is imported, the
 * imported catalogs take the place of the region's catalogs (items as the sheet has them; whether
 * an item is local and what was omitted is the repository's knowledge, so it is kept), and the
 * workbook is rendered again.
 */
import type { RegionModel, RepositoryModel } from '../../src/core/model/effective.js';
import type { Item } from '../../src/core/model/item.js';
import type { RawItem } from '../../src/core/model/raw.js';
import { importWorkbook } from '../../src/import/workbook.js';
import { readWorkbookBytes } from '../../src/io/read-workbook.js';
import { ancestorsOf } from '../../src/render/export.js';
import { renderWorkbook } from '../../src/render/xlsx/index.js';

export type Normalise = (raw: RawItem) => Item;

export interface RoundTrip {
  region: string;
  first: Buffer;
  second: Buffer;
  warnings: string[];
}

export async function roundTrip(
  model: RepositoryModel,
  region: RegionModel,
  normalise: Normalise,
  date: string,
): Promise<RoundTrip> {
  const input = { region, ancestors: ancestorsOf(model, region), example: model.example };
  const first = await renderWorkbook(input, { date });
  const read = await readWorkbookBytes(first);
  if (!read.ok) throw new Error(`${region.ref.name}: ${read.reason}`);
  const imported = importWorkbook(read.workbook, { file: `${region.ref.code}.xlsx` });
  const catalogs = region.catalogs.map((catalog) => {
    const found = imported.catalogs.find((c) => c.domain === catalog.domain);
    if (!found) throw new Error(`${region.ref.name}: ${catalog.domain} was not imported`);
    const local = new Map(catalog.items.map((e) => [e.item.id, e.local] as const));
    const items = found.catalog.items.map((raw) => {
      const item = normalise(raw);
      const original = catalog.items.find((e) => e.item.id === item.id) ?? catalog.items[0];
      if (!original) throw new Error(`${region.ref.name}: ${item.id} has no counterpart`);
      return { item, local: local.get(item.id) ?? false, provenance: original.provenance };
    });
    const { title, notes } = found.catalog;
    const rest = { ...catalog };
    delete rest.title;
    delete rest.notes;
    return {
      ...rest,
      ...(title !== undefined ? { title } : {}),
      ...(notes !== undefined ? { notes } : {}),
      items,
    };
  });
  const second = await renderWorkbook({ ...input, region: { ...region, catalogs } }, { date });
  const warnings = imported.diagnostics
    .filter((d) => d.severity !== 'info')
    .map((d) => `${d.sheet ?? ''}!${d.cell ?? ''} ${d.code}`);
  return { region: region.ref.name, first, second, warnings };
}
