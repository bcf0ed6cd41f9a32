import { describe, expect, it } from '@jest/globals';
import { SESSION_NOT_PLANNED } from '../../src/equipment/domain/distribution-planner.js';
import { sessionText } from '../../src/reports/types/distribution-plan.report.js';
import { municipalityName, placeName } from '../../src/reports/types/names.js';

const prishtine = { nameSq: 'Prishtinë', nameSr: 'Priština' };

describe('names in the report language', () => {
  it.each([
    ['sr-Latn', 'Priština'],
    ['sr-Cyrl', 'Приштина'],
    ['sq', 'Prishtinë'],
    ['en', 'Prishtinë'],
  ] as const)('%s prints %s', (lang, name) => {
    expect(placeName(prishtine, lang)).toBe(name);
    expect(municipalityName(prishtine, lang)).toBe(name);
  });

  it('prints nothing for a missing place or name', () => {
    expect(placeName(null, 'sr-Latn')).toBe('');
    expect(placeName({ nameSq: 'Prishtinë', nameSr: null }, 'sr-Latn')).toBe('');
  });
});

describe('a Serbian name stored in the other script', () => {
  it('is printed in the script of the report', () => {
    expect(placeName({ nameSq: 'Graçanicë', nameSr: 'Грачаница' }, 'sr-Latn')).toBe('Gračanica');
    expect(placeName({ nameSq: 'Graçanicë', nameSr: 'Грачаница' }, 'sr-Cyrl')).toBe('Грачаница');
  });
});

describe('the distribution plan session in the report language', () => {
  const session = { startDate: '2023-10-16', endDate: '2023-10-20', venueName: 'Shkolla Gjilan', roomName: 'Salla 1', shift: 'MORNING' };

  it.each([
    ['sr-Latn', '16.10.2023. – 20.10.2023., Shkolla Gjilan, Salla 1 (pre podne)', 'obuka još nije planirana'],
    ['sq', '16.10.2023 – 20.10.2023, Shkolla Gjilan, Salla 1 (paradite)', 'trajnimi ende i paplanifikuar'],
    ['en', '16/10/2023 – 20/10/2023, Shkolla Gjilan, Salla 1 (morning)', 'session not planned yet'],
  ] as const)('%s', (lang, planned, notPlanned) => {
    expect(sessionText(session, '', lang)).toBe(planned);
    expect(sessionText({ ...session, shift: null }, '', lang)).toBe(planned.replace(/ \([^)]*\)$/, ''));
    expect(sessionText(null, SESSION_NOT_PLANNED, lang)).toBe(notPlanned);
    expect(sessionText(null, '', lang)).toBe('');
  });
});
