/**
 * Turning a file's bytes into text. Catalogs should be UTF-8; county offices often save GB18030/GBK
 * (Windows' "ANSI" for Chinese), so that is accepted with a warning. Strict UTF-8 is tried first: a
 * GB18030 decoder accepts almost any byte sequence, so trying it first would misread UTF-8 files.
 */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type Decoded =
  { ok: true; text: string; encoding: Encoding } | { ok: false; problem: 'binary' | 'undecodable' };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// 'gb18030' is a superset of GBK and GB2312; the 'gbk' label would decode GB18030's 4-byte forms wrongly.
const gb18030 = new TextDecoder('gb18030', { fatal: true });

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function decodeWith(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

// C0 control characters other than tab, line feed, form feed and carriage return.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0001-\u0008\u000b\u000e-\u001f]/u;

/** Decodes, then refuses text that holds control characters: such "text" is binary data. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const decoded = decodeAny(bytes);
  return decoded.ok && CONTROL.test(decoded.text) ? { ok: false, problem: 'binary' } : decoded;
}

function decodeAny(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeWith('utf-8', bytes.subarray(3));
    return text === undefined
      ? { ok: false, problem: 'undecodable' }
      : { ok: true, text, encoding: 'utf-8-bom' };
  }
  for (const [bom, label] of [
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ] as const) {
    if (startsWith(bytes, bom)) {
      const text = decodeWith(label, bytes.subarray(2));
      return text === undefined
        ? { ok: false, problem: 'undecodable' }
        : { ok: true, text, encoding: label };
    }
  }
  // NUL never occurs in UTF-8 or GB18030 text; zip archives (xlsx) and other binaries have plenty.
  if (bytes.includes(0)) return { ok: false, problem: 'binary' };
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    try {
      return { ok: true, text: gb18030.decode(bytes), encoding: 'gb18030' };
    } catch {
      return { ok: false, problem: 'undecodable' };
    }
  }
}
