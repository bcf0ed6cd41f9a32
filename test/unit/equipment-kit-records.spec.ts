import { describe, expect, it } from '@jest/globals';
import { checkHandover, checkReturn, pickTransferKit, type KnownItem } from '../../src/equipment/domain/kit-records.js';
import { inEnglish } from '../support/problems-in-english.js';

const known = (...items: [string, string, boolean?][]): Map<string, KnownItem> =>
  new Map(
    items.map(([serial, typeCode, available = true]) => [
      serial,
      { serial, typeCode, available, state: available ? 'IN_STORAGE' : 'ISSUED' },
    ]),
  );

const planned = [
  { typeCode: 'BAG', serial: 'BG-1', alreadyIssued: false },
  { typeCode: 'TABLET', serial: 'TB-1', alreadyIssued: false },
  { typeCode: 'POWER_BANK', serial: null, alreadyIssued: false },
];

describe('kit handover', () => {
  it('accepts the planned serials and fills an unplanned slot with any item of its type', () => {
    const r = checkHandover({
      planned,
      serials: ['BG-1', 'TB-1', 'PB-7'],
      substitutions: [],
      known: known(['BG-1', 'BAG'], ['TB-1', 'TABLET'], ['PB-7', 'POWER_BANK']),
    });
    expect(r).toEqual({
      ok: true,
      value: [
        { serial: 'BG-1', typeCode: 'BAG', substitutedFor: null },
        { serial: 'TB-1', typeCode: 'TABLET', substitutedFor: null },
        { serial: 'PB-7', typeCode: 'POWER_BANK', substitutedFor: null },
      ],
    });
  });

  it('accepts an explicit substitution of the same type', () => {
    const r = checkHandover({
      planned,
      serials: ['BG-1', 'TB-9', 'PB-7'],
      substitutions: [{ planned: 'TB-1', actual: 'TB-9' }],
      known: known(['BG-1', 'BAG'], ['TB-9', 'TABLET'], ['PB-7', 'POWER_BANK']),
    });
    expect(r.ok && r.value[1]).toEqual({ serial: 'TB-9', typeCode: 'TABLET', substitutedFor: 'TB-1' });
  });

  it.each<[string, { serials: string[]; substitutions?: { planned: string; actual: string }[]; known: Map<string, KnownItem> }, string[]]>([
    [
      'another serial without substitution',
      { serials: ['BG-1', 'TB-9', 'PB-7'], known: known(['BG-1', 'BAG'], ['TB-9', 'TABLET'], ['PB-7', 'POWER_BANK']) },
      ['planned TABLET TB-1 is missing: hand it over or substitute it', 'serial TB-9 is not part of this person’s kit'],
    ],
    [
      'a substitute of another type',
      {
        serials: ['BG-1', 'BG-2', 'PB-7'],
        substitutions: [{ planned: 'TB-1', actual: 'BG-2' }],
        known: known(['BG-1', 'BAG'], ['BG-2', 'BAG'], ['PB-7', 'POWER_BANK']),
      },
      ['BG-2 is a BAG, it cannot replace TABLET TB-1'],
    ],
    [
      'an item not available and an unknown serial',
      { serials: ['BG-1', 'TB-1', 'XX-1'], known: known(['BG-1', 'BAG'], ['TB-1', 'TABLET', false]) },
      [
        'serial TB-1 cannot be handed out: issued to someone',
        'serial XX-1 is not in the inventory',
        'no POWER_BANK handed over (the plan had none left: give any available one)',
      ],
    ],
  ])('refuses %s with every problem', (_l, input, reasons) => {
    const r = checkHandover({ planned, substitutions: [], ...input });
    expect(r.ok).toBe(false);
    expect(!r.ok && inEnglish(r.problems).map((p) => p.reason)).toEqual(reasons);
  });
});

describe('kit return', () => {
  const held = [
    { serial: 'BG-1', typeCode: 'BAG' },
    { serial: 'TB-1', typeCode: 'TABLET' },
  ];
  it('maps conditions to statuses', () => {
    const r = checkReturn({
      held,
      items: [
        { serial: 'TB-1', condition: 'DAMAGED' },
        { serial: 'BG-1', condition: 'GOOD' },
      ],
    });
    expect(r.ok && r.value.map((x) => [x.serial, x.status])).toEqual([
      ['BG-1', 'RETURNED'],
      ['TB-1', 'DAMAGED'],
    ]);
  });
  it('refuses a partial kit and foreign serials', () => {
    const r = checkReturn({ held, items: [{ serial: 'TB-7', condition: 'GOOD' }] });
    expect(!r.ok && inEnglish(r.problems).map((p) => p.reason)).toEqual([
      'serial TB-7 is not held by this person',
      'BAG BG-1 is missing: list every item of the kit (LOST if it cannot be returned)',
      'TABLET TB-1 is missing: list every item of the kit (LOST if it cannot be returned)',
    ]);
  });
});

describe('kit transfer to a replacement', () => {
  it('reuses good returned items first, then spares; reports what is lacking', () => {
    const r = pickTransferKit(
      [
        { typeCode: 'BAG', quantity: 1 },
        { typeCode: 'TABLET', quantity: 1 },
        { typeCode: 'POWER_BANK', quantity: 1 },
      ],
      [{ serial: 'BG-1', typeCode: 'BAG' }],
      [
        { serial: 'TB-9', typeCode: 'TABLET' },
        { serial: 'TB-3', typeCode: 'TABLET' },
      ],
    );
    expect(r).toEqual({
      issue: [
        { serial: 'BG-1', typeCode: 'BAG', fromLeaver: true },
        { serial: 'TB-3', typeCode: 'TABLET', fromLeaver: false },
      ],
      lacking: ['POWER_BANK'],
    });
  });
});
