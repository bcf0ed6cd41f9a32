import { type CodedDetail, problem } from '../../common/errors/app-error.js';
import type { PlanItem } from './distribution-planner.js';

/**
 * Kit handover and return rules (issue #6, Equipment): a kit changes hands whole, with one
 * signature. A handover gives exactly the serials of the person's plan line, or a planned
 * serial explicitly substituted by another available item of the same type; a slot the plan
 * could not fill takes any available item of its type. A return lists every item the person
 * holds, each with its condition.
 */

export type Problem = CodedDetail;

export interface KnownItem {
  readonly serial: string;
  readonly typeCode: string;
  /** in the municipality's store and free to hand out (IN_STORAGE or RETURNED) */
  readonly available: boolean;
  /** when not available: the item's status (ISSUED, DAMAGED, LOST, …), or ELSEWHERE (in another municipality's store) */
  readonly state: string;
}

export interface HandoverInput {
  /** the person's plan line */
  readonly planned: readonly PlanItem[];
  readonly serials: readonly string[];
  readonly substitutions: readonly { readonly planned: string; readonly actual: string }[];
  /** the given serials as stored (unknown serials are absent) */
  readonly known: ReadonlyMap<string, KnownItem>;
}

export interface IssuedItem {
  readonly serial: string;
  readonly typeCode: string;
  readonly substitutedFor: string | null;
}

export type CheckResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly Problem[] };

export function checkHandover(input: HandoverInput): CheckResult<IssuedItem[]> {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const s of input.serials) {
    if (seen.has(s)) problems.push(problem('SERIAL_REPEATED', { serial: s }, { field: 'serials' }));
    seen.add(s);
    const k = input.known.get(s);
    if (!k) problems.push(problem('SERIAL_NOT_IN_INVENTORY', { serial: s }, { field: 'serials' }));
    else if (!k.available) problems.push(problem('SERIAL_NOT_AVAILABLE', { serial: s, state: k.state }, { field: 'serials' }));
  }
  const toGive = input.planned.filter((p) => !p.alreadyIssued);
  if (toGive.length === 0) problems.push(problem('KIT_ALREADY_HELD', {}, { field: 'serials' }));

  const subFor = new Map<string, string>();
  for (const sub of input.substitutions) {
    if (!toGive.some((p) => p.serial === sub.planned))
      problems.push(problem('NOT_PLANNED_SERIAL', { serial: sub.planned }, { field: 'substitutions' }));
    if (!seen.has(sub.actual)) problems.push(problem('SUBSTITUTE_NOT_GIVEN', { serial: sub.actual }, { field: 'substitutions' }));
    subFor.set(sub.planned, sub.actual);
  }

  const used = new Set<string>();
  const issued: IssuedItem[] = [];
  const open: PlanItem[] = [];
  for (const p of toGive) {
    if (p.serial === null) {
      open.push(p);
      continue;
    }
    if (seen.has(p.serial) && !subFor.has(p.serial)) {
      used.add(p.serial);
      issued.push({ serial: p.serial, typeCode: p.typeCode, substitutedFor: null });
      continue;
    }
    const actual = subFor.get(p.serial);
    if (actual === undefined) {
      problems.push(problem('PLANNED_ITEM_MISSING', { type: p.typeCode, serial: p.serial }, { field: 'serials' }));
      continue;
    }
    const k = input.known.get(actual);
    if (k && k.typeCode !== p.typeCode)
      problems.push(
        problem(
          'SUBSTITUTE_OTHER_TYPE',
          { serial: actual, type: k.typeCode, plannedType: p.typeCode, planned: p.serial },
          { field: 'substitutions' },
        ),
      );
    used.add(actual);
    issued.push({ serial: actual, typeCode: p.typeCode, substitutedFor: p.serial });
  }
  // Slots the plan could not fill take any given item of their type.
  for (const p of open) {
    const s = input.serials.find((x) => !used.has(x) && input.known.get(x)?.typeCode === p.typeCode);
    if (s === undefined) {
      problems.push(problem('OPEN_SLOT_NOT_GIVEN', { type: p.typeCode }, { field: 'serials' }));
      continue;
    }
    used.add(s);
    issued.push({ serial: s, typeCode: p.typeCode, substitutedFor: null });
  }
  for (const s of seen) if (!used.has(s) && input.known.has(s)) problems.push(problem('NOT_IN_KIT', { serial: s }, { field: 'serials' }));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: issued };
}

