import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/common/config/config.js';
import { wallTimeToInstant } from '../../src/common/dates/zoned-time.js';
import { classifySmtpError } from '../../src/messaging/channels/smtp-email.channel.js';
import { loadCatalogues } from '../../src/messaging/catalogue.loader.js';
import { Catalogues, MESSAGE_KEYS } from '../../src/messaging/domain/catalogue.js';
import { composeCancellation, composeInvitation, sessionChanges, type SessionSnapshot } from '../../src/messaging/domain/invitation.js';
import { messageLanguageOf } from '../../src/messaging/domain/languages.js';
import { kkrHalfAttendance } from '../../src/training/domain/attendance.js';
import { SHIFT_TIMES, shiftTimesOf } from '../../src/training/domain/session-times.js';

const session: SessionSnapshot = {
  eventId: 'e1',
  eventKind: 'ENUMERATORS',
  classKey: 'mun|SQ|1',
  roomId: 'r1',
  venueName: 'Shkolla A',
  address: 'Rr. 1',
  roomName: 'Salla 1',
  floor: null,
  directions: null,
  startDate: '2023-10-16',
  endDate: '2023-10-20',
  startTime: '09:00',
  endTime: '13:00',
  timeZone: 'Europe/Belgrade',
};

describe('census time zone: wall-clock times to instants', () => {
  it.each([
    ['2023-10-16', '09:00', '2023-10-16T07:00:00.000Z'], // CEST, UTC+2
    ['2023-11-06', '09:00', '2023-11-06T08:00:00.000Z'], // CET, UTC+1
    ['2023-10-29', '02:30', '2023-10-29T00:30:00.000Z'], // repeated hour: the first (summer) one
    ['2023-03-26', '02:30', '2023-03-26T01:30:00.000Z'], // skipped hour: one hour later (03:30 CEST)
  ])('%s %s in Europe/Belgrade is %s', (date, time, iso) => {
    expect(wallTimeToInstant(date, time, 'Europe/Belgrade').toISOString()).toBe(iso);
  });
});

describe('message catalogues', () => {
  const cat = loadCatalogues();

  it('define every key in every language and write dates with their own month names', () => {
    expect(cat.date('sq', '2023-10-16')).toBe('e hënë, 16 tetor 2023');
    expect(cat.date('sr-Latn', '2023-10-16')).toBe('ponedeljak, 16. oktobar 2023.');
    expect(cat.date('sr-Cyrl', '2023-10-16')).toBe('понедељак, 16. октобар 2023.');
    expect(cat.date('en', '2023-10-06')).toBe('Friday 6 October 2023');
    expect(cat.days('sq', '2023-10-06', '2023-10-06')).toBe('e premte, 6 tetor 2023');
  });

  it('refuse a catalogue with a missing key or a message that does not parse', () => {
    const full = Object.fromEntries(MESSAGE_KEYS.map((k) => [k, 'x']));
    const broken = { ...full, 'invitation.subject': '{changed, select, yes {a}' };
    const { 'change.new': _dropped, ...missing } = full;
    expect(() => new Catalogues({ sq: broken, 'sr-Latn': full, 'sr-Cyrl': full, en: missing })).toThrow(
      /sq: invitation.subject does not parse[\s\S]*en: change.new is missing/,
    );
  });

  it('write an invitation in Cyrillic with the floor and what changed', () => {
    const text = composeInvitation(cat, {
      language: 'sr-Cyrl',
      fullName: 'Милан',
      session: { ...session, floor: '2' },
      bringNote: null,
      changes: [{ field: 'room', from: 'Shkolla A, Salla 1', to: 'Shkolla A, Salla 2' }],
    });
    expect(text.subject).toBe('Измена: Позив на обуку пописивача');
    expect(text.email).toContain('Поштовани/а Милан,');
    expect(text.email).toContain('Овај позив замењује претходни. Промењено је: сала.');
    expect(text.email).toContain('сала Salla 1, спрат 2.');
    expect(text.email).toContain('Група: SQ-1');
    expect(text.sms).toMatch(/^ИЗМЕНА\. АСК: обуку пописивача/);
  });

  it('choose the language from the staff record (Albanian by default)', () => {
    const locales = ['sq', 'sr-Cyrl', 'sr-Latn', 'en'];
    expect(['SQ', 'SR', 'BS', 'TR', 'EN', null].map((l) => messageLanguageOf(l, 'Latn', locales))).toEqual([
      'sq',
      'sr-Latn',
      'sr-Latn',
      'sq',
      'en',
      'sq',
    ]);
    expect(messageLanguageOf('SR', 'Cyrl', locales)).toBe('sr-Cyrl');
    // a language gets its own catalogue once there is one
    expect(messageLanguageOf('TR', 'Latn', [...locales, 'tr'])).toBe('tr');
    expect(messageLanguageOf('BS', 'Latn', [...locales, 'bs'])).toBe('bs');
  });
});

