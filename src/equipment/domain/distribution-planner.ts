import { notice, type Notice } from '../../common/text/notice.js';
import { DEFAULT_TYPE_NAMES, type KitDefinitions, sparesFor, type StaffRole } from './kits.js';

/**
 * The distribution plan of one municipality (issue #6, Equipment; letter point 8): which
 * person gets which kit (serials), at which training session, which items stay as spares in
 * the storage room, and exactly what is missing to complete the plan.
 *
 * Rules (deterministic: same input, same plan):
 *  - people in order: supervisors first, then by full name, then by staff id;
 *  - items a person already holds fill their own kit first (a re-plan never moves them);
 *  - other slots take available items of the type in serial order;
 *  - spares per type = ceil(items people need × spare % ÷ 100), taken after all people;
 *  - need = people's items + spares; have = available + already held; missing = need − have.
 * Pure: the shell loads people, kits, stock and sessions and stores the result.
 */

export interface PlanPerson {
  readonly staffId: string;
  readonly fullName: string;
  readonly role: StaffRole;
}

/** An item in the municipality's store that may be handed out (IN_STORAGE or RETURNED in good condition). */
export interface StockItem {
  readonly serial: string;
  readonly typeCode: string;
}

/** An item already ISSUED to a person of the municipality. */
export interface HeldItem extends StockItem {
  readonly staffId: string;
}

export interface TrainingSession {
  readonly startDate: string;
  readonly endDate: string;
  readonly venueName: string;
  readonly roomName: string;
  readonly shift: string | null;
}

export interface PlannerInput {
  readonly people: readonly PlanPerson[];
  readonly kits: KitDefinitions;
  /** item type code → name (defaults for the standard codes) */
  readonly typeNames: Readonly<Record<string, string>>;
  readonly available: readonly StockItem[];
  readonly held: readonly HeldItem[];
  readonly sparePercent: number;
  readonly sessions: ReadonlyMap<string, TrainingSession>;
}

export interface PlanItem {
  readonly typeCode: string;
  /** null: no item of this type left for this person */
  readonly serial: string | null;
  readonly alreadyIssued: boolean;
}

export interface PlanLine {
  readonly staffId: string;
  readonly fullName: string;
  readonly role: StaffRole;
  readonly items: readonly PlanItem[];
  readonly complete: boolean;
  readonly session: TrainingSession | null;
  /** "session not planned yet" when the training plan has no session for this person */
  readonly sessionNote: string | null;
}

export interface PlanSpares {
  readonly typeCode: string;
  readonly wanted: number;
  readonly serials: readonly string[];
}

export interface PlanNeed {
  readonly typeCode: string;
  readonly typeName: string;
  readonly forPeople: number;
  readonly spares: number;
  readonly need: number;
  readonly have: number;
  readonly missing: number;
}

export interface PlanMissing {
  /** per item type short of the plan, as codes (empty when nothing is missing) */
  readonly shortfalls: readonly Notice[];
  readonly items: readonly { readonly typeCode: string; readonly count: number }[];
  readonly incompleteKits: readonly { readonly staffId: string; readonly fullName: string; readonly typeCodes: readonly string[] }[];
  readonly sessionsNotPlanned: readonly { readonly staffId: string; readonly fullName: string }[];
}

export interface DistributionPlanResult {
  readonly lines: readonly PlanLine[];
  readonly spares: readonly PlanSpares[];
  readonly needs: readonly PlanNeed[];
  readonly missing: PlanMissing;
}

/** The note of a line whose person has no training session yet: a notice code (`notice.SESSION_NOT_PLANNED`). */
export const SESSION_NOT_PLANNED = 'SESSION_NOT_PLANNED';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function comparePeople(a: PlanPerson, b: PlanPerson): number {
  if (a.role !== b.role) return a.role === 'SUPERVISOR' ? -1 : 1;
  return cmp(a.fullName, b.fullName) || cmp(a.staffId, b.staffId);
}

export function typeNameOf(names: Readonly<Record<string, string>>, code: string): string {
  return names[code] ?? DEFAULT_TYPE_NAMES[code] ?? code;
}

