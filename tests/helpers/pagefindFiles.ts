/**
 * Reading Pagefind's files back, for tests: its compressed files, and the
 * part of CBOR its indexes use (integers, text, arrays).
 */
import { gunzipSync } from 'node:zlib';
import type { CborValue } from '../../src/lib/search/cbor.ts';
import type { FilterIndex, MetaIndex, WordIndex } from '../../src/lib/search/pagefindFormat.ts';

/** The content of a compressed Pagefind file: gunzipped, without the `pagefind_dcd` signature. */
export function decompress(file: Uint8Array): Uint8Array {
  const raw = gunzipSync(file);
  if (raw.subarray(0, 12).toString() !== 'pagefind_dcd') throw new Error('not a Pagefind file: no signature');
  return new Uint8Array(raw.subarray(12));
}

export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
    if (!size) throw new Error(`CBOR: unexpected additional information ${info} at byte ${at}`);
    const value =
      size === 1
        ? view.getUint8(at)
        : size === 2
          ? view.getUint16(at)
          : size === 4
            ? view.getUint32(at)
            : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  const item = (): CborValue => {
    const head = view.getUint8(at++);
    const major = head >> 5;
    const count = argument(head & 31);
    if (major === 0) return count;
    if (major === 1) return -1 - count;
    if (major === 3) {
      const text = new TextDecoder().decode(bytes.subarray(at, at + count));
      at += count;
      return text;
    }
    if (major === 4) return Array.from({ length: count }, item);
    throw new Error(`CBOR: major type ${major} at byte ${at - 1} is not used by Pagefind`);
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes after the item`);
  return value;
}

/** The files of a bundle by kind, decoded into the format's named structures (src/lib/search/pagefindFormat.ts). */
export const readMeta = (bytes: Uint8Array) => decodeCbor(bytes) as MetaIndex;
export const readWordIndex = (bytes: Uint8Array) => decodeCbor(bytes) as WordIndex;
export const readFilterIndex = (bytes: Uint8Array) => decodeCbor(bytes) as FilterIndex;
