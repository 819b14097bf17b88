/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use: integers,
 * text strings and arrays of definite length, each in its shortest form, as
 * the Rust crate `minicbor` writes them. Pure: values in, bytes out.
 */

/** What Pagefind's files hold: a Rust struct is an array of its fields. */
export type CborValue = number | string | CborValue[];

const encoder = new TextEncoder();

/** Bytes of a CBOR item, written into one buffer that grows as needed. */
export class CborWriter {
  private bytes = new Uint8Array(1024);
  private view = new DataView(this.bytes.buffer);
  private length = 0;

  private room(needed: number) {
    if (this.length + needed <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + needed) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
    this.view = new DataView(grown.buffer);
  }

  /** The head of an item: its major type and a count or value, in the fewest bytes. */
  private head(major: number, value: number) {
    this.room(9);
    const type = major << 5;
    if (value < 24) this.bytes[this.length++] = type | value;
    else if (value < 0x100) {
      this.bytes[this.length++] = type | 24;
      this.bytes[this.length++] = value;
    } else if (value < 0x10000) {
      this.bytes[this.length++] = type | 25;
      this.view.setUint16(this.length, value);
      this.length += 2;
    } else if (value < 0x100000000) {
      this.bytes[this.length++] = type | 26;
      this.view.setUint32(this.length, value);
      this.length += 4;
    } else {
      this.bytes[this.length++] = type | 27;
      this.view.setBigUint64(this.length, BigInt(value));
      this.length += 8;
    }
  }

  integer(value: number): this {
    if (!Number.isSafeInteger(value)) throw new RangeError(`CBOR: ${value} is not an integer`);
    if (value >= 0) this.head(0, value);
    else this.head(1, -1 - value);
    return this;
  }

  text(value: string): this {
    const utf8 = encoder.encode(value);
    this.head(3, utf8.length);
    this.room(utf8.length);
    this.bytes.set(utf8, this.length);
    this.length += utf8.length;
    return this;
  }

  /** The head of an array of `count` items; the items follow. */
  array(count: number): this {
    this.head(4, count);
    return this;
  }

  value(value: CborValue): this {
    if (typeof value === 'number') return this.integer(value);
    if (typeof value === 'string') return this.text(value);
    this.array(value.length);
    for (const item of value) this.value(item);
    return this;
  }

  /** The bytes written so far. */
  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

export function encodeCbor(value: CborValue): Uint8Array {
  return new CborWriter().value(value).result();
}
