/**
 * Merge inputs built in memory from YAML text, parsed and schema-checked as the loader does, so
 * that core merge tests keep real file positions without touching the disk.
 */
import type { OverlayFile, RegionInput, RepositoryInput } from '../../src/core/merge/index.js';
import { mergeRepository } from '../../src/core/merge/index.js';
import type { RawCatalog, RawRegion } from '../../src/core/model/raw.js';
import { schemaValidator } from '../../src/pipeline/validate.js';
import { parseYamlSource, type SourceDocument } from '../../src/io/yaml-source.js';

function parse(file: string, text: string): SourceDocument {
  const parsed = parseYamlSource(text, file);
  if (!parsed.ok) throw new Error(`${file} does not parse: ${JSON.stringify(parsed.diagnostics)}`);
  return parsed.document;
}

export function catalogFile(file: string, text: string): OverlayFile {
  const source = parse(file, text);
  const checked = schemaValidator().check('catalog', source.data, source);
  if (!checked.ok)
    throw new Error(`${file} is not a catalog: ${JSON.stringify(checked.diagnostics)}`);
  const catalog: RawCatalog = checked.value;
  return { source, catalog };
}

export interface TestRegion {
  /** The region's folder, e.g. "city/county". */
  dir: string;
  /** region.yaml's text. */
  region: string;
  /** Catalog files of the folder by name ("employment.yaml") → text. */
  catalogs?: Record<string, string>;
}

function regionInput(test: TestRegion, all: readonly TestRegion[]): RegionInput {
  const file = `${test.dir}/region.yaml`;
  const source = parse(file, test.region);
  const checked = schemaValidator().check('region', source.data, source);
  if (!checked.ok)
    throw new Error(`${file} is not a region: ${JSON.stringify(checked.diagnostics)}`);
  const region: RawRegion = checked.value;
  const parent = all
    .filter((other) => test.dir.startsWith(`${other.dir}/`))
    .sort((a, b) => b.dir.length - a.dir.length)[0];
  return {
    file,
    folder: test.dir,
    source,
    region,
    ...(parent ? { parentFile: `${parent.dir}/region.yaml` } : {}),
    catalogs: Object.entries(test.catalogs ?? {}).map(([name, text]) =>
      catalogFile(`${test.dir}/${name}`, text),
    ),
  };
}

export function repositoryInput(
  national: Record<string, string>,
  regions: readonly TestRegion[],
): RepositoryInput {
  return {
    root: '.',
    example: false,
    nationalPath: 'national',
    national: Object.entries(national).map(([name, text]) => catalogFile(`national/${name}`, text)),
    regions: regions.map((region) => regionInput(region, regions)),
  };
}

export function merge(national: Record<string, string>, regions: readonly TestRegion[]) {
  return mergeRepository(repositoryInput(national, regions));
}

export const region = (code: string, name: string, level: string): string =>
  `code: "${code}"\nname: ${name}\nlevel: ${level}\n`;
