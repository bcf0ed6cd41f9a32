import { describe, expect, it } from '@jest/globals';
import { NotFoundException } from '@nestjs/common';
import { Prisma } from '../../src/generated/prisma/client.js';
import { AppError } from '../../src/common/errors/app-error.js';
import { toErrorBody } from '../../src/common/errors/app-exception.filter.js';

const prismaError = (code: string, meta?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError('db error', { code, clientVersion: 'test', meta });

describe('error mapping', () => {
  it.each([
    [new AppError('EA_UNKNOWN', 'enumeration area not found'), 404, 'EA_UNKNOWN'],
    [new AppError('IMPORT_INVALID', '2 rows have errors', [{ row: 3, field: 'iban', code: 'IBAN_INVALID' }]), 422, 'IMPORT_INVALID'],
    [prismaError('P2002', { target: ['code'] }), 409, 'UNIQUE_VIOLATION'],
    [prismaError('P2025'), 404, 'NOT_FOUND'],
    [prismaError('P2034'), 409, 'SERIALIZATION_CONFLICT'],
    [prismaError('P2010'), 500, 'INTERNAL'],
    [new NotFoundException('Cannot GET /nope'), 404, 'ROUTE_NOT_FOUND'],
    [Object.assign(new Error('too large'), { status: 413, type: 'entity.too.large' }), 413, 'PAYLOAD_TOO_LARGE'],
    [Object.assign(new Error('bad json'), { status: 400, type: 'entity.parse.failed' }), 400, 'VALIDATION_FAILED'],
    [new TypeError('x is undefined'), 500, 'INTERNAL'],
  ])('%# maps %s to %i %s', (error, status, code) => {
    const mapped = toErrorBody(error);
    expect(mapped.status).toBe(status);
    expect(mapped.body.code).toBe(code);
    // Causes of 500s are logged, never sent.
    expect(status === 500 ? mapped.body.message : 'internal error').toBe('internal error');
    expect(mapped.log).toBe(status === 500);
  });

  it('keeps row-level details of domain errors', () => {
    const detail = { row: 7, field: 'ea_code', code: 'UNKNOWN_EA', params: { ea: '0042' } };
    const mapped = toErrorBody(new AppError('IMPORT_INVALID', '1 row has errors', [detail]));
    expect(mapped.body).toEqual({ code: 'IMPORT_INVALID', message: '1 row has errors', details: [detail] });
  });

  it('names the unique field on P2002', () => {
    expect(toErrorBody(prismaError('P2002', { target: ['nationalId'] })).body.message).toBe(
      'a record with the same nationalId already exists',
    );
  });
});
