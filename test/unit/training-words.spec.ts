import { describe, expect, it } from '@jest/globals';
import { notice } from '../../src/common/text/notice.js';
import { planRooms, type PlannerMunicipality } from '../../src/training/domain/plan-rooms.js';
import { kkrAttendanceWarnings, noticeWarning } from '../../src/training/domain/training-rules.js';
import { codedMessage, eventTitle, trainingWords } from '../../src/training/training.views.js';

/** The training notices worded in the reader's language: municipalities by name, days as the reader writes them. */

const EVENT = { from: '2023-10-16', to: '2023-10-20' };
const NAMES = [
  { code: 'kline', nameSq: 'Klinë', nameSr: 'Klina' },
  { code: 'peje', nameSq: 'Pejë', nameSr: 'Peć' },
];
const MUNS: readonly PlannerMunicipality[] = [
  { id: 'kl', code: 'kline', regionId: 'R', sortOrder: 1 },
  { id: 'pe', code: 'peje', regionId: 'R', sortOrder: 2 },
];
const words = (locale: 'sq' | 'sr-Cyrl' | 'en') => trainingWords(locale, NAMES);

describe('room planner explanations in the reader’s language', () => {
  // Klinë has no room: its class goes to Pejë, whose only room holds the morning class of Pejë.
  const r = planRooms({
    groups: [
      { municipalityId: 'pe', language: 'SQ', traineeIds: ['p1', 'p2'] },
      { municipalityId: 'kl', language: 'SQ', traineeIds: ['k1', 'k2', 'k3'] },
      { municipalityId: 'kl', language: 'SR', traineeIds: ['s1'] },
    ],
    rooms: [
      { id: 'r', municipalityId: 'pe', label: 'Shkolla Pejani, Salla 1', seats: 3, hasProjector: true, hasTv: false, availability: [] },
    ],
    municipalities: MUNS,
    event: EVENT,
    maxClassSize: 30,
    allowSecondShift: true,
  });
  const nearby = r.classes.find((c) => c.language === 'SQ' && c.municipalityId === 'kl');
  const unplaced = r.classes.find((c) => c.language === 'SR');

  it('words a class placed in the nearest municipality on the second shift', () => {
    expect(nearby?.explanation.code).toBe('CLASS_PLACED');
    const explanation = nearby?.explanation ?? notice('none');
    expect(codedMessage(words('en'), explanation).text).toBe(
      '3 trainees (Albanian) from Klinë in Shkolla Pejani, Salla 1 (Pejë, 3 seats, projector), afternoon shift, ' +
        '16 October 2023 – 20 October 2023: Klinë has no room available on these days, nearest in the region: Pejë, ' +
        'second shift: morning slots were full',
    );
    expect(codedMessage(words('sq'), explanation).text).toBe(
      '3 pjesëmarrës (shqip) nga Klinë në Shkolla Pejani, Salla 1 (Pejë, 3 vende, projektor), ndërrimi i pasdites, ' +
        '16 tetor 2023 – 20 tetor 2023: Klinë nuk ka sallë në dispozicion në këto ditë, më e afërta në rajon: Pejë, ' +
        'ndërrimi i dytë: oraret e paradites ishin të zëna',
    );
    expect(codedMessage(words('sr-Cyrl'), explanation).text).toBe(
      '3 полазника (албански) из општине Клина у сали Shkolla Pejani, Salla 1 (Пећ, 3 места, пројектор), поподневна смена, ' +
        '16. октобар 2023. – 20. октобар 2023.: Клина нема салу на располагању ових дана, најближа у региону: Пећ, ' +
        'друга смена: преподневни термини су били попуњени',
    );
  });

  it('words a class without a room', () => {
    const explanation = unplaced?.explanation ?? notice('none');
    expect(codedMessage(words('en'), explanation).text).toBe(
      '1 trainee (Serbian) from Klinë: no room with at least 1 seat on 16 October 2023 – 20 October 2023',
    );
    expect(codedMessage(words('sr-Cyrl'), explanation)).toEqual({
      code: 'CLASS_UNPLACED',
      params: { trainees: 1, language: 'SR', municipality: 'kline', from: '2023-10-16', to: '2023-10-20' },
      text: '1 полазник (српски) из општине Клина: нема сале са најмање 1 место за 16. октобар 2023. – 20. октобар 2023.',
    });
  });

  it('words the reason of a re-plan move', () => {
    expect(codedMessage(words('sq'), notice('MOVE_CLASS_CLOSED')).text).toBe('klasa u mbyll');
    expect(codedMessage(words('sr-Cyrl'), notice('MOVE_CLASS_OVER_SIZE')).text).toBe('група је већа од нове величине');
  });
});

