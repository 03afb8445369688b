/**
 * The shapes of the files as written (after schema validation). `schemas/*.schema.json` is the
 * source of truth: schema-types.ts is generated from it (`npm run schema-types`, checked by
 * test/core/schema-types.test.ts), and the names below are the code's names for those types.
 */
import type {
  CatalogBasis,
  CatalogChannel,
  CatalogCompleteness,
  CatalogDeprecation,
  CatalogElement,
  CatalogFile,
  CatalogGuideline,
  CatalogIncompleteField,
  CatalogItem,
  CatalogSource,
  LevelNameInFile,
  ProjectFile,
  ProjectSite,
  RegionBundle,
  RegionBundleStep,
  RegionFile,
  RegionOffice,
} from './schema-types.js';

/** A level as a file may write it: "县级" or "county". */
export type LevelName = LevelNameInFile;

export type RawElement = CatalogElement;
export type RawBasis = CatalogBasis;
export type RawChannel = CatalogChannel;

/**
 * How an overlay changes an inherited list: by key, or as a whole. The schema spells this out
 * once per list (elements, bases, channels); the merge handles the three alike, hence the generic.
 */
export interface RawListChanges<Entry> {
  add?: Entry[];
  remove?: string[];
  replace?: Entry[];
}
export type RawList<Entry> = Entry[] | RawListChanges<Entry>;

export type RawSource = CatalogSource;

/** Fields a source may lack, declared on an item so that their absence is not a warning. */
export type IncompleteField = CatalogIncompleteField;

export type RawItem = CatalogItem;

/**
 * A national id that is no longer in use: kept (ids never change meaning), not inherited, and
 * pointing at the ids that replace it, so that local catalogs referring to it get a suggestion.
 */
export type RawDeprecation = CatalogDeprecation;
export type RawGuideline = CatalogGuideline;
export type RawCompleteness = CatalogCompleteness;
/**
 * The schema lists the domain names a file may write; the code also builds catalogs (merge output,
 * scaffold, import) from a domain id held as a string, so here the field stays a string.
 */
export type RawCatalog = Omit<CatalogFile, 'domain'> & { domain: string };

export type RawOffice = RegionOffice;
/** One step of a 一件事 bundle: an item of the region's catalogs, by domain and id. */
export type RawBundleStep = RegionBundleStep;
/** 办事一本通: a 一件事 theme listing items across domains in the order a citizen meets them. */
export type RawBundle = RegionBundle;
export type RawRegion = RegionFile;

/** gkml.yaml `site`: the portal's frame around the generated site (docs/site.md). */
export type RawSite = ProjectSite;
/** gkml.yaml, the root of a region repository. */
export type RawProject = ProjectFile;
