/** `gkml diff`, pure: coverage against a reference catalog, and changes between two versions. */
export { coverageDiff, type CoverageOptions } from './coverage.js';
export * from './coverage-types.js';
export { versionDiff, type VersionOptions } from './version.js';
export * from './version-types.js';
export { COMPARED_FIELDS, type ComparedField, type FieldChange } from './field-changes.js';
export { appliesAt, domainName, itemTitle, subtree } from './scope.js';
