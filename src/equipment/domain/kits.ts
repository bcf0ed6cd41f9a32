/**
 * Kits per staff role (issue #6, Equipment; letter point 8). Defaults apply to a role until
 * logistics stores its own definition: enumerator = tablet bag with a tablet and a power bank,
 * supervisor = laptop and tablet.
 */
export type StaffRole = 'SUPERVISOR' | 'ENUMERATOR';
export const STAFF_ROLES: readonly StaffRole[] = ['SUPERVISOR', 'ENUMERATOR'];

export interface KitLine {
  readonly typeCode: string;
  readonly quantity: number;
}

export type KitDefinitions = Readonly<Record<StaffRole, readonly KitLine[]>>;

export const DEFAULT_KITS: KitDefinitions = {
  ENUMERATOR: [
    { typeCode: 'BAG', quantity: 1 },
    { typeCode: 'TABLET', quantity: 1 },
    { typeCode: 'POWER_BANK', quantity: 1 },
  ],
  SUPERVISOR: [
    { typeCode: 'LAPTOP', quantity: 1 },
    { typeCode: 'TABLET', quantity: 1 },
  ],
};

/** Names used when an item type has no stored row yet. */
export const DEFAULT_TYPE_NAMES: Readonly<Record<string, string>> = {
  BAG: 'Tablet bag',
  TABLET: 'Tablet',
  POWER_BANK: 'Power bank',
  LAPTOP: 'Laptop',
};

/** Spare items per municipality, in percent of the items its people need (default 10 %). */
export const DEFAULT_SPARE_PERCENT = 10;

/**
 * Spares for one item type: ceil(needed × percent ÷ 100), so any shortfall of a whole item
 * rounds up (57 needed at 10 % → 5.7 → 6 spares). Integer arithmetic, no floats.
 */
export function sparesFor(needed: number, percent: number): number {
  if (!Number.isInteger(needed) || needed < 0) throw new RangeError(`needed must be a whole number ≥ 0 (got ${needed})`);
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw new RangeError(`percent must be 0–100 (got ${percent})`);
  return Math.floor((needed * percent + 99) / 100);
}

/** Kit of a role: the stored definition when there is one, else the default. */
export function kitsWithDefaults(stored: Partial<Record<StaffRole, readonly KitLine[]>>): KitDefinitions {
  return {
    SUPERVISOR: stored.SUPERVISOR && stored.SUPERVISOR.length > 0 ? stored.SUPERVISOR : DEFAULT_KITS.SUPERVISOR,
    ENUMERATOR: stored.ENUMERATOR && stored.ENUMERATOR.length > 0 ? stored.ENUMERATOR : DEFAULT_KITS.ENUMERATOR,
  };
}
