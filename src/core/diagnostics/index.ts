export * from './types.js';
export type { Severity } from './severity.js';
export * from './diagnostic.js';
export * from './outcome.js';
export { CODES, type DiagnosticArgs } from './codes/index.js';
export type { CodeSpec, CodeTable, NoArgs } from './spec.js';
