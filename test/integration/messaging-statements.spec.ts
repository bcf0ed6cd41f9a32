import { formatMoney } from '../../src/common/i18n/format.js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { extractText, getDocumentProxy } from 'unpdf';
import { Language, Role } from '../../src/generated/prisma/enums.js';
import { MessageSendService } from '../../src/messaging/message-send.service.js';
import {
  computeRunOverHttp,
  createAssignedEnumerator,
  createExampleTariff,
  type AssignedEnumerator,
} from '../support/payroll-factories.js';
import { SmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

/**
 * Statements by e-mail after approval, against a real SMTP server on loopback: the census opts
 * in with `statementEmail`; each payable person with an address gets their statement PDF once.
 */
describe('payment statements by e-mail', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  let finance1: string;
  let finance2: string;
  let prizrenUser: string;
  let decanUser: string;
  let arta: AssignedEnumerator;
  let milan: AssignedEnumerator;
  let silent: AssignedEnumerator;
  let optIn: string;
  let optOut: string;
  let runId: string;

  const census = (code: string, statementEmail: boolean) =>
    t.db.prisma.census.create({
      data: {
        code,
        name: code,
        country: 'XK',
        languages: ['sq', 'sr', 'en'],
        timeZone: 'Europe/Belgrade',
        referenceDate: day('2023-10-01'),
        settings: { statementEmail },
      },
    });

  const waitSettled = async (subjectId: string, expected: number) => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const rows = await t.db.prisma.message.findMany({ where: { subjectId } });
      if (rows.length >= expected && rows.every((r) => r.status !== 'QUEUED')) return rows;
      if (Date.now() > deadline)
        throw new Error(`messages not settled: ${JSON.stringify(rows.map((r) => [r.address, r.status, r.reason]))}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  beforeAll(async () => {
    smtp = new SmtpSink();
    await smtp.start();
    t = await startTestApp({ SMTP_URL: smtp.url, MESSAGE_TIMEOUT_MS: '5000' });
    await createExampleTariff(t.db);
    [finance1, finance2, prizrenUser, decanUser] = await Promise.all([
      t.tokenFor(Role.FINANCE),
      t.tokenFor(Role.FINANCE),
      t.tokenFor(Role.MUNICIPALITY, 'prizren'),
      t.tokenFor(Role.MUNICIPALITY, 'decan'),
    ]);
    arta = await createAssignedEnumerator(t.db, 'decan', { staff: { fullName: 'Arta Berisha' } });
    milan = await createAssignedEnumerator(t.db, 'decan', { staff: { fullName: 'Milan Jović' } });
    silent = await createAssignedEnumerator(t.db, 'decan');
    await t.db.prisma.staffMember.update({
      where: { id: arta.enumeratorId },
      data: { email: 'arta@example.org', languageOfWork: Language.SQ },
    });
    await t.db.prisma.staffMember.update({
      where: { id: milan.enumeratorId },
      data: { email: 'milan@example.org', languageOfWork: Language.SR },
    });
    await t.db.prisma.staffMember.update({ where: { id: silent.enumeratorId }, data: { email: null } });
    optIn = (await census('xk-mail-in', true)).id;
    optOut = (await census('xk-mail-out', false)).id;
    runId = await computeRunOverHttp(t, finance1, { municipalityCode: 'decan', census: 'xk-2023' });
    await t.db.prisma.payRun.update({ where: { id: runId }, data: { censusId: optIn } });
  }, 120_000);

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('approval sends each payable person with an address their statement PDF, in their language', async () => {
    await t.http().post(`/api/v1/payroll/runs/${runId}/approve`).set('authorization', finance2).expect(200);
    const rows = await waitSettled(runId, 2);
    expect(rows.map((r) => [r.kind, r.channel, r.address, r.status]).sort()).toEqual([
      ['STATEMENT', 'EMAIL', 'arta@example.org', 'SENT'],
      ['STATEMENT', 'EMAIL', 'milan@example.org', 'SENT'],
    ]);
    const people = await t.http().get(`/api/v1/payroll/runs/${runId}/people?limit=10`).set('authorization', finance1).expect(200);
    const netOf = (id: string) => (people.body.items as { staffId: string; net: string }[]).find((p) => p.staffId === id)?.net;
    const artaNet = netOf(arta.enumeratorId) as string;
    expect(artaNet).toMatch(/^\d+\.\d{2}$/);

    const [mail] = smtp.mailsTo('arta@example.org');
    expect(mail?.subject).toBe(`Pasqyra e pagesës – ${runId.slice(0, 8)}`);
    expect(mail?.text).toContain(`(neto ${artaNet} EUR)`);
    expect(mail?.attachments).toHaveLength(1);
    const pdf = mail?.attachments[0];
    expect(pdf?.contentType).toBe('application/pdf');
    expect(pdf?.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf?.content ?? Buffer.alloc(0))), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Arta Berisha');
    // the statement prints money as its reader writes it
    const money = (net: string, lang: 'sq' | 'sr-Latn') => formatMoney(net, lang).replace(/\s+/g, ' ');
    expect(flat).toContain(`Neto ${money(artaNet, 'sq')}`);

    const [serb] = smtp.mailsTo('milan@example.org');
    expect(serb?.subject).toBe(`Izvod o isplati – ${runId.slice(0, 8)}`);
    const serbText = (
      await extractText(await getDocumentProxy(new Uint8Array(serb?.attachments[0]?.content ?? Buffer.alloc(0))), { mergePages: true })
    ).text;
    expect(serbText.replace(/\s+/g, ' ')).toContain(`Neto ${money(netOf(milan.enumeratorId) ?? '0', 'sr-Latn')}`);
    expect(serbText).toContain('Izvod o isplati');
  }, 90_000);

  it('the same approval twice sends once, and a repeated job delivers nothing more', async () => {
    const again = await t.http().post(`/api/v1/payroll/runs/${runId}/approve`).set('authorization', finance2);
    expect(again.status).toBe(409);
    const rows = await t.db.prisma.message.findMany({ where: { subjectId: runId } });
    expect(rows).toHaveLength(2);
    await t.app.get(MessageSendService).deliver(rows[0]?.id as string, 5);
    expect(smtp.mails.filter((m) => m.to.includes('arta@example.org') || m.to.includes('milan@example.org'))).toHaveLength(2);
  });

  it('delivery status per run: API with counts, municipality scope', async () => {
    const res = await t.http().get(`/api/v1/payroll/runs/${runId}/messages`).set('authorization', finance1).expect(200);
    expect(res.body.total).toBe(2);
    expect(res.body.counts).toEqual({ EMAIL: { SENT: 2 } });
    expect(res.body.items[0]).toMatchObject({ kind: 'STATEMENT', channel: 'EMAIL', status: 'SENT', attempts: 1 });
    expect((await t.http().get(`/api/v1/payroll/runs/${runId}/messages`).set('authorization', decanUser).expect(200)).body.total).toBe(2);
    const other = await t.http().get(`/api/v1/payroll/runs/${runId}/messages`).set('authorization', prizrenUser).expect(404);
    expect(other.body.error.code).toBe('PAY_RUN_UNKNOWN');
    // and per person
    const person = await t.http().get(`/api/v1/staff/${arta.enumeratorId}/messages`).set('authorization', finance1).expect(200);
    expect(person.body.items.map((m: { kind: string; status: string }) => [m.kind, m.status])).toEqual([['STATEMENT', 'SENT']]);
  });

  it('a census that did not opt in sends nothing', async () => {
    const other = await createAssignedEnumerator(t.db, 'prizren');
    await t.db.prisma.staffMember.update({ where: { id: other.enumeratorId }, data: { email: 'quiet@example.org' } });
    const run2 = await computeRunOverHttp(t, finance1, { municipalityCode: 'prizren', census: 'xk-2023' });
    await t.db.prisma.payRun.update({ where: { id: run2 }, data: { censusId: optOut } });
    await t.http().post(`/api/v1/payroll/runs/${run2}/approve`).set('authorization', finance2).expect(200);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await t.db.prisma.message.count({ where: { subjectId: run2 } })).toBe(0);
    expect(smtp.mailsTo('quiet@example.org')).toHaveLength(0);
    expect((await t.http().get(`/api/v1/payroll/runs/${run2}/messages`).set('authorization', finance1).expect(200)).body.total).toBe(0);
  }, 60_000);
});
