/** Reading one YAML file from disk: size limit, encoding, parse. Never throws for a user's file. */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Diagnostic } from '../core/diagnostics/index.js';
import { diagnostic } from '../core/diagnostics/index.js';
import { decodeBytes } from './decode.js';
import { parseYamlSource, type ParseOptions, type ParseResult } from './yaml-source.js';

/** Default size limit: real catalogs are a few dozen KB; 5 MB leaves room without risking memory. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface LoadOptions extends ParseOptions {
  /** Files larger than this are reported, not parsed. */
  maxBytes?: number;
}

/**
 * Loads `path`, reporting problems against `file` (the path as the user should see it). Reads
 * synchronously: catalogs are small and many, and a province's thousands of files read an order of
 * magnitude faster in one thread than through the asynchronous file API (bench/).
 */
export function loadYamlFileSync(
  path: string,
  file: string,
  options: LoadOptions = {},
): ParseResult {
  const read = readFileBytesSync(path, file, options);
  return read.ok ? parseBytes(read.bytes, file, options) : read;
}

export type ReadBytesResult =
  { ok: true; bytes: Uint8Array } | { ok: false; diagnostics: Diagnostic[] };

/** The bytes of `path` within the size limit, or why they cannot be read (against `file`). */
export function readFileBytesSync(
  path: string,
  file: string,
  options: { maxBytes?: number } = {},
): ReadBytesResult {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // One open, one fstat, one read: in a province's 15,000 files, every extra system call shows.
  let fd: number | undefined;
  try {
    // Non-blocking: opening a FIFO for reading would otherwise wait for a writer forever. For a
    // regular file the flag changes nothing.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (info.isDirectory()) {
      return failed(diagnostic('file-unreadable', { reason: 'EISDIR' }, { file }));
    }
    if (!info.isFile()) {
      return failed(diagnostic('file-unreadable', { reason: 'not a regular file' }, { file }));
    }
    if (info.size > limit) {
      return failed(diagnostic('file-too-large', { size: info.size, limit }, { file }));
    }
    return { ok: true, bytes: readAll(fd, info.size) };
  } catch (error) {
    return failed(diagnostic('file-unreadable', { reason: errorCode(error) }, { file }));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The first `size` bytes of an open file (all of it, unless it grew since its size was read). */
function readAll(fd: number, size: number): Uint8Array {
  const buffer = new Uint8Array(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(fd, buffer, filled, size - filled, filled);
    if (read === 0) break;
    filled += read;
  }
  return buffer.subarray(0, filled);
}

export function loadYamlFile(
  path: string,
  file: string,
  options: LoadOptions = {},
): Promise<ParseResult> {
  return Promise.resolve(loadYamlFileSync(path, file, options));
}

/** Decodes and parses bytes already in memory (for git blobs and tests). */
export function parseBytes(
  bytes: Uint8Array,
  file: string,
  options: ParseOptions = {},
): ParseResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    return failed(
      diagnostic(decoded.problem === 'binary' ? 'file-binary' : 'file-undecodable', {}, { file }),
    );
  }
  const notes: Diagnostic[] = [];
  if (decoded.encoding === 'gb18030') notes.push(diagnostic('encoding-gb18030', {}, { file }));
  if (decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be') {
    notes.push(diagnostic('encoding-utf16', {}, { file }));
  }
  // A test, not trim(): trim copies every file's text only to compare it with ''.
  if (!/\S/u.test(decoded.text)) return failed(...notes, diagnostic('file-empty', {}, { file }));
  const parsed = parseYamlSource(decoded.text, file, options);
  return { ...parsed, diagnostics: [...notes, ...parsed.diagnostics] };
}

function failed(...diagnostics: Diagnostic[]): { ok: false; diagnostics: Diagnostic[] } {
  return { ok: false, diagnostics };
}

function errorCode(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string')
    return error.code;
  return String(error);
}
