import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/io/decode.js';
import { loadYamlFile, parseBytes } from '../../src/io/load-yaml.js';
import { REPO_ROOT } from '../helpers/cli.js';

describe('loadYamlFile', () => {
  it('reports a folder given as a file as unreadable (fatal)', async () => {
    const result = await loadYamlFile(join(REPO_ROOT, 'test/fixtures'), 'test/fixtures');
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['file-unreadable']);
  });

  it('reports a missing file as unreadable', async () => {
    const result = await loadYamlFile(join(REPO_ROOT, 'nope.yaml'), 'nope.yaml');
    expect(result.diagnostics[0]?.args).toEqual({ reason: 'ENOENT' });
  });
});

describe('positions', () => {
  const text =
    'domain: employment\nitems:\n  - id: a\n    l1: 就业信息服务\n    levels: [县级, 乡级]\n';
  const parsed = parseBytes(new TextEncoder().encode(text), 'x.yaml');
  if (!parsed.ok) throw new Error('fixture must parse');
  const doc = parsed.document;

  it('locates values and keys by data path, 1-based', () => {
    expect(doc.locate(['items', 0, 'l1'])?.start).toEqual({ line: 4, column: 9 });
    expect(doc.locateKey(['items', 0, 'l1'])?.start).toEqual({ line: 4, column: 5 });
    expect(doc.locate(['items', 0, 'levels', 1])?.start).toEqual({ line: 5, column: 18 });
  });

  it('falls back to the deepest existing node', () => {
    expect(doc.locate(['items', 0, 'subject'])?.start).toEqual({ line: 3, column: 5 });
  });

  it('keeps positions after a UTF-8 byte order mark', () => {
    const withBom = parseBytes(
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
      'y.yaml',
    );
    expect(withBom.ok && withBom.document.locate(['items', 0, 'l1'])?.start).toEqual({
      line: 4,
      column: 9,
    });
  });
});

describe('decodeBytes', () => {
  it('prefers UTF-8 even when the bytes would also decode as GB18030', () => {
    const decoded = decodeBytes(new TextEncoder().encode('公开时限'));
    expect(decoded).toEqual({ ok: true, text: '公开时限', encoding: 'utf-8' });
  });

  it('reads GB18030 four-byte sequences (which the gbk label would get wrong)', () => {
    // U+20000 𠀀 in GB18030 is 0x95 0x32 0x82 0x36.
    const decoded = decodeBytes(new Uint8Array([0x95, 0x32, 0x82, 0x36]));
    expect(decoded).toEqual({ ok: true, text: '𠀀', encoding: 'gb18030' });
  });

  it('refuses text with control characters as binary', () => {
    expect(decodeBytes(new Uint8Array([0x61, 0x01, 0x62]))).toEqual({
      ok: false,
      problem: 'binary',
    });
  });
});
