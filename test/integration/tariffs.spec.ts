import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/generated/prisma/enums.js';
import { EXAMPLE_TARIFF } from '../../src/payroll/tariffs/tariff.demo.js';
import { TariffRepository, toRules } from '../../src/payroll/tariffs/tariff.repository.js';
import { EXAMPLE_TARIFF_NAME } from '../../src/payroll/tariffs/tariff.demo.js';
import { createExampleTariff, createTariff } from '../support/payroll-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { worded } from '../support/english.js';

const body = (o: Record<string, unknown> = {}) => ({ name: 'Revised rates', effectiveFrom: '2023-11-20', ...EXAMPLE_TARIFF, ...o });

describe('tariffs', () => {
  let t: TestApp;
  let finance: string;
  let v1: string;

  beforeAll(async () => {
    t = await startTestApp();
    v1 = (await createExampleTariff(t.db)).id;
    finance = await t.tokenFor(Role.FINANCE);
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows the example tariff as version 1 with amounts as strings', async () => {
    const res = await t.http().get(`/api/v1/payroll/tariffs/${v1}`).set('Authorization', finance).expect(200);
    expect(res.body).toEqual({
      id: v1,
      censusId: (await t.db.prisma.census.findUniqueOrThrow({ where: { code: 'xk-2023' } })).id,
      version: 1,
      name: EXAMPLE_TARIFF_NAME,
      effectiveFrom: '2023-10-01',
      currency: 'EUR',
      supervisorMonthly: '600.00',
      payMonths: [
        { from: '2023-10-15', to: '2023-11-14' },
        { from: '2023-11-15', to: '2023-12-15' },
      ],
      prepAmount: '150.00',
      prepFrom: '2023-10-16',
      prepTo: '2023-10-30',
      interviewFrom: '2023-11-01',
      interviewTo: '2023-12-15',
      rateBuilding: '0.3000',
      rateDwelling: '0.5000',
      rateHousehold: '1.0000',
      rateIndividual: '0.8000',
      rateDiaspora: '0.5000',
      taxPercent: '0.00',
      createdAt: expect.any(String),
      createdById: null,
    });
  });

  it('creates the next version, audits it, and leaves the old one as it was', async () => {
    const before = await t.db.prisma.tariff.findUniqueOrThrow({ where: { id: v1 } });
    const { _max } = await t.db.prisma.tariff.aggregate({ _max: { version: true } });
    const res = await t
      .http()
      .post('/api/v1/payroll/tariffs')
      .set('Authorization', finance)
      .send(body({ rateIndividual: '0.85', taxPercent: '10' }))
      .expect(201);
    expect(res.body).toMatchObject({
      version: (_max.version ?? 0) + 1,
      name: 'Revised rates',
      effectiveFrom: '2023-11-20',
      rateIndividual: '0.8500',
      taxPercent: '10.00',
      createdById: t.userIdOf(finance),
    });
    expect(await t.db.prisma.tariff.findUniqueOrThrow({ where: { id: v1 } })).toEqual(before);
    const events = await t.db.prisma.auditEvent.findMany({ where: { entity: 'Tariff', entityIds: { has: res.body.id } } });
    expect(events).toEqual([expect.objectContaining({ action: 'created', actorId: t.userIdOf(finance) })]);

    const list = await t.http().get('/api/v1/payroll/tariffs').set('Authorization', finance).expect(200);
    const versions = list.body.items.map((x: { version: number }) => x.version);
    expect(versions).toEqual([...versions].sort((a: number, b: number) => b - a));
    expect(versions[0]).toBe(res.body.version);
    expect(list.body.total).toBe(versions.length);
  });

  it('answers 422 TARIFF_INVALID with every problem by field', async () => {
    const count = await t.db.prisma.tariff.count();
    const res = await t
      .http()
      .post('/api/v1/payroll/tariffs')
      .set('Authorization', finance)
      .send(
        body({
          supervisorMonthly: '600.005',
          rateBuilding: '0.12345',
          prepTo: '2023-10-01',
          payMonths: [
            { from: '2023-10-15', to: '2023-11-14' },
            { from: '2023-11-01', to: '2023-12-15' },
          ],
          taxPercent: '150',
        }),
      )
      .expect(422);
    expect(res.body.error.code).toBe('TARIFF_INVALID');
    expect(worded(res.body.error.details)).toEqual(
      expect.arrayContaining([
        { field: 'supervisorMonthly', reason: expect.stringMatching(/amount like/) },
        { field: 'rateBuilding', reason: expect.stringMatching(/4 decimals/) },
        { field: 'prepFrom', reason: 'ends before it starts' },
        { field: 'payMonths', reason: 'pay months overlap at 1 November 2023' },
        { field: 'taxPercent', reason: expect.stringMatching(/0–100/) },
      ]),
    );
    expect(res.body.error.details).toHaveLength(5);

    const shape = await t
      .http()
      .post('/api/v1/payroll/tariffs')
      .set('Authorization', finance)
      .send(body({ version: 7, rateDwelling: 0.5, interviewFrom: '2023-11-31', name: '' }))
      .expect(422);
    expect(worded(shape.body.error.details)).toEqual(
      expect.arrayContaining([
        { field: 'version', reason: 'is not a tariff field (the version is assigned, never sent)' },
        { field: 'rateDwelling', reason: 'must be a decimal number as a string, e.g. "0.50"' },
        { field: 'interviewFrom', reason: 'is not a calendar date' },
        { field: 'name', reason: 'is required' },
      ]),
    );
    expect(await t.db.prisma.tariff.count()).toBe(count);
  });

  it('lets every role read and only ADMIN and FINANCE create', async () => {
    for (const role of [Role.LOGISTICS, Role.MUNICIPALITY]) {
      const token = await t.tokenFor(role, role === Role.MUNICIPALITY ? 'prizren' : undefined);
      await t.http().get('/api/v1/payroll/tariffs').set('Authorization', token).expect(200);
      await t.http().get(`/api/v1/payroll/tariffs/${v1}`).set('Authorization', token).expect(200);
      const res = await t.http().post('/api/v1/payroll/tariffs').set('Authorization', token).send(body()).expect(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
    const admin = await t.tokenFor(Role.ADMIN);
    await t
      .http()
      .post('/api/v1/payroll/tariffs')
      .set('Authorization', admin)
      .send(body({ effectiveFrom: '2031-01-01' }))
      .expect(201);
    const unknown = await t
      .http()
      .get('/api/v1/payroll/tariffs/00000000-0000-4000-8000-000000000000')
      .set('Authorization', admin)
      .expect(404);
    expect(unknown.body.error.code).toBe('TARIFF_UNKNOWN');
  });

  it('documents the tariff and counts routes in OpenAPI', async () => {
    const res = await t.http().get('/api/docs/openapi.json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/payroll/tariffs',
        '/api/v1/payroll/tariffs/{id}',
        '/api/v1/payroll/counts/import',
        '/api/v1/payroll/counts',
        '/api/v1/payroll/counts/history',
      ]),
    );
    expect(res.body.paths['/api/v1/payroll/tariffs'].post.requestBody.content['application/json'].schema.properties).toHaveProperty(
      'rateDiaspora',
    );
  });

  it('finds the version in effect on a day and converts it to pay rules', async () => {
    const later = await createTariff(t.db, { effectiveFrom: '2040-01-01', rateHousehold: '1.10' });
    const repo = t.app.get(TariffRepository);
    expect((await repo.effectiveOn('2039-12-31'))?.version).toBeLessThan(later.version);
    const on = await repo.effectiveOn('2040-01-01');
    expect(on?.id).toBe(later.id);
    expect(toRules(on as NonNullable<typeof on>)).toMatchObject({
      version: later.version,
      supervisorMonthly: 60_000,
      rates: { HOUSEHOLD: 11_000, BUILDING: 3_000 },
    });
    expect(await repo.effectiveOn('2023-09-30')).toBeNull();
  });
});
