import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { Role } from '../../src/generated/prisma/enums.js';
import { maskIban } from '../../src/staff/domain/iban-mask.js';
import { auditFor, createStaff, kosovoIban } from '../support/factories.js';
import { computeRunOverHttp, createAssignedEnumerator, createExampleTariff } from '../support/payroll-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Bank details under four eyes (issue 13, item 5): only FINANCE/ADMIN request an IBAN, a
 * second finance user confirms it, pay runs pay confirmed versions only, imports by other
 * roles or without an iban column never touch bank details, every step is audited masked.
 */
describe('bank details under four eyes', () => {
  let t: TestApp;
  let finance1: string;
  let finance2: string;
  let admin: string;
  let logistics: string;
  let prishtine: string;

  beforeAll(async () => {
    t = await startTestApp();
    finance1 = await t.tokenFor(Role.FINANCE);
    finance2 = await t.tokenFor(Role.FINANCE);
    admin = await t.tokenFor(Role.ADMIN);
    logistics = await t.tokenFor(Role.LOGISTICS);
    prishtine = await t.tokenFor(Role.MUNICIPALITY, 'prishtine');
  });
  afterAll(async () => {
    await t.close();
  });

  const staffOf = (id: string) => t.db.prisma.staffMember.findUniqueOrThrow({ where: { id }, select: { iban: true, ibanVersion: true } });
  const requestIban = (token: string, id: string, iban: string) =>
    t.http().post(`/api/v1/staff/${id}/bank-accounts`).set('authorization', token).send({ iban });
  const decide = (token: string, changeId: string, decision: 'confirm' | 'reject') =>
    t.http().post(`/api/v1/bank-account-changes/${changeId}/${decision}`).set('authorization', token);

  it('refuses LOGISTICS and MUNICIPALITY users any IBAN change (403), on PATCH, POST and the request route', async () => {
    const p = await createStaff(t.db, 'prishtine');
    const patched = await t.http().patch(`/api/v1/staff/${p.id}`).set('authorization', logistics).send({ iban: kosovoIban() }).expect(403);
    expect(patched.body.error).toMatchObject({ code: 'IBAN_FORBIDDEN', details: [{ field: 'iban' }] });
    await t.http().patch(`/api/v1/staff/${p.id}`).set('authorization', prishtine).send({ iban: kosovoIban() }).expect(403);
    await requestIban(logistics, p.id, kosovoIban()).expect(403);
    await requestIban(prishtine, p.id, kosovoIban()).expect(403);
    await t.http().get('/api/v1/bank-account-changes').set('authorization', logistics).expect(403);
    expect(await staffOf(p.id)).toEqual({ iban: p.iban, ibanVersion: 1 });
    expect(await t.db.prisma.staffBankAccount.count({ where: { staffId: p.id } })).toBe(1);
  });

  it('makes a change pending until a second finance user confirms it; the requester cannot confirm; audits masked old and new', async () => {
    const p = await createStaff(t.db, 'prishtine');
    const next = kosovoIban();
    const patched = await t.http().patch(`/api/v1/staff/${p.id}`).set('authorization', finance1).send({ iban: next }).expect(200);
    // Still the confirmed account; the new one waits.
    expect(patched.body).toMatchObject({ iban: p.iban, ibanVersion: 1, ibanPending: { version: 2, iban: next } });
    expect(await staffOf(p.id)).toEqual({ iban: p.iban, ibanVersion: 1 });

    const pending = await t.http().get('/api/v1/bank-account-changes?status=PENDING').set('authorization', finance2).expect(200);
    const change = (pending.body.items as Array<{ id: string; staffId: string }>).find((c) => c.staffId === p.id);
    expect(change).toMatchObject({
      version: 2,
      iban: next,
      status: 'PENDING',
      source: 'api',
      requestedBy: { id: t.userIdOf(finance1) },
      inForce: { iban: p.iban, version: 1 },
    });
    const changeId = (change as { id: string }).id;

    // A second request while one is pending: refused, the pending one stays.
    const again = await requestIban(finance2, p.id, kosovoIban()).expect(409);
    expect(again.body.error.code).toBe('IBAN_CHANGE_PENDING');

    const own = await decide(finance1, changeId, 'confirm').expect(403);
    expect(own.body.error.code).toBe('IBAN_FOUR_EYES');
    expect(await staffOf(p.id)).toEqual({ iban: p.iban, ibanVersion: 1 });

    const confirmed = await decide(finance2, changeId, 'confirm').expect(200);
    expect(confirmed.body).toMatchObject({
      status: 'CONFIRMED',
      decidedBy: { id: t.userIdOf(finance2) },
      inForce: { iban: next, version: 2 },
    });
    expect(await staffOf(p.id)).toEqual({ iban: next, ibanVersion: 2 });
    await decide(admin, changeId, 'reject').expect(409);

    const events = (await auditFor(t.db.prisma, p.id)).filter((e) => e.action.startsWith('iban-'));
    expect(events.map((e) => [e.action, e.actorId, e.details])).toEqual([
      ['iban-change-requested', t.userIdOf(finance1), { version: 2, source: 'api', from: maskIban(p.iban as string), to: maskIban(next) }],
      [
        'iban-change-confirmed',
        t.userIdOf(finance2),
        { version: 2, requestedById: t.userIdOf(finance1), from: maskIban(p.iban as string), to: maskIban(next), previousVersion: 1 },
      ],
    ]);
    const trail = JSON.stringify(events.map((e) => e.details));
    expect(trail).not.toContain(next);
    expect(trail).not.toContain(p.iban as string);

    const history = await t.http().get(`/api/v1/staff/${p.id}/bank-accounts`).set('authorization', admin).expect(200);
    expect((history.body.items as Array<{ version: number; status: string }>).map((v) => [v.version, v.status])).toEqual([
      [2, 'CONFIRMED'],
      [1, 'CONFIRMED'],
    ]);
  });

  it('keeps the account in force when a change is rejected (the requester may withdraw their own)', async () => {
    const p = await createStaff(t.db, 'prishtine');
    const asked = await requestIban(admin, p.id, kosovoIban()).expect(200);
    expect(asked.body).toMatchObject({ requested: true, change: { version: 2, status: 'PENDING' } });
    const rejected = await decide(admin, asked.body.change.id, 'reject').expect(200);
    expect(rejected.body).toMatchObject({ status: 'REJECTED', inForce: { iban: p.iban, version: 1 } });
    expect(await staffOf(p.id)).toEqual({ iban: p.iban, ibanVersion: 1 });
    await decide(finance2, asked.body.change.id, 'confirm').expect(409);
    // The IBAN already in force is no change at all.
    const same = await requestIban(finance1, p.id, p.iban as string).expect(200);
    expect(same.body.requested).toBe(false);
    expect((await auditFor(t.db.prisma, p.id)).map((e) => e.action)).toEqual(['iban-change-requested', 'iban-change-rejected']);
  });

  describe('imports', () => {
    const HEADER = 'national_id,kind,full_name,community,language,municipality_code';
    const row = (s: { nationalId: string; fullName: string }) => `${s.nationalId},ENUMERATOR,${s.fullName},ALBANIAN,SQ,prishtine`;
    const importCsv = (token: string, csv: string) =>
      t.http().post('/api/v1/imports/staff').set('authorization', token).set('content-type', 'text/csv').send(csv);

    it('refuses a municipality or logistics file with an iban column, whole, and changes nothing', async () => {
      const p = await createStaff(t.db, 'prishtine');
      const csv = [`${HEADER},iban`, `${row(p)},${kosovoIban()}`, ''].join('\n');
      for (const token of [prishtine, logistics]) {
        const res = await importCsv(token, csv).expect(403);
        expect(res.body.error).toMatchObject({ code: 'IBAN_FORBIDDEN', details: [{ row: 1, field: 'iban' }] });
      }
      expect(await staffOf(p.id)).toEqual({ iban: p.iban, ibanVersion: 1 });
      expect(await t.db.prisma.staffBankAccount.count({ where: { staffId: p.id } })).toBe(1);
    });

    it('leaves stored IBANs intact when the file has no iban column', async () => {
      const p = await createStaff(t.db, 'prishtine');
      const renamed = `${p.fullName} Gashi`;
      const res = await importCsv(prishtine, [HEADER, row({ nationalId: p.nationalId, fullName: renamed }), ''].join('\n')).expect(200);
      expect(res.body).toMatchObject({ updated: 1, ibanChangesRequested: 0 });
      expect(await t.db.prisma.staffMember.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
        fullName: renamed,
        iban: p.iban,
        ibanVersion: 1,
      });
    });

    it('turns a finance file’s IBANs into pending changes, not applied; a blank cell keeps the account', async () => {
      const changed = await createStaff(t.db, 'prishtine');
      const kept = await createStaff(t.db, 'prishtine');
      const next = kosovoIban();
      const csv = [`${HEADER},iban`, `${row(changed)},${next}`, `${row(kept)},`, ''].join('\n');
      const res = await importCsv(finance1, csv).expect(200);
      // Both rows update (their blank phone and e-mail clear the stored ones); one requests an IBAN.
      expect(res.body).toMatchObject({ updated: 2, ibanChangesRequested: 1 });
      expect(await staffOf(changed.id)).toEqual({ iban: changed.iban, ibanVersion: 1 });
      expect(await staffOf(kept.id)).toEqual({ iban: kept.iban, ibanVersion: 1 });
      const pending = await t.db.prisma.staffBankAccount.findMany({ where: { staffId: changed.id, status: 'PENDING' } });
      expect(pending.map((v) => [v.version, v.iban, v.source, v.requestedById])).toEqual([[2, next, 'import', t.userIdOf(finance1)]]);
      const [event] = (await auditFor(t.db.prisma, changed.id)).filter((e) => e.action === 'iban-change-requested');
      expect(event?.details).toEqual({ version: 2, source: 'import', from: maskIban(changed.iban as string), to: maskIban(next) });
      // The same file again is no change; a different IBAN while one is pending is a row error.
      expect((await importCsv(finance1, csv).expect(200)).body).toMatchObject({ updated: 0, ibanChangesRequested: 0 });
      const other = await importCsv(finance1, [`${HEADER},iban`, `${row(changed)},${kosovoIban()}`, ''].join('\n')).expect(422);
      expect(other.body.error.details).toMatchObject([
        { row: 2, field: 'iban', code: 'IBAN_CHANGE_PENDING', reason: expect.stringMatching(/awaits confirmation/) },
      ]);
      // FINANCE imports staff only.
      await t
        .http()
        .post('/api/v1/imports/eas')
        .set('authorization', finance1)
        .set('content-type', 'text/csv')
        .send('ea_code\n')
        .expect(403);
    });
  });

  describe('pay runs', () => {
    it('pays the previous confirmed IBAN while a change is pending, blocks a person with none, and pays the new one after confirmation', async () => {
      await createExampleTariff(t.db);
      const switching = await createAssignedEnumerator(t.db, 'gjilan');
      const newcomer = await createAssignedEnumerator(t.db, 'gjilan', { staff: { iban: null } });
      const before = await staffOf(switching.enumeratorId);
      const next = kosovoIban();
      await requestIban(finance1, switching.enumeratorId, next).expect(200);
      const first = await requestIban(finance1, newcomer.enumeratorId, kosovoIban()).expect(200);

      const runId = await computeRunOverHttp(t, finance1, { municipalityCode: 'gjilan' });
      const person = (id: string) =>
        t.db.prisma.payPerson.findUniqueOrThrow({
          where: { runId_staffId: { runId, staffId: id } },
          select: { status: true, blockReasons: true, iban: true, ibanVersion: true },
        });
      expect(await person(switching.enumeratorId)).toEqual({ status: 'PAYABLE', blockReasons: null, iban: before.iban, ibanVersion: 1 });
      expect(await person(newcomer.enumeratorId)).toEqual({
        status: 'BLOCKED',
        blockReasons: [{ code: 'BANK_AWAITING_CONFIRMATION', params: {} }],
        iban: null,
        ibanVersion: null,
      });

      const changes = await t.http().get('/api/v1/bank-account-changes?status=PENDING').set('authorization', finance2).expect(200);
      const mine = (changes.body.items as Array<{ id: string; staffId: string }>).filter((c) =>
        [switching.enumeratorId, newcomer.enumeratorId].includes(c.staffId),
      );
      expect(mine).toHaveLength(2);
      for (const c of mine) await decide(finance2, c.id, 'confirm').expect(200);

      await t.http().post(`/api/v1/payroll/runs/${runId}/recompute`).set('authorization', finance1).expect(202);
      for (let i = 0; i < 600; i++) {
        const res = await t.http().get(`/api/v1/payroll/runs/${runId}`).set('authorization', finance1).expect(200);
        if (res.body.status === 'COMPUTED') break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(await person(switching.enumeratorId)).toEqual({ status: 'PAYABLE', blockReasons: null, iban: next, ibanVersion: 2 });
      expect(await person(newcomer.enumeratorId)).toMatchObject({ status: 'PAYABLE', iban: first.body.change.iban, ibanVersion: 1 });

      // Approved by a second finance user, the bank file names the confirmed version paid.
      await t.http().post(`/api/v1/payroll/runs/${runId}/approve`).set('authorization', finance2).expect(200);
      const bank = await t.http().get(`/api/v1/payroll/runs/${runId}/exports/bank.csv`).set('authorization', finance1).expect(200);
      const rows = parse(bank.text, { columns: true }) as Array<{ iban: string; iban_version: string }>;
      expect(rows.find((r) => r.iban === next)?.iban_version).toBe('2');
      expect(rows.find((r) => r.iban === first.body.change.iban)?.iban_version).toBe('1');
    });
  });
});
