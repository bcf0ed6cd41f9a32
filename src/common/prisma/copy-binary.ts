/**
 * PostgreSQL's binary COPY format, writing side
 * (https://www.postgresql.org/docs/current/sql-copy.html, "Binary Format"): the values in
 * each type's send/recv form, so the server parses no text (uuid, numeric, date). A pay run
 * writes millions of lines and the server's per-row work is what bounds its speed.
 *
 * File: signature, flags, header extension; per row an int16 field count, then per field an
 * int32 byte length (-1 = NULL) and the bytes; an int16 -1 at the end.
 */
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER_BYTES = SIGNATURE.length + 8;
const NBASE = 10_000;
/** days from 1970-01-01 (our Day) to 2000-01-01 (PostgreSQL's date epoch) */
const PG_EPOCH_DAY = 10_957;
const TWO_32 = 0x1_0000_0000;

const HEX: Int8Array = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < 10; i++) t[48 + i] = i;
  for (let i = 0; i < 6; i++) {
    t[97 + i] = 10 + i;
    t[65 + i] = 10 + i;
  }
  return t;
})();

/** "7375152f-c41c-…" → its 16 bytes. */
export function uuidBytes(s: string): Buffer {
  const out = Buffer.alloc(16);
  let nibbles = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 45) continue; // '-'
    const d = c < 128 ? (HEX[c] as number) : -1;
    if (d < 0 || nibbles >= 32) throw new RangeError(`not a uuid: ${s}`);
    out[nibbles >> 1] = ((out[nibbles >> 1] as number) << 4) | d;
    nibbles++;
  }
  if (nibbles !== 32) throw new RangeError(`not a uuid: ${s}`);
  return out;
}

/** Copies pre-encoded bytes; returns the end. Tiny ones byte by byte (cheaper than a call). */
function put(dst: Buffer, at: number, src: Buffer): number {
  const n = src.length;
  if (n >= 12) dst.set(src, at);
  else for (let i = 0; i < n; i++) dst[at + i] = src[i] as number;
  return at + n;
}

/** Rows in binary COPY form, appended into a growing buffer. */
export class BinaryRows {
  private buf: Buffer;
  /** big-endian writes through a DataView: several times cheaper than Buffer#writeInt32BE */
  private view: DataView;
  private pos: number;
  rows = 0;
  /** Per slot of {@link uuidRepeat}: the last text written and where its field starts. */
  private readonly lastText: (string | null)[] = [];
  private readonly lastAt: number[] = [];

  constructor(initialBytes = 1 << 16) {
    this.buf = Buffer.allocUnsafe(Math.max(initialBytes, 64));
    this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
    SIGNATURE.copy(this.buf, 0);
    this.view.setInt32(SIGNATURE.length, 0);
    this.view.setInt32(SIGNATURE.length + 4, 0);
    this.pos = HEADER_BYTES;
  }

