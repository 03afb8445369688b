/**
 * The shapes of the files as written (after schema validation): `schemas/*.schema.json` is the
 * source of truth, and test/core/schema-drift.test.ts checks that these types name the same fields.
 */
import type { Audience, BasisRank, Method, Stage } from '../vocabulary/table-values.js';

/** A level as a file may write it: "县级" or "county". */
export type LevelName =
  '市级' | '县级' | '乡级' | '村级' | 'city' | 'county' | 'township' | 'village';

export type RawElement = string | { name: string; required?: boolean };
export type RawBasis =
  string | { title: string; docNo?: string; rank?: BasisRank; clause?: string; note?: string };
export type RawChannel =
  string | { name: string; required?: boolean; local?: boolean; url?: string };

/** How an overlay changes an inherited list: by key, or as a whole. */
export interface RawListChanges<Entry> {
  add?: Entry[];
  remove?: string[];
  replace?: Entry[];
}
export type RawList<Entry> = Entry[] | RawListChanges<Entry>;

export interface RawSource {
  document: string;
  docNo?: string;
  url?: string;
  seenAt?: string;
  note?: string;
  /** `local`: a row seen only in one place's wording, shipped where no national row is known. */
  wording?: 'national' | 'local';
}

/** Fields a source may lack, declared on an item so that their absence is not a warning. */
export type IncompleteField =
  | 'l1'
  | 'l2'
  | 'l3'
  | 'elements'
  | 'bases'
  | 'timeLimit'
  | 'subject'
  | 'channels'
  | 'audience'
  | 'method'
  | 'levels';

export interface RawItem {
  id: string;
  local?: boolean;
  omit?: string;
  l1?: string;
  l2?: string;
  l3?: string;
  elements?: RawList<RawElement>;
  bases?: RawList<RawBasis>;
  timeLimit?: string;
  subject?: string;
  channels?: RawList<RawChannel>;
  audience?: Audience;
  audienceGroup?: string;
  method?: Method;
  levels?: LevelName[];
  stage?: Stage;
  column?: string;
  url?: string;
  reviewed?: string;
  source?: RawSource;
  incomplete?: IncompleteField[];
  note?: string;
  /** In this region's table, right after the item of this id (a row inserted in the sheet). */
  after?: string;
  /** In this region's table, right before the item of this id (a row moved to the top). */
  before?: string;
  deprecated?: RawDeprecation;
}

/**
 * A national id that is no longer in use: kept (ids never change meaning), not inherited, and
 * pointing at the ids that replace it, so that local catalogs referring to it get a suggestion.
 */
export interface RawDeprecation {
  reason: string;
  replacedBy?: string[];
}

export interface RawGuideline {
  title: string;
  ministry: string;
  docNo?: string;
  date?: string;
  url?: string;
  sharedWith?: string[];
}

export interface RawCompleteness {
  status: 'complete' | 'partial';
  statedSize?: string;
  note: string;
}

export interface RawCatalog {
  $schema?: string;
  domain: string;
  title?: string;
  notes?: string;
  guideline?: RawGuideline;
  completeness?: RawCompleteness;
  items: RawItem[];
}

export interface RawOffice {
  name: string;
  address?: string;
  hours?: string;
  postcode?: string;
  phone?: string;
  fax?: string;
  website?: string;
  email?: string;
}

/** One step of a 一件事 bundle: an item of the region's catalogs, by domain and id. */
export interface RawBundleStep {
  domain: string;
  id: string;
  note?: string;
}

/** 办事一本通: a 一件事 theme listing items across domains in the order a citizen meets them. */
export interface RawBundle {
  id: string;
  name: string;
  description?: string;
  items: RawBundleStep[];
}

export interface RawRegion {
  $schema?: string;
  code: string;
  name: string;
  level: LevelName;
  office?: RawOffice;
  bundles?: RawBundle[];
}

/** gkml.yaml `site`: the portal's frame around the generated site (docs/site.md). */
export interface RawSite {
  title?: string;
  /** An image inside the repository, relative to gkml.yaml. */
  logo?: string;
  logoAlt?: string;
  links?: { text: string; url: string }[];
  footer?: string[];
  /** 网站标识码. */
  siteCode?: string;
  /** ICP备案号. */
  icp?: string;
  /** 公安机关备案号. */
  police?: string;
  /** Publish the check report with the site, or keep it beside the output. */
  report?: 'public' | 'private';
  /** A folder of partials that replace the shipped ones, relative to gkml.yaml. */
  templates?: string;
  search?: { synonyms?: Record<string, string[]> };
}

/** gkml.yaml, the root of a region repository. */
export interface RawProject {
  $schema?: string;
  /** Folder of the national baselines, relative to gkml.yaml; the bundled ones by default. */
  national?: string;
  /** The data is an invented example: outputs say so. */
  example?: boolean;
  site?: RawSite;
}
