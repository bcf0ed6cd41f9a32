import { describe, expect, it } from '@jest/globals';
import { KOSOVO_REGIONS } from '../../src/geography/domain/kosovo-geography.js';
import { municipalityName, placeName, placeNamesIn } from '../../src/reports/types/names.js';

const municipalities = KOSOVO_REGIONS.flatMap((r) => r.municipalities);
const prishtine = { nameSq: 'Prishtinë', nameSr: 'Priština' };

describe('names in the report language', () => {
  it.each([
    ['sr', 'Priština'],
    ['sq', 'Prishtinë'],
    ['en', 'Prishtinë'],
  ] as const)('%s prints %s', (lang, name) => {
    expect(placeName(prishtine, lang)).toBe(name);
    expect(municipalityName(prishtine, lang)).toBe(name);
  });

  it('prints nothing for a missing place or name', () => {
    expect(placeName(null, 'sr')).toBe('');
    expect(placeName({ nameSq: 'Prishtinë', nameSr: null }, 'sr')).toBe('');
  });
});

describe('municipality names inside planner notes', () => {
  const note = '30 SQ trainees of Mitrovicë e Veriut in Shkolla Gjilan, Salla 1 (Mitrovicë, 30 seats): nearest in the region: Mitrovicë';

  it('swaps whole Albanian names for Serbian ones in Serbian reports, longest first, keeping venue labels', () => {
    expect(placeNamesIn(note, municipalities, 'sr', ['Shkolla Gjilan, Salla 1'])).toBe(
      '30 SQ trainees of Severna Mitrovica in Shkolla Gjilan, Salla 1 (Mitrovica, 30 seats): nearest in the region: Mitrovica',
    );
  });

  it('swaps inside labels that are not kept, and never inside a longer word', () => {
    expect(placeNamesIn('Gjilan, Gjilani, Kamenicë.', municipalities, 'sr')).toBe('Gnjilane, Gjilani, Kamenica.');
  });

  it('leaves Albanian and English reports as they are', () => {
    expect(placeNamesIn(note, municipalities, 'sq')).toBe(note);
    expect(placeNamesIn(note, municipalities, 'en')).toBe(note);
  });
});
