/** Reads zip entries (name, DOS date/time, content) for tests that look inside an .xlsx. */
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  dosDate: number;
  dosTime: number;
  content: Buffer;
}

export function readZip(zip: Buffer): ZipEntry[] {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip');
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(offset + 10);
    const size = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const local = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(dataStart, dataStart + size);
    entries.push({
      name,
      dosTime: zip.readUInt16LE(local + 10),
      dosDate: zip.readUInt16LE(local + 12),
      content: method === 8 ? inflateRawSync(raw) : Buffer.from(raw),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function zipText(zip: Buffer, name: string): string {
  const entry = readZip(zip).find((e) => e.name === name);
  if (!entry) throw new Error(`no ${name} in zip`);
  return entry.content.toString('utf8');
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipPartToWrite {
  name: string;
  /** The part's content, deflated here; or an already deflated stream with its true length. */
  content: Buffer | { deflated: Buffer; length: number };
  /** The uncompressed size written in the headers (a lie, for hostile tests); the true one otherwise. */
  declared?: number;
}

/** A zip of deflated parts, for tests that build (hostile) workbooks in code. */
export function writeZip(parts: readonly ZipPartToWrite[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const plain = Buffer.isBuffer(part.content) ? part.content : undefined;
    const data = plain ? deflateRawSync(plain) : (part.content as { deflated: Buffer }).deflated;
    const length = plain ? plain.length : (part.content as { length: number }).length;
    const declared = part.declared ?? length;
    const crc = plain ? crc32(plain) : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A deflate stream of `mebibytes` MiB of `byte` without holding them: one 1 MiB block compressed
 * once and repeated (each ends on a byte boundary, no back-references across them), then a final
 * empty block. A zip bomb in a few hundred kilobytes.
 */
export function deflatedRepeat(
  byte: number,
  mebibytes: number,
): { deflated: Buffer; length: number } {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, byte), {
    finishFlush: constants.Z_FULL_FLUSH,
  });
  const last = deflateRawSync(Buffer.alloc(0));
  return {
    deflated: Buffer.concat([...Array.from({ length: mebibytes }, () => block), last]),
    length: mebibytes * 1024 * 1024,
  };
}
