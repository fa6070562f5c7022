// An xlsx is a zip: 1 MB of it may unpack to hundreds of MB of XML (a zip bomb), which the workbook
// parser would hold whole and walk for minutes. Before parsing, the zip's central directory is read and
// every entry inflated with a ceiling on its output, so a header that lies about sizes gains nothing; the
// reader then counts the data sheet's rows before it parses them.
import { inflateRawSync } from 'node:zlib';
import { InvalidInput } from '@gridhr/common';

/** What an uploaded workbook may unpack to, all its parts together. */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** As the central directory declares it: a bomb may lie. */
  declaredSize: number;
  localHeader: number;
}

/** Not a zip we can read: the caller reports the file as unreadable. */
class UnreadableZip extends Error {}

function centralDirectory(content: Buffer): ZipEntry[] {
  // The end record is the last 22 bytes, unless a comment (at most 64 kB) follows it.
  let end = -1;
  for (let i = content.length - 22; i >= Math.max(0, content.length - 22 - 0xffff); i--) {
    if (content.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new UnreadableZip('no end of central directory');
  const count = content.readUInt16LE(end + 10);
  let at = content.readUInt32LE(end + 16);
  // Zip64 marks its fields 0xFFFF…; a workbook of a few MB never needs it.
  if (count === 0xffff || at === 0xffffffff) throw new UnreadableZip('zip64');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (content.readUInt32LE(at) !== CENTRAL_FILE_HEADER) throw new UnreadableZip('bad central directory');
    const nameLength = content.readUInt16LE(at + 28);
    entries.push({
      method: content.readUInt16LE(at + 10),
      compressedSize: content.readUInt32LE(at + 20),
      declaredSize: content.readUInt32LE(at + 24),
      name: content.toString('utf8', at + 46, at + 46 + nameLength),
      localHeader: content.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + content.readUInt16LE(at + 30) + content.readUInt16LE(at + 32);
  }
  return entries;
}

function tooLarge(): InvalidInput {
  return new InvalidInput(
    'input.contentBase64',
    `unpacks to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB, the limit for an uploaded workbook; split the sheet`,
  );
}

/** An entry's bytes, inflated to at most `budget` bytes; over it, the workbook is refused. */
function inflateEntry(content: Buffer, entry: ZipEntry, budget: number): Buffer {
  if (content.readUInt32LE(entry.localHeader) !== LOCAL_FILE_HEADER) throw new UnreadableZip('bad local header');
  const start = entry.localHeader + 30 + content.readUInt16LE(entry.localHeader + 26) + content.readUInt16LE(entry.localHeader + 28);
  const data = content.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) {
    if (data.length > budget) throw tooLarge();
    return data;
  }
  if (entry.method !== DEFLATED) throw new UnreadableZip(`compression method ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw new UnreadableZip((error as Error).message);
  }
}

const LT = 0x3c;
const COLON = 0x3a;
const isNameByte = (b: number) => (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x5f || b === 0x2d || b === 0x2e;
const isTagNameEnd = (b: number) => b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d; // space > / tab LF CR

/** `<row …>` (or `<x:row …>`, with a namespace prefix) elements in a worksheet's XML. */
export function countRows(xml: Buffer): number {
  let rows = 0;
  for (let at = xml.indexOf('row'); at >= 0; at = xml.indexOf('row', at + 3)) {
    if (!isTagNameEnd(xml[at + 3])) continue;
    let start = at - 1;
    if (xml[start] === COLON) for (start--; start >= 0 && isNameByte(xml[start]); start--);
    if (start >= 0 && xml[start] === LT) rows++;
  }
  return rows;
}

/** An unpacked workbook's parts by name, lower-cased (zip names are case-sensitive, OOXML part names are not). */
export type XlsxParts = ReadonlyMap<string, Buffer>;

/**
 * Every part of an xlsx, inflated, once their unpacked size is known to be within MAX_UNZIPPED_BYTES:
 * InvalidInput naming input.contentBase64 when it is not. Throws a plain Error when the file is no zip.
 */
export function unpackXlsx(content: Buffer): XlsxParts {
  let entries: ZipEntry[];
  try {
    entries = centralDirectory(content);
  } catch (error) {
    throw error instanceof UnreadableZip ? error : new UnreadableZip((error as Error).message);
  }
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > MAX_UNZIPPED_BYTES) throw tooLarge();
  const parts = new Map<string, Buffer>();
  let unpacked = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue; // a folder
    let bytes: Buffer;
    try {
      bytes = inflateEntry(content, entry, MAX_UNZIPPED_BYTES - unpacked);
    } catch (error) {
      if (error instanceof InvalidInput || error instanceof UnreadableZip) throw error;
      throw new UnreadableZip((error as Error).message); // a header pointing past the end of the file
    }
    unpacked += bytes.length;
    if (unpacked > MAX_UNZIPPED_BYTES) throw tooLarge();
    parts.set(entry.name.toLowerCase(), bytes);
  }
  return parts;
}
