/** Reads zip entries (name, DOS date/time, content) for tests that look inside an .xlsx. */
import { inflateRawSync } from 'node:zlib';

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