export function planDistribution(input: PlannerInput): DistributionPlanResult {
  const people = [...input.people].sort(comparePeople);

  // Types in first-seen order over the kits (supervisor kit first), then stock.
  const typeOrder: string[] = [];
  const seeType = (c: string) => {
    if (!typeOrder.includes(c)) typeOrder.push(c);
  };
  for (const role of ['SUPERVISOR', 'ENUMERATOR'] as const) for (const l of input.kits[role]) seeType(l.typeCode);

  const stock = new Map<string, string[]>();
  for (const it of [...input.available].sort((a, b) => cmp(a.serial, b.serial))) {
    const list = stock.get(it.typeCode) ?? [];
    list.push(it.serial);
    stock.set(it.typeCode, list);
  }
  const heldBy = new Map<string, HeldItem[]>();
  for (const h of [...input.held].sort((a, b) => cmp(a.serial, b.serial))) {
    const list = heldBy.get(h.staffId) ?? [];
    list.push(h);
    heldBy.set(h.staffId, list);
  }
  const heldCount = new Map<string, number>();
  for (const h of input.held) heldCount.set(h.typeCode, (heldCount.get(h.typeCode) ?? 0) + 1);

  const forPeople = new Map<string, number>();
  const cursor = new Map<string, number>();
  const take = (typeCode: string): string | null => {
    const list = stock.get(typeCode) ?? [];
    const i = cursor.get(typeCode) ?? 0;
    if (i >= list.length) return null;
    cursor.set(typeCode, i + 1);
    return list[i] ?? null;
  };

  const lines: PlanLine[] = [];
  const incompleteKits: { staffId: string; fullName: string; typeCodes: string[] }[] = [];
  const sessionsNotPlanned: { staffId: string; fullName: string }[] = [];
  for (const p of people) {
    const own = [...(heldBy.get(p.staffId) ?? [])];
    const items: PlanItem[] = [];
    const lacking: string[] = [];
    for (const k of input.kits[p.role]) {
      forPeople.set(k.typeCode, (forPeople.get(k.typeCode) ?? 0) + k.quantity);
      for (let q = 0; q < k.quantity; q++) {
        const i = own.findIndex((h) => h.typeCode === k.typeCode);
        if (i >= 0) {
          const [h] = own.splice(i, 1);
          items.push({ typeCode: k.typeCode, serial: h?.serial ?? null, alreadyIssued: true });
          continue;
        }
        const serial = take(k.typeCode);
        if (serial === null) lacking.push(k.typeCode);
        items.push({ typeCode: k.typeCode, serial, alreadyIssued: false });
      }
    }
    const session = input.sessions.get(p.staffId) ?? null;
    if (session === null) sessionsNotPlanned.push({ staffId: p.staffId, fullName: p.fullName });
    if (lacking.length > 0) incompleteKits.push({ staffId: p.staffId, fullName: p.fullName, typeCodes: lacking });
    lines.push({
      staffId: p.staffId,
      fullName: p.fullName,
      role: p.role,
      items,
      complete: lacking.length === 0,
      session,
      sessionNote: session === null ? SESSION_NOT_PLANNED : null,
    });
  }

  for (const c of stock.keys()) seeType(c);
  const spares: PlanSpares[] = [];
  const needs: PlanNeed[] = [];
  for (const typeCode of typeOrder) {
    const people = forPeople.get(typeCode) ?? 0;
    const wanted = sparesFor(people, input.sparePercent);
    const serials: string[] = [];
    for (let i = 0; i < wanted; i++) {
      const s = take(typeCode);
      if (s === null) break;
      serials.push(s);
    }
    const have = (stock.get(typeCode)?.length ?? 0) + (heldCount.get(typeCode) ?? 0);
    const need = people + wanted;
    if (people > 0 || wanted > 0) spares.push({ typeCode, wanted, serials });
    needs.push({
      typeCode,
      typeName: typeNameOf(input.typeNames, typeCode),
      forPeople: people,
      spares: wanted,
      need,
      have,
      missing: Math.max(0, need - have),
    });
  }

  const short = needs.filter((n) => n.missing > 0);
  const shortfalls = short.map(shortfallOf);
  return {
    lines,
    spares,
    needs,
    missing: {
      shortfalls,
      items: short.map((n) => ({ typeCode: n.typeCode, count: n.missing })),
      incompleteKits,
      sessionsNotPlanned,
    },
  };
}

/**
 * What is missing of one item type, as a code (`notice.EQUIPMENT_SHORT` in messages/): the
 * type's name as recorded, how many are missing, needed (spares included) and in hand.
 */
export const shortfallOf = (n: PlanNeed): Notice =>
  notice('EQUIPMENT_SHORT', { type: n.typeName, missing: n.missing, need: n.need, spares: n.spares, have: n.have });