describe('KKR warnings in the reader’s language', () => {
  it('words a late host room notice with its days', () => {
    const late = noticeWarning({ from: '2023-10-06', to: '2023-10-06' }, '2023-10-05', true);
    expect(late).toEqual(notice('KKR_NOTICE_LATE', { day: '2023-10-05', when: 'BEFORE', daysBefore: 1, days: 2, from: '2023-10-06' }));
    const n = late ?? notice('none');
    expect(codedMessage(words('en'), n).text).toBe(
      'the host room was notified on 5 October 2023, 1 day before; the letter asks for at least 2 days before 6 October 2023',
    );
    expect(codedMessage(words('sq'), n).text).toBe(
      'salla pritëse u njoftua më 5 tetor 2023, 1 ditë para; letra kërkon të paktën 2 ditë para 6 tetor 2023',
    );
    expect(codedMessage(words('sr-Cyrl'), n).text).toBe(
      'сала домаћин је јављена 5. октобар 2023., 1 дан раније; допис тражи најмање 2 дана пре 6. октобар 2023.',
    );
    const after = noticeWarning({ from: '2023-10-06', to: '2023-10-06' }, '2023-10-07', true) ?? notice('none');
    expect(codedMessage(words('en'), after).text).toMatch(/^the host room was notified on 7 October 2023, after the training;/);
    expect(noticeWarning({ from: '2023-10-06', to: '2023-10-06' }, '2023-10-04', true)).toBeNull();
    expect(noticeWarning({ from: '2023-10-06', to: '2023-10-06' }, null, false)).toEqual(notice('KKR_NO_HOST_ROOM'));
  });

  it('words a KKR with too few members planned by its municipality’s name', () => {
    const [low, none] = kkrAttendanceWarnings([
      { municipality: 'peje', members: 9, planned: 3 },
      { municipality: 'kline', members: 0, planned: 0 },
      { municipality: 'peje', members: 4, planned: 2 },
    ]);
    expect(codedMessage(words('sr-Cyrl'), low ?? notice('none')).text).toBe(
      'Пећ: планирано је само 3 од 9 чланова ОКП; допис тражи да присуствује најмање половина сваке ОКП',
    );
    expect(codedMessage(words('sq'), none ?? notice('none')).text).toBe(
      'Klinë: nuk ka anëtarë të KKR-së të regjistruar, prandaj asnjë nuk është planifikuar',
    );
  });
});

describe('event titles', () => {
  const region = { code: 'peje', nameSq: 'Pejë', nameSr: 'Peć' };
  it('names an event without a name of its own by its kind, and keeps a typed name as written', () => {
    expect(eventTitle({ kind: 'ENUMERATORS', name: null }, 'sq')).toBe('Trajnimi i regjistruesve');
    expect(eventTitle({ kind: 'KKR_REGIONAL', name: null }, 'sr-Cyrl', region)).toBe('Регионална обука ОКП – Пећ');
    expect(eventTitle({ kind: 'SUPERVISORS', name: null }, 'en')).toBe('Supervisor training');
    expect(eventTitle({ kind: 'SUPERVISORS', name: 'Trajnimi i dytë' }, 'en')).toBe('Trajnimi i dytë');
  });
});
