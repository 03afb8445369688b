/**
 * Zips a workbook's parts. fflate is pure JavaScript, so the deflated bytes are the same on every
 * machine and Node version (zlib's output may change with the zlib build Node ships), and it zips
 * synchronously. Level 1: writing workbooks is a large part of a compile, and the files are read
 * far less often than written. Every entry is dated at the data date (zip-dates.ts), never the clock.
 */
import { zipSync, type Zippable } from 'fflate';
import { withFixedZipDates } from './zip-dates.js';

export interface ZipPart {
  path: string;
  text: string;
}

/** Any date fflate accepts (1980–2099, read in local time); zip-dates.ts then writes the real one. */
const PLACEHOLDER_DATE = new Date(2000, 0, 1);

export function zipParts(parts: readonly ZipPart[], date: string): Buffer {
  const encoder = new TextEncoder();
  const files: Zippable = {};
  for (const part of parts) files[part.path] = encoder.encode(part.text);
  const zipped = zipSync(files, { level: 1, mtime: PLACEHOLDER_DATE });
  return withFixedZipDates(Buffer.from(zipped.buffer, zipped.byteOffset, zipped.byteLength), date);
}