export type Condition = 'GOOD' | 'DAMAGED' | 'LOST';

export interface ReturnInput {
  readonly held: readonly { readonly serial: string; readonly typeCode: string }[];
  readonly items: readonly { readonly serial: string; readonly condition: Condition }[];
}

export interface ReturnedItem {
  readonly serial: string;
  readonly typeCode: string;
  readonly condition: Condition;
  /** the item status after the return */
  readonly status: 'RETURNED' | 'DAMAGED' | 'LOST';
}

const STATUS_AFTER: Readonly<Record<Condition, ReturnedItem['status']>> = { GOOD: 'RETURNED', DAMAGED: 'DAMAGED', LOST: 'LOST' };

/** The whole kit comes back at once: every held serial listed once with its condition, nothing else. */
export function checkReturn(input: ReturnInput): CheckResult<ReturnedItem[]> {
  const problems: Problem[] = [];
  if (input.held.length === 0) problems.push(problem('HOLDS_NOTHING', {}, { field: 'items' }));
  const given = new Map<string, Condition>();
  input.items.forEach((it, i) => {
    if (given.has(it.serial)) problems.push(problem('SERIAL_REPEATED', { serial: it.serial }, { field: `items.${i}.serial` }));
    given.set(it.serial, it.condition);
    if (!input.held.some((h) => h.serial === it.serial))
      problems.push(problem('NOT_HELD', { serial: it.serial }, { field: `items.${i}.serial` }));
  });
  const out: ReturnedItem[] = [];
  for (const h of input.held) {
    const c = given.get(h.serial);
    if (c === undefined) {
      problems.push(problem('RETURN_ITEM_MISSING', { type: h.typeCode, serial: h.serial }, { field: 'items' }));
      continue;
    }
    out.push({ serial: h.serial, typeCode: h.typeCode, condition: c, status: STATUS_AFTER[c] });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: out };
}

/**
 * A leaver's kit goes to the replacement (recruitment flow): the replacement's kit takes the
 * leaver's items returned in GOOD condition first, then available items of the store (spares)
 * in serial order. Returns the serials to issue, and the kit types no item could be found for.
 */
export function pickTransferKit(
  kit: readonly { readonly typeCode: string; readonly quantity: number }[],
  returnedGood: readonly { readonly serial: string; readonly typeCode: string }[],
  store: readonly { readonly serial: string; readonly typeCode: string }[],
): { issue: { serial: string; typeCode: string; fromLeaver: boolean }[]; lacking: string[] } {
  const byCode = (list: readonly { serial: string; typeCode: string }[]) => {
    const m = new Map<string, string[]>();
    for (const it of [...list].sort((a, b) => (a.serial < b.serial ? -1 : a.serial > b.serial ? 1 : 0))) {
      m.set(it.typeCode, [...(m.get(it.typeCode) ?? []), it.serial]);
    }
    return m;
  };
  const fromLeaver = byCode(returnedGood);
  const fromStore = byCode(store);
  const issue: { serial: string; typeCode: string; fromLeaver: boolean }[] = [];
  const lacking: string[] = [];
  for (const k of kit) {
    for (let q = 0; q < k.quantity; q++) {
      const l = fromLeaver.get(k.typeCode)?.shift();
      if (l !== undefined) {
        issue.push({ serial: l, typeCode: k.typeCode, fromLeaver: true });
        continue;
      }
      const s = fromStore.get(k.typeCode)?.shift();
      if (s !== undefined) issue.push({ serial: s, typeCode: k.typeCode, fromLeaver: false });
      else lacking.push(k.typeCode);
    }
  }
  return { issue, lacking };
}