  get bytes(): number {
    return this.pos;
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.pos + n, this.buf.length * 2));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
    this.view = new DataView(next.buffer, next.byteOffset, next.byteLength);
  }

  /** Start a row of `fields` values. */
  row(fields: number): this {
    this.ensure(2);
    this.view.setInt16(this.pos, fields);
    this.pos += 2;
    this.rows++;
    return this;
  }

  null(): this {
    this.ensure(4);
    this.view.setInt32(this.pos, -1);
    this.pos += 4;
    return this;
  }

  /** Bytes as one field (a uuid's 16 bytes, an enum label). */
  raw(b: Buffer): this {
    this.ensure(4 + b.length);
    this.view.setInt32(this.pos, b.length);
    this.pos = put(this.buf, this.pos + 4, b);
    return this;
  }

  /** Pre-encoded fields, length words included (see {@link BinaryRows.fields}). */
  block(b: Buffer): this {
    this.ensure(b.length);
    this.pos = put(this.buf, this.pos, b);
    return this;
  }

  /** A pre-encoded field, or NULL. */
  blockOrNull(b: Buffer | null): this {
    return b === null ? this.null() : this.block(b);
  }

  rawOrNull(b: Buffer | null): this {
    return b === null ? this.null() : this.raw(b);
  }

  int4(n: number): this {
    this.ensure(8);
    this.view.setInt32(this.pos, 4);
    this.view.setInt32(this.pos + 4, n);
    this.pos += 8;
    return this;
  }

  int4OrNull(n: number | null): this {
    return n === null ? this.null() : this.int4(n);
  }

  /** An integer |n| < 2^53 as int8. */
  int8(n: number): this {
    this.ensure(12);
    const hi = Math.floor(n / TWO_32);
    this.view.setInt32(this.pos, 8);
    this.view.setInt32(this.pos + 4, hi);
    this.view.setUint32(this.pos + 8, n - hi * TWO_32);
    this.pos += 12;
    return this;
  }

  /** A Day (days since 1970-01-01) as date. */
  date(d: number): this {
    return this.int4(d - PG_EPOCH_DAY);
  }

  dateOrNull(d: number | null): this {
    return d === null ? this.null() : this.date(d);
  }

  /** An integer count of 1/10,000 units (a rate) as numeric with 4 decimals: 3000 → 0.3000. */
  numeric4(units: number): this {
    return this.block(BinaryRows.numeric4Field(units));
  }

  /**
   * The numeric field (length word included) in numeric_send form: ndigits, weight, sign,
   * dscale, then base-10,000 digits, most significant first; trailing zero digits left out.
   */
  static numeric4Field(units: number): Buffer {
    if (!Number.isSafeInteger(units)) throw new RangeError(`not an integer: ${units}`);
    const neg = units < 0;
    const a = neg ? -units : units;
    let int = Math.floor(a / NBASE);
    const frac = a - int * NBASE;
    const groups: number[] = [];
    while (int > 0) {
      groups.unshift(int % NBASE);
      int = Math.floor(int / NBASE);
    }
    const weight = groups.length - 1;
    if (frac !== 0) groups.push(frac);
    while (groups.length > 0 && groups[groups.length - 1] === 0) groups.pop();
    const ndigits = groups.length;
    const out = Buffer.allocUnsafe(12 + 2 * ndigits);
    out.writeInt32BE(8 + 2 * ndigits, 0);
    out.writeInt16BE(ndigits, 4);
    out.writeInt16BE(ndigits === 0 ? 0 : weight, 6);
    out.writeUInt16BE(neg && ndigits > 0 ? 0x4000 : 0, 8);
    out.writeInt16BE(4, 10);
    groups.forEach((g, i) => out.writeInt16BE(g, 12 + 2 * i));
    return out;
  }

  text(s: string): this {
    this.ensure(4 + s.length * 3);
    // utf8Write skips Buffer#write's argument juggling (a tenth of a pay run's encoding time).
    const n = (this.buf as Buffer & { utf8Write(s: string, at: number): number }).utf8Write(s, this.pos + 4);
    this.view.setInt32(this.pos, n);
    this.pos += 4 + n;
    return this;
  }

  /** A uuid field straight from its text form (no intermediate buffer). */
  uuid(s: string): this {
    this.ensure(20);
    const buf = this.buf;
    this.view.setInt32(this.pos, 16);
    let at = this.pos + 4;
    let nibbles = 0;
    let byte = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 45) continue; // '-'
      const d = c < 128 ? (HEX[c] as number) : -1;
      if (d < 0 || nibbles >= 32) throw new RangeError(`not a uuid: ${s}`);
      byte = (byte << 4) | d;
      if (++nibbles % 2 === 0) {
        buf[at++] = byte;
        byte = 0;
      }
    }
    if (nibbles !== 32) throw new RangeError(`not a uuid: ${s}`);
    this.pos = at;
    return this;
  }

  uuidOrNull(s: string | null): this {
    return s === null ? this.null() : this.uuid(s);
  }

  /**
   * A uuid field (or NULL) that rows often repeat from the row before (a person's id on each of
   * their lines, an EA's on each unit): when `s` is the text last written in this slot, its 20
   * encoded bytes are copied instead of parsing the text again.
   */
  uuidRepeat(slot: number, s: string | null): this {
    if (s === null) return this.null();
    if (this.lastText[slot] === s) {
      this.ensure(20);
      const from = this.lastAt[slot] as number;
      this.buf.copyWithin(this.pos, from, from + 20);
      this.pos += 20;
      return this;
    }
    this.lastText[slot] = s;
    this.lastAt[slot] = this.pos;
    return this.uuid(s);
  }

  textOrNull(s: string | null): this {
    return s === null ? this.null() : this.text(s);
  }

  /** A jsonb field from its JSON text (or NULL): the binary form is a version byte (1), then the text. */
  jsonbOrNull(json: string | null): this {
    if (json === null) return this.null();
    this.ensure(5 + json.length * 3);
    const n = (this.buf as Buffer & { utf8Write(s: string, at: number): number }).utf8Write(json, this.pos + 5);
    this.view.setInt32(this.pos, n + 1);
    this.buf[this.pos + 4] = 1;
    this.pos += 5 + n;
    return this;
  }

  /** The rows so far with the end marker: a complete COPY input. The builder is done. */
  finish(): Buffer {
    this.ensure(2);
    this.view.setInt16(this.pos, -1);
    return this.buf.subarray(0, this.pos + 2);
  }

  static int4Field(n: number): Buffer {
    const out = Buffer.allocUnsafe(8);
    out.writeInt32BE(4, 0);
    out.writeInt32BE(n, 4);
    return out;
  }

  /** Several fields encoded once, for reuse with {@link BinaryRows.block} (e.g. the ids every line of a person repeats). */
  static fields(...values: Buffer[]): Buffer {
    const out = Buffer.allocUnsafe(values.reduce((n, v) => n + 4 + v.length, 0));
    let p = 0;
    for (const v of values) {
      out.writeInt32BE(v.length, p);
      v.copy(out, p + 4);
      p += 4 + v.length;
    }
    return out;
  }
}
