import { describe, expect, it } from '@jest/globals';
import { SESSION_NOT_PLANNED } from '../../src/equipment/domain/distribution-planner.js';
import { KOSOVO_REGIONS } from '../../src/geography/domain/kosovo-geography.js';
import { sessionText } from '../../src/reports/types/distribution-plan.report.js';
import { municipalityName, placeName, placeNamesIn } from '../../src/reports/types/names.js';

const municipalities = KOSOVO_REGIONS.flatMap((r) => r.municipalities);
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

describe('municipality names inside planner notes', () => {
  const note = '30 SQ trainees of Mitrovicë e Veriut in Shkolla Gjilan, Salla 1 (Mitrovicë, 30 seats): nearest in the region: Mitrovicë';

  it('swaps whole Albanian names for Serbian ones in Serbian reports, longest first, keeping venue labels', () => {
    expect(placeNamesIn(note, municipalities, 'sr-Latn', ['Shkolla Gjilan, Salla 1'])).toBe(
      '30 SQ trainees of Severna Mitrovica in Shkolla Gjilan, Salla 1 (Mitrovica, 30 seats): nearest in the region: Mitrovica',
    );
  });

  it('prints the Serbian names in Cyrillic in Cyrillic reports, keeping venue labels as recorded', () => {
    expect(placeNamesIn(note, municipalities, 'sr-Cyrl', ['Shkolla Gjilan, Salla 1'])).toBe(
      '30 SQ trainees of Северна Митровица in Shkolla Gjilan, Salla 1 (Митровица, 30 seats): nearest in the region: Митровица',
    );
    // a name stored in Cyrillic is printed in Latin in a Latin report
    expect(placeName({ nameSq: 'Graçanicë', nameSr: 'Грачаница' }, 'sr-Latn')).toBe('Gračanica');
    expect(placeName({ nameSq: 'Graçanicë', nameSr: 'Грачаница' }, 'sr-Cyrl')).toBe('Грачаница');
  });

  it('swaps inside labels that are not kept, and never inside a longer word', () => {
    expect(placeNamesIn('Gjilan, Gjilani, Kamenicë.', municipalities, 'sr-Latn')).toBe('Gnjilane, Gjilani, Kamenica.');
  });

  it('leaves Albanian and English reports as they are', () => {
    expect(placeNamesIn(note, municipalities, 'sq')).toBe(note);
    expect(placeNamesIn(note, municipalities, 'en')).toBe(note);
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
