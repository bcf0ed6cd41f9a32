import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role, StaffKind, StaffStatus } from '../../src/generated/prisma/enums.js';
import { formatIban } from '../../src/staff/domain/iban.js';
import {
  auditFor,
  createAssignment,
  createEa,
  createStaff,
  createTeam,
  kosovoIban,
  nationalId,
  uniq,
  uniqName,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ENGAGEMENT = { engagementStart: '2023-10-15', engagementEnd: '2023-12-15' };

describe('staff and teams API', () => {
  let t: TestApp;
  let admin: string;
  let finance: string;
  let logistics: string;
  let prishtine: string;
  let prizren: string;
  let prishtineId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor(Role.ADMIN);
    finance = await t.tokenFor(Role.FINANCE);
    logistics = await t.tokenFor(Role.LOGISTICS);
    prishtine = await t.tokenFor(Role.MUNICIPALITY, 'prishtine');
    prizren = await t.tokenFor(Role.MUNICIPALITY, 'prizren');
    prishtineId = await t.db.municipalityId('prishtine');
  });
  afterAll(async () => {
    await t.close();
  });

  const staffBody = (o: Record<string, unknown> = {}) => ({
    nationalId: nationalId(),
    kind: 'ENUMERATOR',
    fullName: `  Arbër   ${uniqName()} `,
    phone: '+383 44 123 456',
    email: 'Someone@Example.org',
    iban: formatIban(kosovoIban()).toLowerCase(),
    community: 'albanian',
    languageOfWork: 'SQ',
    municipalityCode: 'prishtine',
    ...ENGAGEMENT,
    ...o,
  });

  describe('staff', () => {
    it('creates a person, stores normalised fields and audits the creation without personal data', async () => {
      const body = staffBody({ nationalId: `ab${nationalId()}` });
      const res = await t.http().post('/api/v1/staff').set('authorization', finance).send(body).expect(201);
      expect(res.body).toMatchObject({
        kind: 'ENUMERATOR',
        nationalId: body.nationalId.toUpperCase(),
        fullName: body.fullName.trim().replace(/\s+/g, ' '),
        email: 'someone@example.org',
        // The IBAN given is a pending bank-account change: none is in force until a second finance user confirms it.
        iban: null,
        ibanVersion: null,
        ibanPending: { version: 1, iban: (body.iban as string).replace(/\s/g, '').toUpperCase() },
        community: 'ALBANIAN',
        municipalityId: prishtineId,
        municipality: { code: 'prishtine' },
        engagementStart: '2023-10-15',
        engagementEnd: '2023-12-15',
        status: 'ACTIVE',
        team: null,
      });
      expect(res.body).not.toHaveProperty('passwordHash');
      const events = await auditFor(t.db.prisma, res.body.id);
      expect(events.map((e) => [e.action, e.entity, e.entityIds, e.municipalityId, e.actorId])).toEqual([
        ['created', 'StaffMember', [res.body.id], prishtineId, t.userIdOf(finance)],
        ['iban-change-requested', 'StaffMember', [res.body.id], prishtineId, t.userIdOf(finance)],
      ]);
      const details = JSON.stringify(events.map((e) => e.details));
      for (const secret of [res.body.fullName, res.body.nationalId, res.body.ibanPending.iban, res.body.email, '123 456'])
        expect(details).not.toContain(secret);
    });

    it('refuses invalid fields, naming each one', async () => {
      const res = await t
        .http()
        .post('/api/v1/staff')
        .set('authorization', admin)
        .send(
          staffBody({
            nationalId: '12 34',
            kind: 'BOSS',
            iban: 'XK05 1212 0123 4567 1235',
            email: 'nope',
            engagementStart: '2023-12-01',
            engagementEnd: '2023-11-01',
            fullName: 'R2D2',
          }),
        )
        .expect(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      const fields = (res.body.error.details as { field: string }[]).map((d) => d.field).sort();
      expect(fields).toEqual(['email', 'engagementEnd', 'fullName', 'iban', 'kind', 'nationalId']);
      expect(JSON.stringify(res.body)).toContain('mod-97');
    });

    it('names each query parameter at fault', async () => {
      const bad = await t.http().get('/api/v1/staff?limit=0&kind=PILOT').set('authorization', admin).expect(400);
      expect(bad.body.error.code).toBe('VALIDATION_FAILED');
      expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['kind', 'limit']);
    });

    it('answers 409 on a duplicate national id and writes nothing', async () => {
      const existing = await createStaff(t.db, 'prizren');
      const eventsBefore = await t.db.prisma.auditEvent.count();
      const res = await t
        .http()
        .post('/api/v1/staff')
        .set('authorization', admin)
        .send(staffBody({ nationalId: existing.nationalId }))
        .expect(409);
      expect(res.body.error).toMatchObject({ code: 'UNIQUE_VIOLATION', details: [{ field: 'nationalId' }] });
      expect(await t.db.prisma.staffMember.count({ where: { nationalId: existing.nationalId } })).toBe(1);
      expect(await t.db.prisma.auditEvent.count()).toBe(eventsBefore);
    });

    it('refuses writes to municipality users', async () => {
      const res = await t.http().post('/api/v1/staff').set('authorization', prishtine).send(staffBody()).expect(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    });

    it('lets an enumerator join a team of the same municipality by code, never a supervisor or another municipality’s team', async () => {
      const team = await createTeam(t.db, 'prishtine');
      const other = await createTeam(t.db, 'prizren');
      const ok = await t
        .http()
        .post('/api/v1/staff')
        .set('authorization', logistics)
        .send(staffBody({ teamCode: team.code.toLowerCase(), iban: undefined }))
        .expect(201);
      expect(ok.body.team).toEqual({ id: team.id, code: team.code });
      const sup = await t
        .http()
        .post('/api/v1/staff')
        .set('authorization', logistics)
        .send(staffBody({ kind: 'SUPERVISOR', teamCode: team.code, iban: undefined }))
        .expect(400);
      expect(sup.body.error.details).toMatchObject([expect.objectContaining({ field: 'teamCode' })]);
      const mismatch = await t
        .http()
        .post('/api/v1/staff')
        .set('authorization', logistics)
        .send(staffBody({ teamCode: other.code, iban: undefined }))
        .expect(422);
      expect(mismatch.body.error).toMatchObject({ code: 'MUNICIPALITY_MISMATCH', details: [{ field: 'teamCode' }] });
      const unknown = await t
        .http()
        .post('/api/v1/staff')
        .set('authorization', logistics)
        .send(staffBody({ teamCode: `NO-${uniq()}`, iban: undefined }))
        .expect(404);
      expect(unknown.body.error).toMatchObject({ code: 'TEAM_UNKNOWN', details: [{ field: 'teamCode' }] });
    });

    it('lists with filters, scoped to the caller, with IBANs masked for municipality users', async () => {
      const stem = uniqName();
      const a = await createStaff(t.db, 'prishtine', { fullName: `${stem} Krasniqi` });
      const b = await createStaff(t.db, 'prishtine', { fullName: `Besa ${stem}`, kind: StaffKind.SUPERVISOR, status: StaffStatus.LEFT });
      const c = await createStaff(t.db, 'prizren', { fullName: `${stem} Gashi` });

      const all = await t.http().get('/api/v1/staff').query({ q: stem.toLowerCase() }).set('authorization', admin).expect(200);
      expect(all.body.total).toBe(3);
      expect(all.body.items.map((x: { id: string }) => x.id).sort()).toEqual([a.id, b.id, c.id].sort());
      expect(all.body.items.find((x: { id: string }) => x.id === a.id).iban).toBe(a.iban);

      const own = await t.http().get('/api/v1/staff').query({ q: stem }).set('authorization', prishtine).expect(200);
      expect(own.body.items.map((x: { id: string }) => x.id).sort()).toEqual([a.id, b.id].sort());
      const masked = own.body.items.find((x: { id: string }) => x.id === a.id).iban as string;
      expect(masked).toBe(`${a.iban?.slice(0, 4)} **** **** **** ${a.iban?.slice(-4)}`);

      const sup = await t
        .http()
        .get('/api/v1/staff')
        .query({ q: stem, kind: 'supervisor', status: 'LEFT' })
        .set('authorization', admin)
        .expect(200);
      expect(sup.body.items.map((x: { id: string }) => x.id)).toEqual([b.id]);
      const byMun = await t.http().get('/api/v1/staff').query({ q: stem, municipality: 'prizren' }).set('authorization', admin).expect(200);
      expect(byMun.body.items.map((x: { id: string }) => x.id)).toEqual([c.id]);
      const byId = await t
        .http()
        .get('/api/v1/staff')
        .query({ q: c.nationalId.slice(0, 8) })
        .set('authorization', admin)
        .expect(200);
      expect(byId.body.items.map((x: { id: string }) => x.id)).toContain(c.id);
      const foreign = await t
        .http()
        .get('/api/v1/staff')
        .query({ q: stem, municipality: 'prizren' })
        .set('authorization', prishtine)
        .expect(200);
      expect(foreign.body).toEqual({ items: [], total: 0, nextCursor: null });
      const first = await t.http().get('/api/v1/staff').query({ q: stem, limit: 1 }).set('authorization', admin).expect(200);
      const paged = await t
        .http()
        .get('/api/v1/staff')
        .query({ q: stem, limit: 1, cursor: first.body.nextCursor })
        .set('authorization', admin)
        .expect(200);
      expect(paged.body.items).toHaveLength(1);
      expect(paged.body.items[0].id).not.toBe(first.body.items[0].id);
      expect(paged.body.total).toBe(3);
    });

    it('filters by team and shows a person with team, led teams and current assignments', async () => {
      const sup = await createStaff(t.db, 'prishtine', { kind: StaffKind.SUPERVISOR });
      const team = await createTeam(t.db, 'prishtine', { supervisorId: sup.id });
      const en = await createStaff(t.db, 'prishtine', { teamId: team.id });
      const ea = await createEa(t.db, 'prishtine');
      const past = await createEa(t.db, 'prishtine');
      const open = await createAssignment(t.db.prisma, {
        eaId: ea.id,
        enumeratorId: en.id,
        municipalityId: prishtineId,
        validFrom: '2023-11-01',
        validTo: null,
      });
      await createAssignment(t.db.prisma, {
        eaId: past.id,
        enumeratorId: en.id,
        municipalityId: prishtineId,
        validFrom: '2023-11-01',
        validTo: '2023-11-05',
      });

      const list = await t.http().get('/api/v1/staff').query({ teamCode: team.code }).set('authorization', prishtine).expect(200);
      expect(list.body.items.map((x: { id: string }) => x.id)).toEqual([en.id]);
      const one = await t.http().get(`/api/v1/staff/${en.id}`).set('authorization', prishtine).expect(200);
      expect(one.body).toMatchObject({ id: en.id, team: { id: team.id, code: team.code }, ledTeams: [] });
      expect(one.body.currentAssignments).toEqual([{ id: open.id, eaId: ea.id, eaCode: ea.code, validFrom: '2023-11-01', validTo: null }]);
      const lead = await t.http().get(`/api/v1/staff/${sup.id}`).set('authorization', admin).expect(200);
      expect(lead.body.ledTeams).toEqual([{ id: team.id, code: team.code }]);
    });

    it('updates some fields, audits the field names, and checks the engagement against stored dates', async () => {
      const p = await createStaff(t.db, 'prishtine', { engagementStart: '2023-10-15' });
      const res = await t
        .http()
        .patch(`/api/v1/staff/${p.id}`)
        .set('authorization', admin)
        .send({ phone: '+383 49 555 666', status: 'suspended' })
        .expect(200);
      expect(res.body).toMatchObject({ phone: '+383 49 555 666', iban: p.iban, ibanVersion: 1, status: 'SUSPENDED', fullName: p.fullName });
      const events = await auditFor(t.db.prisma, p.id);
      expect(events.map((e) => [e.action, e.details])).toEqual([['updated', { fields: ['phone', 'status'] }]]);
      // Bank details are never removed: a new account is requested instead.
      const removal = await t.http().patch(`/api/v1/staff/${p.id}`).set('authorization', admin).send({ iban: null }).expect(400);
      expect(removal.body.error.details).toMatchObject([
        { field: 'iban', code: 'IBAN_NOT_REMOVABLE', params: {}, reason: expect.stringMatching(/request the new account/) },
      ]);

      const bad = await t
        .http()
        .patch(`/api/v1/staff/${p.id}`)
        .set('authorization', admin)
        .send({ engagementEnd: '2023-10-01' })
        .expect(400);
      expect(bad.body.error.details).toMatchObject([
        { field: 'engagementEnd', code: 'ENGAGEMENT_END_BEFORE_START', params: {}, reason: 'engagement end is before engagement start' },
      ]);
      const empty = await t.http().patch(`/api/v1/staff/${p.id}`).set('authorization', admin).send({}).expect(400);
      expect(empty.body.error.code).toBe('VALIDATION_FAILED');
      expect(await auditFor(t.db.prisma, p.id)).toHaveLength(1);
    });

    it('refuses a kind change for a person with assignments or a team to lead, allows it otherwise', async () => {
      const en = await createStaff(t.db, 'prishtine');
      const ea = await createEa(t.db, 'prishtine');
      await createAssignment(t.db.prisma, { eaId: ea.id, enumeratorId: en.id, municipalityId: prishtineId, validFrom: '2023-11-01' });
      const res = await t.http().patch(`/api/v1/staff/${en.id}`).set('authorization', admin).send({ kind: 'SUPERVISOR' }).expect(409);
      expect(res.body.error).toMatchObject({ code: 'STAFF_IN_USE', details: [{ field: 'kind' }] });

      const sup = await createStaff(t.db, 'prishtine', { kind: StaffKind.SUPERVISOR });
      await createTeam(t.db, 'prishtine', { supervisorId: sup.id });
      await t.http().patch(`/api/v1/staff/${sup.id}`).set('authorization', admin).send({ kind: 'ENUMERATOR' }).expect(409);

      const free = await createStaff(t.db, 'prishtine');
      const ok = await t.http().patch(`/api/v1/staff/${free.id}`).set('authorization', admin).send({ kind: 'SUPERVISOR' }).expect(200);
      expect(ok.body.kind).toBe('SUPERVISOR');
    });

    it('refuses engagement dates that would leave an assignment outside the engagement', async () => {
      const en = await createStaff(t.db, 'prishtine');
      const ea = await createEa(t.db, 'prishtine');
      await createAssignment(t.db.prisma, {
        eaId: ea.id,
        enumeratorId: en.id,
        municipalityId: prishtineId,
        validFrom: '2023-11-01',
        validTo: '2023-12-15',
      });
      const res = await t
        .http()
        .patch(`/api/v1/staff/${en.id}`)
        .set('authorization', admin)
        .send({ engagementEnd: '2023-12-01' })
        .expect(422);
      expect(res.body.error.code).toBe('ASSIGNMENT_INVALID');
    });

    it('refuses a national id already used by someone else', async () => {
      const a = await createStaff(t.db, 'prishtine');
      const b = await createStaff(t.db, 'prizren');
      const res = await t.http().patch(`/api/v1/staff/${a.id}`).set('authorization', admin).send({ nationalId: b.nationalId }).expect(409);
      expect(res.body.error.details).toMatchObject([expect.objectContaining({ field: 'nationalId' })]);
    });

    it('deletes a person without history and audits it; refuses people with assignments or a team to lead', async () => {
      const free = await createStaff(t.db, 'prishtine');
      await t.http().delete(`/api/v1/staff/${free.id}`).set('authorization', logistics).expect(204);
      expect(await t.db.prisma.staffMember.findUnique({ where: { id: free.id } })).toBeNull();
      expect((await auditFor(t.db.prisma, free.id)).map((e) => [e.action, e.entity, e.entityIds])).toEqual([
        ['deleted', 'StaffMember', [free.id]],
      ]);

      const busy = await createStaff(t.db, 'prishtine');
      const ea = await createEa(t.db, 'prishtine');
      await createAssignment(t.db.prisma, { eaId: ea.id, enumeratorId: busy.id, municipalityId: prishtineId, validFrom: '2023-11-01' });
      const res = await t.http().delete(`/api/v1/staff/${busy.id}`).set('authorization', admin).expect(409);
      expect(res.body.error.code).toBe('STAFF_IN_USE');
      const lead = await createStaff(t.db, 'prishtine', { kind: StaffKind.SUPERVISOR });
      await createTeam(t.db, 'prishtine', { supervisorId: lead.id });
      await t.http().delete(`/api/v1/staff/${lead.id}`).set('authorization', admin).expect(409);
      expect(await t.db.prisma.staffMember.count({ where: { id: { in: [busy.id, lead.id] } } })).toBe(2);
      expect(await auditFor(t.db.prisma, busy.id)).toEqual([]);
    });

    it('hides another municipality’s staff from a municipality user and changes nothing of it', async () => {
      const other = await createStaff(t.db, 'prizren');
      const res = await t.http().get(`/api/v1/staff/${other.id}`).set('authorization', prishtine).expect(404);
      expect(res.body.error.code).toBe('STAFF_UNKNOWN');
      expect(JSON.stringify(res.body)).not.toContain(other.fullName);
      // Staff writes are national: the municipal role is refused before anything is looked up.
      await t.http().patch(`/api/v1/staff/${other.id}`).set('authorization', prishtine).send({ phone: '+383 44 000 000' }).expect(403);
      await t.http().delete(`/api/v1/staff/${other.id}`).set('authorization', prishtine).expect(403);
      expect(await t.db.prisma.staffMember.findUnique({ where: { id: other.id } })).toEqual(other);
      await t.http().get(`/api/v1/staff/${other.id}`).set('authorization', prizren).expect(200);
      await t.http().get('/api/v1/staff/not-a-uuid').set('authorization', admin).expect(404);
    });
  });

  describe('teams', () => {
    it('lets a municipality create a team of its own with a supervisor, and audits it', async () => {
      const sup = await createStaff(t.db, 'prishtine', { kind: StaffKind.SUPERVISOR });
      const code = `pr-${uniq()}`;
      const res = await t
        .http()
        .post('/api/v1/teams')
        .set('authorization', prishtine)
        .send({ code, municipalityCode: 'prishtine', supervisorId: sup.id })
        .expect(201);
      expect(res.body).toMatchObject({
        code: code.toUpperCase(),
        municipalityId: prishtineId,
        supervisor: { id: sup.id, kind: 'SUPERVISOR' },
        members: [],
        memberCount: 0,
      });
      expect((await auditFor(t.db.prisma, res.body.id)).map((e) => [e.action, e.entity, e.details])).toEqual([
        ['created', 'SupervisorTeam', { code: code.toUpperCase() }],
      ]);
      const dup = await t
        .http()
        .post('/api/v1/teams')
        .set('authorization', admin)
        .send({ code, municipalityCode: 'prishtine' })
        .expect(409);
      expect(dup.body.error.details).toMatchObject([expect.objectContaining({ field: 'code' })]);
    });

    it('refuses a team in another municipality, an enumerator as supervisor, and another municipality’s supervisor', async () => {
      const foreign = await t
        .http()
        .post('/api/v1/teams')
        .set('authorization', prishtine)
        .send({ code: `X-${uniq()}`, municipalityCode: 'prizren' })
        .expect(404);
      expect(foreign.body.error.code).toBe('MUNICIPALITY_UNKNOWN');
      const en = await createStaff(t.db, 'prishtine');
      const notSup = await t
        .http()
        .post('/api/v1/teams')
        .set('authorization', prishtine)
        .send({ code: `X-${uniq()}`, municipalityCode: 'prishtine', supervisorId: en.id })
        .expect(422);
      expect(notSup.body.error).toMatchObject({ code: 'TEAM_INVALID', details: [{ field: 'supervisorId' }] });
      const otherSup = await createStaff(t.db, 'prizren', { kind: StaffKind.SUPERVISOR });
      const hidden = await t
        .http()
        .post('/api/v1/teams')
        .set('authorization', prishtine)
        .send({ code: `X-${uniq()}`, municipalityCode: 'prishtine', supervisorId: otherSup.id })
        .expect(404);
      expect(hidden.body.error.code).toBe('STAFF_UNKNOWN');
      const mismatch = await t
        .http()
        .post('/api/v1/teams')
        .set('authorization', admin)
        .send({ code: `X-${uniq()}`, municipalityCode: 'prishtine', supervisorId: otherSup.id })
        .expect(422);
      expect(mismatch.body.error.code).toBe('MUNICIPALITY_MISMATCH');
    });

    it('adds and removes members, changes the supervisor, and deletes the team once empty', async () => {
      const team = await createTeam(t.db, 'prishtine');
      const [e1, e2] = [await createStaff(t.db, 'prishtine'), await createStaff(t.db, 'prishtine')];
      const sup = await createStaff(t.db, 'prishtine', { kind: StaffKind.SUPERVISOR });
      const added = await t
        .http()
        .patch(`/api/v1/teams/${team.id}`)
        .set('authorization', prishtine)
        .send({ supervisorId: sup.id, addMemberIds: [e1.id, e2.id] })
        .expect(200);
      expect(added.body.supervisor.id).toBe(sup.id);
      expect(added.body.members.map((m: { id: string }) => m.id).sort()).toEqual([e1.id, e2.id].sort());
      const detail = await t.http().get(`/api/v1/teams/${team.id}`).set('authorization', prishtine).expect(200);
      expect(detail.body.memberCount).toBe(2);

      const inUse = await t.http().delete(`/api/v1/teams/${team.id}`).set('authorization', prishtine).expect(409);
      expect(inUse.body.error.code).toBe('TEAM_IN_USE');

      const removed = await t
        .http()
        .patch(`/api/v1/teams/${team.id}`)
        .set('authorization', logistics)
        .send({ removeMemberIds: [e1.id, e2.id], supervisorId: null })
        .expect(200);
      expect(removed.body).toMatchObject({ members: [], supervisor: null });
      await t.http().delete(`/api/v1/teams/${team.id}`).set('authorization', prishtine).expect(204);
      expect(await t.db.prisma.supervisorTeam.findUnique({ where: { id: team.id } })).toBeNull();
      expect((await auditFor(t.db.prisma, team.id)).map((e) => [e.action, e.details])).toEqual([
        ['updated', { fields: ['addMemberIds', 'supervisorId'], added: 2, removed: 0 }],
        ['updated', { fields: ['removeMemberIds', 'supervisorId'], added: 0, removed: 2 }],
        ['deleted', { code: team.code }],
      ]);
    });

    it('refuses supervisors as members, members of another team, and non-members to remove, changing nothing', async () => {
      const team = await createTeam(t.db, 'prishtine');
      const otherTeam = await createTeam(t.db, 'prishtine');
      const sup = await createStaff(t.db, 'prishtine', { kind: StaffKind.SUPERVISOR });
      const taken = await createStaff(t.db, 'prishtine', { teamId: otherTeam.id });
      const free = await createStaff(t.db, 'prishtine');
      const res = await t
        .http()
        .patch(`/api/v1/teams/${team.id}`)
        .set('authorization', admin)
        .send({ addMemberIds: [free.id, sup.id, taken.id] })
        .expect(422);
      expect(res.body.error).toMatchObject({ code: 'TEAM_INVALID' });
      expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual(['addMemberIds.1', 'addMemberIds.2']);
      expect(await t.db.prisma.staffMember.count({ where: { teamId: team.id } })).toBe(0);
      const notMember = await t
        .http()
        .patch(`/api/v1/teams/${team.id}`)
        .set('authorization', admin)
        .send({ removeMemberIds: [taken.id] })
        .expect(422);
      expect(notMember.body.error.details).toMatchObject([expect.objectContaining({ field: 'removeMemberIds.0' })]);
      const both = await t
        .http()
        .patch(`/api/v1/teams/${team.id}`)
        .set('authorization', admin)
        .send({ addMemberIds: [free.id], removeMemberIds: [free.id] })
        .expect(400);
      expect(both.body.error.details).toMatchObject([expect.objectContaining({ field: 'addMemberIds.0' })]);
      expect(await auditFor(t.db.prisma, team.id)).toEqual([]);
    });

    it('hides another municipality’s team and its people from a municipality user, and changes nothing', async () => {
      const team = await createTeam(t.db, 'prizren');
      const member = await createStaff(t.db, 'prizren', { teamId: team.id });
      const mine = await createTeam(t.db, 'prishtine');
      const before = await t.db.prisma.supervisorTeam.findUnique({ where: { id: team.id }, include: { members: true } });

      expect((await t.http().get(`/api/v1/teams/${team.id}`).set('authorization', prishtine).expect(404)).body.error.code).toBe(
        'TEAM_UNKNOWN',
      );
      await t
        .http()
        .patch(`/api/v1/teams/${team.id}`)
        .set('authorization', prishtine)
        .send({ removeMemberIds: [member.id] })
        .expect(404);
      await t.http().delete(`/api/v1/teams/${team.id}`).set('authorization', prishtine).expect(404);
      // Another municipality's enumerator cannot be pulled into one's own team either.
      const pulled = await t
        .http()
        .patch(`/api/v1/teams/${mine.id}`)
        .set('authorization', prishtine)
        .send({ addMemberIds: [member.id] })
        .expect(404);
      expect(pulled.body.error.code).toBe('STAFF_UNKNOWN');
      const list = await t.http().get('/api/v1/teams').set('authorization', prishtine).expect(200);
      expect(list.body.items.map((x: { id: string }) => x.id)).not.toContain(team.id);

      expect(await t.db.prisma.supervisorTeam.findUnique({ where: { id: team.id }, include: { members: true } })).toEqual(before);
      expect(await auditFor(t.db.prisma, team.id)).toEqual([]);
    });

    it('lists teams with their supervisor and member count, filtered by municipality', async () => {
      const sup = await createStaff(t.db, 'gracanice', { kind: StaffKind.SUPERVISOR });
      const team = await createTeam(t.db, 'gracanice', { supervisorId: sup.id });
      await createStaff(t.db, 'gracanice', { teamId: team.id });
      const res = await t.http().get('/api/v1/teams').query({ municipality: 'gracanice' }).set('authorization', finance).expect(200);
      expect(res.body.items).toEqual([
        expect.objectContaining({
          id: team.id,
          memberCount: 1,
          supervisor: expect.objectContaining({ id: sup.id }),
          municipality: expect.objectContaining({ code: 'gracanice' }),
        }),
      ]);
      expect(res.body.total).toBe(1);
    });
  });
});
