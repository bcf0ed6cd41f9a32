import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Language, Role } from '../../src/generated/prisma/enums.js';
import { createStaff } from '../support/factories.js';
import { SmsGateway } from '../support/sms-gateway.js';
import { SmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Invitations end to end: the real app, BullMQ workers in process, a real SMTP server on
 * loopback and a local HTTP server standing in for the SMS gateway (Twilio's request shape).
 */
describe('training invitations by e-mail and SMS', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  let sms: SmsGateway;
  let outbox: string;
  let logistics: string;
  let ferizaj: string;
  let prizren: string;
  const people: Record<'a' | 'bounce' | 'later' | 'serb', { id: string; email: string; phone: string | null }> = {} as never;
  let eventId: string;
  let planId: string;

  const waitSettled = async (where: { subjectId: string }, expected: number) => {
    const deadline = Date.now() + 45_000;
    for (;;) {
      const rows = await t.db.prisma.message.findMany({ where });
      if (rows.length >= expected && rows.every((r) => r.status !== 'QUEUED')) return rows;
      if (Date.now() > deadline)
        throw new Error(`messages not settled: ${JSON.stringify(rows.map((r) => [r.address, r.status, r.reason]))}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  beforeAll(async () => {
    smtp = new SmtpSink((address) => {
      if (address.includes('refused')) return { code: 550, message: '5.1.1 Mailbox does not exist' };
      if (address.includes('busy')) return { code: 451, message: '4.3.2 Try again later' };
      return null;
    });
    await smtp.start();
    sms = new SmsGateway((req, attempt) => {
      if (req.form.To === '+38344000500' && attempt <= 2)
        return { status: 503, body: { code: 20503, message: 'Service unavailable', status: 503 } };
      if (req.form.To === '+38344000400')
        return { status: 400, body: { code: 21211, message: "The 'To' number +38344000400 is not a valid phone number.", status: 400 } };
      return { status: 201, body: {} };
    });
    await sms.start();
    outbox = await mkdtemp(path.join(tmpdir(), 'terren-outbox-'));
    t = await startTestApp({
      SMTP_URL: smtp.url,
      SMS_URL: sms.url('AC0123456789'),
      SMS_USERNAME: 'AC0123456789',
      SMS_PASSWORD: 'gateway-token',
      SMS_FROM: 'ASK',
      OUTBOX_DIR: outbox,
      MESSAGE_TIMEOUT_MS: '5000',
    });
    logistics = await t.tokenFor(Role.LOGISTICS);
    ferizaj = await t.tokenFor(Role.MUNICIPALITY, 'ferizaj');
    prizren = await t.tokenFor(Role.MUNICIPALITY, 'prizren');

    const mun = await t.db.municipalityId('ferizaj');
    const venue = await t.db.prisma.venue.create({
      data: { municipalityId: mun, name: 'Shkolla Jeta e Re', kind: 'SCHOOL', address: 'Rr. Dëshmorët 12, Ferizaj' },
    });
    const room = await t.db.prisma.room.create({ data: { venueId: venue.id, municipalityId: mun, name: 'Salla 3', seats: 30 } });
    await t
      .http()
      .put(`/api/v1/training/rooms/${room.id}/address`)
      .set('authorization', ferizaj)
      .send({ floor: '2', directions: 'Hyrja anësore, pranë palestrës' })
      .expect(200);

    const mk = async (key: keyof typeof people, email: string, phone: string | null, language: Language) => {
      const s = await createStaff(t.db, 'ferizaj', { fullName: `Person ${key}` });
      await t.db.prisma.staffMember.update({ where: { id: s.id }, data: { email, phone, languageOfWork: language } });
      people[key] = { id: s.id, email, phone };
    };
    await mk('a', 'arta@example.org', '+38344000001', Language.SQ);
    await mk('bounce', 'refused@example.org', null, Language.SQ);
    await mk('later', 'busy@example.org', '+38344000500', Language.SQ);
    await mk('serb', 'milan@example.org', '+38344000400', Language.SR);

    const ev = await t
      .http()
      .post('/api/v1/training/events')
      .set('authorization', logistics)
      .send({ kind: 'ENUMERATORS', name: 'Enumerators', startDate: '2023-10-16', endDate: '2023-10-20' })
      .expect(201);
    eventId = ev.body.id;
    const plan = await t
      .http()
      .post(`/api/v1/training/events/${eventId}/plans`)
      .set('authorization', logistics)
      .send({ municipalityCode: 'ferizaj' })
      .expect(201);
    planId = plan.body.id;
  }, 60_000);

  afterAll(async () => {
    await t.close();
    await smtp.stop();
    await sms.stop();
    await rm(outbox, { recursive: true, force: true });
  });

  it('shows sessions with clock times in the census time zone and the room address', async () => {
    const res = await t.http().get(`/api/v1/training/plans/${planId}/sessions`).set('authorization', ferizaj).expect(200);
    expect(res.body.timeZone).toBe('Europe/Belgrade');
    expect(res.body.items).toHaveLength(2);
    const morning = res.body.items.find((i: { shift: string }) => i.shift === 'MORNING');
    expect(morning).toMatchObject({
      startDate: '2023-10-16',
      endDate: '2023-10-20',
      startTime: '09:00',
      endTime: '13:00',
      // 09:00 CEST = 07:00 UTC; 20 October is still summer time
      startsAt: '2023-10-16T07:00:00.000Z',
      endsAt: '2023-10-20T11:00:00.000Z',
      address: { venue: 'Shkolla Jeta e Re', address: 'Rr. Dëshmorët 12, Ferizaj', room: 'Salla 3', floor: '2' },
    });
    await t.http().get(`/api/v1/training/plans/${planId}/sessions`).set('authorization', prizren).expect(404);
  });

  it('refuses invitations for a plan that is not published', async () => {
    const res = await t.http().post(`/api/v1/training/plans/${planId}/invitations`).set('authorization', ferizaj).send({}).expect(409);
    expect(res.body.error.code).toBe('TRAINING_PLAN_NOT_PUBLISHED');
  });

  it('sends each trainee their invitation in their language; bounces, retries and gateway failures end with the reason', async () => {
    await t.http().post(`/api/v1/training/plans/${planId}/publish`).set('authorization', logistics).expect(201);
    // Another municipality cannot send for this plan.
    await t.http().post(`/api/v1/training/plans/${planId}/invitations`).set('authorization', prizren).send({}).expect(404);
    const res = await t.http().post(`/api/v1/training/plans/${planId}/invitations`).set('authorization', ferizaj).send({}).expect(202);
    // 4 e-mails + 3 SMS (one person has no phone)
    expect(res.body).toMatchObject({ queued: 7, unchanged: 0, noContact: 0 });

    const rows = await waitSettled({ subjectId: planId }, 7);
    const by = (email: string, channel: 'EMAIL' | 'SMS') => rows.find((r) => r.channel === channel && r.address === email);

    // Albanian invitation: what, where, when, what to bring.
    const [arta] = smtp.mailsTo('arta@example.org');
    expect(arta?.subject).toBe('Ftesë për trajnimin e regjistruesve');
    expect(arta?.text).toContain('I/E nderuar Person a,');
    expect(arta?.text).toContain('Kur: e hënë, 16 tetor 2023 – e premte, 20 tetor 2023');
    expect(arta?.text).toContain('Ku: Shkolla Jeta e Re, Rr. Dëshmorët 12, Ferizaj; salla Salla 3, kati 2.');
    expect(arta?.text).toContain('Si të arrini: Hyrja anësore, pranë palestrës');
    expect(arta?.text).toContain('Merrni me vete: letërnjoftimin ose pasaportën');
    expect(by('arta@example.org', 'EMAIL')).toMatchObject({ status: 'SENT', language: 'sq', attempts: 1 });
    // Serbian (Latin by default) for a Serbian-speaking enumerator.
    const [milan] = smtp.mailsTo('milan@example.org');
    expect(milan?.subject).toBe('Poziv na obuku popisivača');
    expect(milan?.text).toContain('Kada: ponedeljak, 16. oktobar 2023. – petak, 20. oktobar 2023.');
    expect(by('milan@example.org', 'EMAIL')).toMatchObject({ status: 'SENT', language: 'sr-Latn' });

    // 550 on RCPT: bounced at once with the server's words, not retried.
    expect(by('refused@example.org', 'EMAIL')).toMatchObject({ status: 'BOUNCED', attempts: 1 });
    expect(by('refused@example.org', 'EMAIL')?.reason).toContain('550');
    expect(smtp.rcptAttempts.get('refused@example.org')).toBe(1);
    // 451 on RCPT: retried with back-off, then failed with the reason.
    expect(by('busy@example.org', 'EMAIL')).toMatchObject({ status: 'FAILED', attempts: 4 });
    expect(by('busy@example.org', 'EMAIL')?.reason).toContain('451');
    expect(smtp.rcptAttempts.get('busy@example.org')).toBe(4);
    expect(smtp.mailsTo('busy@example.org')).toHaveLength(0);

    // SMS: Twilio's request shape.
    const [first] = sms.to('+38344000001');
    expect(first).toMatchObject({
      method: 'POST',
      path: '/2010-04-01/Accounts/AC0123456789/Messages.json',
      contentType: 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from('AC0123456789:gateway-token').toString('base64')}`,
    });
    expect(first?.form.From).toBe('ASK');
    expect(first?.form.Body).toContain('ASK: trajnimin e regjistruesve');
    expect(first?.form.Body).toContain('09:00–13:00');
    expect(by('+38344000001', 'SMS')).toMatchObject({ status: 'SENT', providerId: expect.stringMatching(/^SM/) });
    // 503 twice, then accepted: sent on the third attempt.
    expect(sms.to('+38344000500')).toHaveLength(3);
    expect(by('+38344000500', 'SMS')).toMatchObject({ status: 'SENT', attempts: 3 });
    // 400 with "invalid To": the number is refused for good.
    expect(sms.to('+38344000400')).toHaveLength(1);
    expect(by('+38344000400', 'SMS')).toMatchObject({ status: 'BOUNCED' });
    expect(by('+38344000400', 'SMS')?.reason).toContain('21211');

    // Delivery status per plan and per person.
    const perPlan = await t.http().get(`/api/v1/training/plans/${planId}/messages`).set('authorization', ferizaj).expect(200);
    expect(perPlan.body.total).toBe(7);
    expect(perPlan.body.counts).toEqual({ EMAIL: { SENT: 2, BOUNCED: 1, FAILED: 1 }, SMS: { SENT: 2, BOUNCED: 1 } });
    const perPerson = await t.http().get(`/api/v1/staff/${people.later.id}/messages`).set('authorization', ferizaj).expect(200);
    expect(perPerson.body.items.map((m: { channel: string; status: string }) => `${m.channel}:${m.status}`).sort()).toEqual([
      'EMAIL:FAILED',
      'SMS:SENT',
    ]);
    await t.http().get(`/api/v1/staff/${people.later.id}/messages`).set('authorization', prizren).expect(404);
  }, 90_000);

  it('sends the same invitations twice and delivers once', async () => {
    const res = await t.http().post(`/api/v1/training/plans/${planId}/invitations`).set('authorization', logistics).send({}).expect(202);
    expect(res.body).toMatchObject({ queued: 0, unchanged: 4 });
    await new Promise((r) => setTimeout(r, 1_000));
    expect(smtp.mailsTo('arta@example.org')).toHaveLength(1);
    expect(await t.db.prisma.message.count({ where: { subjectId: planId } })).toBe(7);
  });

  it('re-publishing tells only the people whose session changed, saying what changed', async () => {
    const sessions = await t.http().get(`/api/v1/training/plans/${planId}/sessions`).set('authorization', logistics).expect(200);
    const serbShift = sessions.body.items.find((i: { classKey: string }) => i.classKey.includes('|SR|')).shift as 'MORNING' | 'AFTERNOON';
    const times = { MORNING: { start: '09:00', end: '13:00' }, AFTERNOON: { start: '14:00', end: '18:00' } };
    times[serbShift] = serbShift === 'MORNING' ? { start: '08:30', end: '12:30' } : { start: '14:30', end: '18:30' };
    await t
      .http()
      .put(`/api/v1/training/events/${eventId}/session-times`)
      .set('authorization', logistics)
      .send({ shiftTimes: times, bringNote: 'laptop' })
      .expect(200);
    const v2 = await t
      .http()
      .post(`/api/v1/training/events/${eventId}/plans`)
      .set('authorization', logistics)
      .send({ municipalityCode: 'ferizaj' })
      .expect(201);
    await t.http().post(`/api/v1/training/plans/${v2.body.id}/publish`).set('authorization', logistics).expect(201);

    const rows = await waitSettled({ subjectId: v2.body.id }, 2);
    expect(rows.map((r) => `${r.recipientId}:${r.channel}`).sort()).toEqual([`${people.serb.id}:EMAIL`, `${people.serb.id}:SMS`].sort());
    expect(rows[0]?.changes).toEqual([expect.objectContaining({ field: 'time' })]);
    const mails = smtp.mailsTo('milan@example.org');
    expect(mails).toHaveLength(2);
    expect(mails[1]?.subject).toBe('Izmena: Poziv na obuku popisivača');
    expect(mails[1]?.text).toContain('Ovaj poziv zamenjuje prethodni. Promenjeno je: vreme.');
    expect(mails[1]?.text).toContain(`od ${times[serbShift].start} do ${times[serbShift].end}`);
    expect(mails[1]?.text).toContain('Ponesite: ličnu kartu ili pasoš, hemijsku olovku, laptop');
    expect(smtp.mailsTo('arta@example.org')).toHaveLength(1);
  }, 60_000);

  it('a trainee removed from a re-published plan is told it is cancelled, in their language, and only they', async () => {
    await t.db.prisma.staffMember.update({ where: { id: people.a.id }, data: { status: 'LEFT' } });
    const publish = async () => {
      const v = await t
        .http()
        .post(`/api/v1/training/events/${eventId}/plans`)
        .set('authorization', logistics)
        .send({ municipalityCode: 'ferizaj' })
        .expect(201);
      await t.http().post(`/api/v1/training/plans/${v.body.id}/publish`).set('authorization', logistics).expect(201);
      return v.body.id as string;
    };
    const v3 = await publish();
    const rows = await waitSettled({ subjectId: v3 }, 2);
    const cancellations = rows.filter((r) => r.kind === 'CANCELLATION');
    expect(cancellations.map((r) => `${r.recipientId}:${r.channel}:${r.status}`).sort()).toEqual(
      [`${people.a.id}:EMAIL:SENT`, `${people.a.id}:SMS:SENT`].sort(),
    );
    expect(rows.filter((r) => r.recipientId === people.a.id && r.kind !== 'CANCELLATION')).toEqual([]);
    const mails = smtp.mailsTo('arta@example.org');
    expect(mails).toHaveLength(2);
    expect(mails[1]?.subject).toBe('Anulim: ftesa për trajnimin e regjistruesve');
    expect(mails[1]?.text).toContain('I/E nderuar Person a,');
    expect(mails[1]?.text).toContain('është anuluar: nuk jeni më në planin e trajnimit');
    expect(mails[1]?.text).toContain('e hënë, 16 tetor 2023');
    expect(sms.to('+38344000001').at(-1)?.form.Body).toContain('ANULUAR');
    // nobody else hears of the cancellation
    for (const other of ['milan@example.org', 'busy@example.org', 'refused@example.org'])
      expect(smtp.mailsTo(other).some((m) => m.subject.includes('Anul') || m.subject.includes('Otkaz'))).toBe(false);
    // the per-person view shows it
    const perPerson = await t.http().get(`/api/v1/staff/${people.a.id}/messages`).set('authorization', ferizaj).expect(200);
    expect(perPerson.body.items.filter((m: { kind: string }) => m.kind === 'CANCELLATION')).toHaveLength(2);

    // Publishing again: a cancelled person is not cancelled twice.
    const v4 = await publish();
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await t.db.prisma.message.count({ where: { subjectId: v4, kind: 'CANCELLATION' } })).toBe(0);
    expect(smtp.mailsTo('arta@example.org')).toHaveLength(2);
  }, 60_000);
});
