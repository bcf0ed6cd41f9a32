import { describe, expect, it } from '@jest/globals';
import { notice } from '../../src/common/text/notice.js';
import { day } from '../../src/payroll/domain/days.js';
import type { PersonRecord } from '../../src/payroll/runs/person-record.js';
import { ChunkEncoder, type CopyCodec, copyInto, PAY_LINE_COPY, PAY_PERSON_COPY } from '../../src/payroll/runs/pay-run-writer.js';

/** Byte width of the fixed-size codecs in binary COPY. */
const WIDTH: Partial<Record<CopyCodec, number>> = { uuid: 16, int4: 4, int8: 8, date: 4 };

/** The rows of a binary COPY input: per row, each field's bytes (null for NULL). */
function decode(buf: Buffer): (Buffer | null)[][] {
  expect(buf.subarray(0, 11).toString('latin1')).toBe('PGCOPY\n\xff\r\n\0');
  let at = 11 + 8;
  const rows: (Buffer | null)[][] = [];
  for (;;) {
    const n = buf.readInt16BE(at);
    at += 2;
    if (n === -1) break;
    const row: (Buffer | null)[] = [];
    for (let i = 0; i < n; i++) {
      const len = buf.readInt32BE(at);
      at += 4;
      row.push(len === -1 ? null : buf.subarray(at, at + len));
      if (len > 0) at += len;
    }
    rows.push(row);
  }
  expect(at).toBe(buf.length);
  return rows;
}

function expectColumns(rows: (Buffer | null)[][], columns: readonly (readonly [string, CopyCodec])[]): void {
  for (const row of rows) {
    expect(row).toHaveLength(columns.length);
    columns.forEach(([name, codec], i) => {
      const field = row[i];
      const width = WIDTH[codec];
      if (field !== null && field !== undefined && width !== undefined) expect([name, field.length]).toEqual([name, width]);
    });
  }
}

const RUN = '6f1c2b7e-3a41-4d0e-9a57-2c8e1f0b9d34';
const person: PersonRecord = {
  staffId: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
  kind: 'ENUMERATOR',
  municipalityId: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
  engagementStart: day('2023-10-16'),
  engagementEnd: day('2023-12-15'),
  iban: 'XK051212012345678906',
  ibanVersion: 1,
  ibanAwaiting: false,
  fullName: 'Arta Krasniqi',
  hasAssignment: true,
  counts: [],
  contracts: null,
  contractNumber: null,
};

describe('pay-run writer', () => {
  it('writes every declared column of PayLine and PayPerson, in order, at the width of its codec', () => {
    const enc = new ChunkEncoder(RUN, 3, { next: 1 }, 1 << 12);
    enc.add(person, {
      status: 'PAYABLE',
      pay: {
        staffId: person.staffId,
        gross: 15_000,
        deductions: 0,
        net: 15_000,
        blockReasons: [],
        lines: [
          {
            lineType: 'PREPARATORY',
            eaId: null,
            unit: null,
            countId: null,
            periodFrom: day('2023-10-02'),
            periodTo: day('2023-10-13'),
            quantity: 10,
            basis: 10,
            rate: 1_500_000,
            amount: 15_000,
            description: notice('PREP_PRORATED', { attended: 3, trainingDays: 5, notPaidAmount: '60.00' }),
          },
          {
            lineType: 'PIECE',
            eaId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
            unit: 'HOUSEHOLD',
            countId: '5b0e3f6a-2c1d-4e8b-9a70-1f2e3d4c5b6a',
            periodFrom: null,
            periodTo: null,
            quantity: 0,
            basis: null,
            rate: 10_000,
            amount: 0,
            description: null,
          },
        ],
      },
    });
    const lines = decode(enc.lines.finish());
    expect(lines).toHaveLength(2);
    expectColumns(lines, PAY_LINE_COPY);
    const people = decode(enc.people.finish());
    expect(people).toHaveLength(1);
    expectColumns(people, PAY_PERSON_COPY);
  });

  it('names the same columns in its COPY statements', () => {
    expect(copyInto('"PayLine_x"', PAY_LINE_COPY)).toBe(
      'COPY "PayLine_x"("id","runId","staffId","municipalityId","lineType","eaId","unit","countId","periodFrom","periodTo","quantity","basis","rate","amountCents","tariffVersion","description") FROM STDIN (FORMAT binary)',
    );
    expect(copyInto('"PayPerson_x"', PAY_PERSON_COPY)).toContain('("runId","staffId","municipalityId","kind","status","blockReasons",');
  });
});