describe('cancellations', () => {
  const cat = loadCatalogues();
  it.each([
    ['sq', 'Anulim: ftesa për trajnimin e regjistruesve', 'është anuluar', 'e hënë, 16 tetor 2023', 'ANULUAR'],
    ['sr-Latn', 'Otkazano: poziv na obuku popisivača', 'je otkazan', 'ponedeljak, 16. oktobar 2023.', 'OTKAZAN'],
    ['sr-Cyrl', 'Отказано: позив на обуку пописивача', 'је отказан', 'понедељак', 'ОТКАЗАН'],
    ['en', 'Cancelled: invitation to the enumerator training', 'is cancelled', 'Monday 16 October 2023', 'CANCELLED'],
  ] as const)('%s names the session that is cancelled', (language, subject, body, day, sms) => {
    const text = composeCancellation(cat, { language, fullName: 'Arta', session });
    expect(text.subject).toBe(subject);
    expect(text.email).toContain(body);
    expect(text.email).toContain(day);
    expect(text.email).toContain('Shkolla A');
    expect(text.email).toContain('Arta');
    expect(text.sms).toContain(sms);
  });
});

describe('what changed for a trainee', () => {
  it.each([
    [{}, []],
    [{ floor: '3', directions: 'new door' }, []],
    [{ classKey: 'mun|SQ|2' }, ['class']],
    [{ roomId: 'r2', roomName: 'Salla 2' }, ['room']],
    [{ startTime: '08:30' }, ['time']],
    [{ endDate: '2023-10-21' }, ['time']],
    [{ classKey: 'mun|SQ|2', roomId: 'r2', startTime: '14:00', endTime: '18:00' }, ['class', 'room', 'time']],
  ])('%j → %j', (patch, fields) => {
    expect(sessionChanges(session, { ...session, ...patch }).map((c) => c.field)).toEqual(fields);
  });
});

describe('shift times and KKR attendance', () => {
  it('refuse overlapping or reversed shifts and default a class without a shift to the morning', () => {
    expect(SHIFT_TIMES.safeParse({ MORNING: { start: '09:00', end: '14:30' }, AFTERNOON: { start: '14:00', end: '18:00' } }).success).toBe(
      false,
    );
    expect(SHIFT_TIMES.safeParse({ MORNING: { start: '13:00', end: '09:00' }, AFTERNOON: { start: '14:00', end: '18:00' } }).success).toBe(
      false,
    );
    expect(SHIFT_TIMES.safeParse({ MORNING: { start: '9:00', end: '13:00' }, AFTERNOON: { start: '14:00', end: '18:00' } }).success).toBe(
      false,
    );
    expect(shiftTimesOf({ MORNING: { start: '08:00', end: '12:00' }, AFTERNOON: { start: '13:00', end: '17:00' } }, null)).toEqual({
      start: '08:00',
      end: '12:00',
    });
  });

  it.each([
    [5, 3, 3, true], // 5 / 2 = 2.5 → 3 needed
    [5, 2, 3, false],
    [4, 2, 2, true],
    [1, 0, 1, false],
    [0, 0, 0, false], // no members recorded: nothing to meet
  ])('%i members, %i attended: %i required, meets %s', (members, attended, required, meets) => {
    const [r] = kkrHalfAttendance(new Map([['m', members]]), new Map([['m', attended]]));
    expect(r).toEqual({ municipalityId: 'm', members, attended, required, meetsHalf: meets });
  });
});

describe('channels configuration and SMTP outcomes', () => {
  it('builds the SMTP URL from host settings, defaults to the outbox and refuses incomplete SMS settings', () => {
    const c = loadConfig({ SMTP_HOST: 'mail.example.org', SMTP_PORT: '465', SMTP_USER: 'u@x', SMTP_PASS: 'p:w' });
    expect(c.messaging.email).toEqual({ transport: 'smtp', url: 'smtps://u%40x:p%3Aw@mail.example.org:465', from: expect.any(String) });
    expect(loadConfig({}).messaging).toMatchObject({
      email: { transport: 'outbox' },
      sms: { transport: 'outbox' },
      censusTimeZone: 'Europe/Belgrade',
    });
    expect(() => loadConfig({ SMS_URL: 'https://sms.example.org/send' })).toThrow(/SMS_URL needs SMS_USERNAME and SMS_PASSWORD/);
    expect(() => loadConfig({ CENSUS_TIME_ZONE: 'Europe/Nowhere' })).toThrow(/CENSUS_TIME_ZONE must be an IANA time zone/);
  });

  it.each([
    [{ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO', response: '550 5.1.1 no such user' }, 'bounced'],
    [{ code: 'EMESSAGE', responseCode: 554, command: 'DATA', response: '554 spam' }, 'failed'],
    [{ code: 'EAUTH', responseCode: 535, command: 'AUTH PLAIN', response: '535 bad credentials' }, 'failed'],
    [{ code: 'EENVELOPE', responseCode: 451, command: 'RCPT TO', response: '451 later' }, 'retry'],
    [{ code: 'ECONNECTION', message: 'connect ECONNREFUSED' }, 'retry'],
  ])('%j → %s', (err, outcome) => {
    expect(classifySmtpError(Object.assign(new Error((err as { message?: string }).message ?? 'x'), err)).outcome).toBe(outcome);
  });
});
