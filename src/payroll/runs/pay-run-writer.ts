import { BinaryRows, uuidBytes } from '../../common/prisma/copy-binary.js';
import type { PersonOutcome } from '../domain/settle-pay.js';
import type { PersonRecord } from './person-record.js';

/**
 * What the pay-run engine writes, in one place: the columns of PayLine and PayPerson it fills,
 * in COPY order, and the encoder that writes exactly those fields in that order. Adding a
 * column is an entry here, its write in {@link ChunkEncoder} right below, and the migration;
 * the COPY statements and each row's field count are derived from these lists, and
 * test/unit/pay-run-writer.spec.ts decodes encoded rows against them (count, and the width of
 * every fixed-size field).
 */
export type CopyCodec = 'uuid' | 'int4' | 'int8' | 'date' | 'numeric' | 'text' | 'enum' | 'jsonb';

export const PAY_LINE_COPY = [
  ['id', 'int8'],
  ['runId', 'uuid'],
  ['staffId', 'uuid'],
  ['municipalityId', 'uuid'],
  ['lineType', 'enum'],
  ['eaId', 'uuid'],
  ['unit', 'enum'],
  ['countId', 'uuid'],
  ['periodFrom', 'date'],
  ['periodTo', 'date'],
  ['quantity', 'int4'],
  ['basis', 'int4'],
  ['rate', 'numeric'],
  ['amountCents', 'int8'],
  ['tariffVersion', 'int4'],
  ['description', 'jsonb'],
] as const satisfies readonly (readonly [string, CopyCodec])[];

export const PAY_PERSON_COPY = [
  ['runId', 'uuid'],
  ['staffId', 'uuid'],
  ['municipalityId', 'uuid'],
  ['kind', 'enum'],
  ['status', 'enum'],
  ['blockReasons', 'jsonb'],
  ['grossCents', 'int8'],
  ['deductionsCents', 'int8'],
  ['netCents', 'int8'],
  ['fullName', 'text'],
  ['iban', 'text'],
  ['ibanVersion', 'int4'],
  ['contractNumber', 'text'],
] as const satisfies readonly (readonly [string, CopyCodec])[];

const LINE_FIELDS = PAY_LINE_COPY.length;
const PERSON_FIELDS = PAY_PERSON_COPY.length;

/** The binary COPY statement filling `table` (a run's own partition) with `columns`. */
export function copyInto(table: string, columns: readonly (readonly [string, CopyCodec])[]): string {
  return `COPY ${table}(${columns.map(([name]) => `"${name}"`).join(',')}) FROM STDIN (FORMAT binary)`;
}

/** Field bytes (length word included) that lines repeat: enum labels, ids, rates. */
const LABEL_FIELDS = new Map<string, Buffer>();
const labelField = (s: string): Buffer => {
  let b = LABEL_FIELDS.get(s);
  // An enum value's binary COPY form is its label.
  if (!b) LABEL_FIELDS.set(s, (b = BinaryRows.fields(Buffer.from(s, 'latin1'))));
  return b;
};

/** One chunk's results as binary COPY rows for PayLine and PayPerson ({@link PAY_LINE_COPY}, {@link PAY_PERSON_COPY}). */
export class ChunkEncoder {
  readonly lines: BinaryRows;
  readonly people: BinaryRows;
  private readonly run: Buffer;
  private readonly version: Buffer;
  private readonly municipalities = new Map<string, Buffer>();
  private readonly rates = new Map<number, Buffer>();

  /**
   * @param lineIds the run's line numbers, shared by all partitions: lines written by the engine
   *   are numbered 1, 2, … within their run (a person's lines consecutively), so no COPY row
   *   calls the id sequence — nextval per row was a quarter of an unindexed insert.
   */
  constructor(
    runId: string,
    tariffVersion: number,
    private readonly lineIds: { next: number },
    chunkBytes: number,
  ) {
    this.lines = new BinaryRows(chunkBytes + (chunkBytes >> 2));
    this.people = new BinaryRows(chunkBytes >> 2);
    this.run = BinaryRows.fields(uuidBytes(runId));
    this.version = BinaryRows.int4Field(tariffVersion);
  }

  private municipality(id: string): Buffer {
    let b = this.municipalities.get(id);
    if (!b) this.municipalities.set(id, (b = BinaryRows.fields(uuidBytes(id))));
    return b;
  }

  private rate(units: number): Buffer {
    let b = this.rates.get(units);
    if (!b) this.rates.set(units, (b = BinaryRows.numeric4Field(units)));
    return b;
  }

  /** One person's lines and their PayPerson row; each write is the column of the same place in the lists above. */
  add(p: PersonRecord, o: PersonOutcome): void {
    const municipality = this.municipality(p.municipalityId);
    for (const l of o.pay.lines) {
      this.lines
        .row(LINE_FIELDS)
        .int8(this.lineIds.next++) // id
        .block(this.run) // runId
        .uuidRepeat(0, p.staffId) // staffId
        .block(municipality) // municipalityId
        .block(labelField(l.lineType)) // lineType
        .uuidRepeat(1, l.eaId) // eaId
        .blockOrNull(l.unit === null ? null : labelField(l.unit)) // unit
        .uuidRepeat(2, l.countId) // countId
        .dateOrNull(l.periodFrom) // periodFrom
        .dateOrNull(l.periodTo) // periodTo
        .int4(l.quantity) // quantity
        .int4OrNull(l.basis) // basis
        .block(this.rate(l.rate)) // rate
        .int8(l.amount) // amountCents
        .block(this.version) // tariffVersion
        .jsonbOrNull(l.description === null ? null : JSON.stringify(l.description)); // description
    }
    this.people
      .row(PERSON_FIELDS)
      .block(this.run) // runId
      .uuid(p.staffId) // staffId
      .block(municipality) // municipalityId
      .block(labelField(p.kind)) // kind
      .block(labelField(o.status)) // status
      .jsonbOrNull(o.pay.blockReasons.length ? JSON.stringify(o.pay.blockReasons) : null) // blockReasons
      .int8(o.pay.gross) // grossCents
      .int8(o.pay.deductions) // deductionsCents
      .int8(o.pay.net) // netCents
      .text(p.fullName) // fullName
      .textOrNull(p.iban) // iban
      .int4OrNull(p.ibanVersion) // ibanVersion
      .textOrNull(p.contractNumber); // contractNumber
  }
}
