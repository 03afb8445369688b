/**
 * The registry of every diagnostic code: severity, documentation and text in both languages.
 * Adding a code to an area's Args without an entry here fails to compile.
 */
import type { CodeTable } from '../spec.js';
import { bundleCodes, type BundleArgs } from './bundles.js';
import { deprecationCodes, type DeprecationArgs } from './deprecation.js';
import { diffCodes, type DiffArgs } from './diff.js';
import { documentCodes, type DocumentArgs } from './documents.js';
import { diffVersionCodes, type DiffVersionArgs } from './diff-version.js';
import { excelCodes, type ExcelArgs } from './excel.js';
import { mergeCodes, type MergeArgs } from './merge.js';
import { readCodes, type ReadArgs } from './read.js';
import { ruleCodes, type RuleArgs } from './rules.js';
import { schemaCodes, type SchemaArgs } from './schema.js';
import { siteCodes, type SiteArgs } from './site.js';
import { yamlCodes, type YamlArgs } from './yaml.js';

export interface DiagnosticArgs
  extends
    ReadArgs,
    YamlArgs,
    SchemaArgs,
    RuleArgs,
    MergeArgs,
    DeprecationArgs,
    ExcelArgs,
    DiffArgs,
    DiffVersionArgs,
    BundleArgs,
    DocumentArgs,
    SiteArgs {}

export const CODES: CodeTable<DiagnosticArgs> = {
  ...readCodes,
  ...yamlCodes,
  ...schemaCodes,
  ...ruleCodes,
  ...bundleCodes,
  ...mergeCodes,
  ...deprecationCodes,
  ...diffCodes,
  ...diffVersionCodes,
  ...excelCodes,
  ...documentCodes,
  ...siteCodes,
};
