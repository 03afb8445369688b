/** What `gkml diff` is asked to do, as parsed from its arguments. */
import type { FailOn } from '../../../core/diagnostics/index.js';
import type { Against } from '../../../core/diff/index.js';
import type { DiffFormat } from '../../../render/diff/index.js';

export interface DiffOptions {
  /** None or one: coverage (or --base); two: old and new. */
  folders: string[];
  /** A git ref to compare the working tree with. */
  base?: string;
  /** Coverage only: `national` (default) or `parent`. */
  against?: Against;
  /** Only these domains (ids, Chinese names or aliases). */
  domains?: string[];
  format: DiffFormat;
  failOn: FailOn;
  maxBytes?: number;
}
