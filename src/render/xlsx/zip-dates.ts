/**
 * Fixed zip timestamps. fflate dates entries from a Date read in the machine's time zone (and a
 * zip library's default is the current time); we rewrite the DOS date and time fields of each
 * entry (local header and central directory), so that the same workbook always gives the same bytes
 * wherever it is written. The CRCs cover only the data, so
 * nothing else changes.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** DOS date and time of `date` (YYYY-MM-DD, midnight), as stored in zip headers. */
export function dosDateTime(date: string): { time: number; date: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // DOS dates start in 1980; earlier dates are clamped rather than wrapped.
  const years = Math.max(0, year - 1980);
  return { time: 0, date: (years << 9) | (month << 5) | day };
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let offset = zip.length - 22; offset >= earliest; offset--) {
    if (zip.readUInt32LE(offset) === EOCD_SIGNATURE) return offset;
  }
  throw new Error('not a zip file: no end of central directory');
}

/** Returns a copy of `zip` with every entry dated `date` at 00:00. */
export function withFixedZipDates(zip: Buffer, date: string): Buffer {
  const out = Buffer.from(zip);
  const stamp = dosDateTime(date);
  const eocd = findEndOfCentralDirectory(out);
  const entries = out.readUInt16LE(eocd + 10);
  let offset = out.readUInt32LE(eocd + 16);
  for (let index = 0; index < entries; index++) {
    if (out.readUInt32LE(offset) !== CENTRAL_SIGNATURE) throw new Error('corrupt zip directory');
    out.writeUInt16LE(stamp.time, offset + 12);
    out.writeUInt16LE(stamp.date, offset + 14);
    const local = out.readUInt32LE(offset + 42);
    if (out.readUInt32LE(local) !== LOCAL_SIGNATURE) throw new Error('corrupt zip entry');
    out.writeUInt16LE(stamp.time, local + 10);
    out.writeUInt16LE(stamp.date, local + 12);
    const nameLength = out.readUInt16LE(offset + 28);
    const extraLength = out.readUInt16LE(offset + 30);
    const commentLength = out.readUInt16LE(offset + 32);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}
