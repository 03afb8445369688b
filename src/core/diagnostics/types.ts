/** Diagnostics are data: a code with typed arguments and a location. Text is made at the edge. */
import type { DiagnosticArgs } from './codes/index.js';
import type { Severity } from './severity.js';

/** A key or index path inside a YAML document, e.g. ['items', 3, 'timeLimit']. */
export type JsonPath = readonly (string | number)[];

/** 1-based line and column (columns count UTF-16 code units, as editors do). */
export interface Position {
  line: number;
  column: number;
}

export interface Span {
  start: Position;
  end: Position;
}

/** Where a diagnostic points: a file (posix, relative to the working folder) and a place inside it. */
export interface Location {
  file?: string;
  span?: Span;
  path?: JsonPath;
  /** For spreadsheets: the sheet and cell ("Sheet1", "B4"). */
  sheet?: string;
  cell?: string;
}

export type DiagnosticCode = keyof DiagnosticArgs;

/** One diagnostic of code C; `Diagnostic` is the union over all codes. */
export type DiagnosticOf<C extends DiagnosticCode> = {
  [K in C]: Location & { code: K; severity: Severity; args: DiagnosticArgs[K] };
}[C];

export type Diagnostic = DiagnosticOf<DiagnosticCode>;
