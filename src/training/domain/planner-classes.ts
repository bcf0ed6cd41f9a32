import {
  classSizes,
  type Move,
  type MoveReason,
  type PlannerInput,
  type PreviousClass,
  type TraineeGroup,
  type WorkClass,
} from './planner-model.js';

/** What forming classes gives: the classes, the trainees who changed class (re-plans) and the fewest classes possible. */
export interface FormedClasses {
  readonly work: WorkClass[];
  readonly moves: Move[];
  readonly lowerBound: number;
}

/**
 * Phase 1: split each (municipality, language) group into k = ceil(n / max) classes whose sizes
 * differ by at most one; on a pinned re-plan keep trainees in their previous classes where they can stay.
 */
export function formClasses(input: PlannerInput): FormedClasses {
  return input.previous ? pinnedClasses(input, input.maxClassSize) : freshClasses(input.groups, input.maxClassSize);
}

const groupKey = (municipalityId: string, language: string): string => `${municipalityId}|${language}`;

export function freshClasses(groups: readonly TraineeGroup[], max: number): FormedClasses {
  const work: WorkClass[] = [];
  let lowerBound = 0;
  for (const g of mergeGroups(groups)) {
    const sizes = classSizes(g.traineeIds.length, max);
    lowerBound += sizes.length;
    let at = 0;
    for (const [i, s] of sizes.entries()) {
      work.push({
        key: `${g.municipalityId}|${g.language}|${i + 1}`,
        municipalityId: g.municipalityId,
        language: g.language,
        traineeIds: g.traineeIds.slice(at, at + s),
        placement: null,
        why: null,
      });
      at += s;
    }
  }
  return { work, moves: [], lowerBound };
}

/** Callers may pass one (municipality, language) in several pieces: one group each. */
export function mergeGroups(groups: readonly TraineeGroup[]): TraineeGroup[] {
  const merged = new Map<string, { municipalityId: string; language: string; traineeIds: string[] }>();
  for (const g of groups) {
    const k = groupKey(g.municipalityId, g.language);
    const m = merged.get(k);
    if (m) for (const t of g.traineeIds) m.traineeIds.push(t);
    else merged.set(k, { municipalityId: g.municipalityId, language: g.language, traineeIds: [...g.traineeIds] });
  }
  return [...merged.values()].filter((g) => g.traineeIds.length > 0);
}

export function pinnedClasses(input: PlannerInput, max: number): FormedClasses {
  const previous = input.previous ?? [];
  const groups = mergeGroups(input.groups);
  const groupOf = new Map<string, string>();
  for (const g of groups) for (const t of g.traineeIds) groupOf.set(t, groupKey(g.municipalityId, g.language));
  const prevClassOf = new Map<string, string>();
  const prevByGroup = new Map<string, PreviousClass[]>();
  const usedKeys = new Set<string>();
  for (const c of previous) {
    usedKeys.add(c.key);
    for (const t of c.traineeIds) prevClassOf.set(t, c.key);
    const k = groupKey(c.municipalityId, c.language);
    const list = prevByGroup.get(k);
    if (list) list.push(c);
    else prevByGroup.set(k, [c]);
  }

  const work: WorkClass[] = [];
  const moves: Move[] = [];
  let lowerBound = 0;
  for (const g of groups) {
    const k = groupKey(g.municipalityId, g.language);
    const sizes = classSizes(g.traineeIds.length, max);
    lowerBound += sizes.length;
    // Stayers per previous class of this group, in their previous order.
    const candidates = (prevByGroup.get(k) ?? []).map((c, position) => ({
      key: c.key,
      position,
      stayers: c.traineeIds.filter((t) => groupOf.get(t) === k),
    }));
    // Keep the classes with the most stayers; open new ones when more are needed.
    candidates.sort((a, b) => b.stayers.length - a.stayers.length || a.position - b.position);
    const kept = candidates.slice(0, sizes.length);
    const closed = candidates.slice(sizes.length);
    let n = 0;
    while (kept.length < sizes.length) {
      let key: string;
      do key = `${g.municipalityId}|${g.language}|${++n + (prevByGroup.get(k)?.length ?? 0)}`;
      while (usedKeys.has(key));
      usedKeys.add(key);
      kept.push({ key, position: Number.MAX_SAFE_INTEGER, stayers: [] });
    }
    // Largest targets to the classes with most stayers (kept is sorted that way; new ones last).
    const members: string[][] = kept.map(() => []);
    const overflow: { traineeId: string; from: string; reason: MoveReason }[] = [];
    kept.forEach((c, i) => {
      const target = sizes[i] as number;
      c.stayers.forEach((t, j) => {
        if (j < target) (members[i] as string[]).push(t);
        else overflow.push({ traineeId: t, from: c.key, reason: 'MOVE_CLASS_OVER_SIZE' });
      });
    });
    for (const c of closed) for (const t of c.stayers) overflow.push({ traineeId: t, from: c.key, reason: 'MOVE_CLASS_CLOSED' });
    // Newcomers: not in this group's previous classes (new, or changed municipality/language).
    const newcomers: { traineeId: string; from: string | null; reason: MoveReason }[] = [];
    const groupKeys = new Set((prevByGroup.get(k) ?? []).map((c) => c.key));
    for (const t of g.traineeIds) {
      const from = prevClassOf.get(t);
      const stayedInGroup = from !== undefined && groupKeys.has(from);
      if (!stayedInGroup) newcomers.push({ traineeId: t, from: from ?? null, reason: from ? 'MOVE_GROUP_CHANGED' : 'MOVE_NEW' });
    }
    const queue = [...newcomers, ...overflow];
    let qi = 0;
    const groupWork: { position: number; c: WorkClass }[] = [];
    kept.forEach((c, i) => {
      const target = sizes[i] as number;
      const list = members[i] as string[];
      while (list.length < target && qi < queue.length) {
        const q = queue[qi++] as { traineeId: string; from: string | null; reason: MoveReason };
        list.push(q.traineeId);
        if (q.from !== null)
          moves.push({
            traineeId: q.traineeId,
            municipalityId: g.municipalityId,
            fromClassKey: q.from,
            toClassKey: c.key,
            reason: q.reason,
          });
      }
      groupWork.push({
        position: c.position,
        c: { key: c.key, municipalityId: g.municipalityId, language: g.language, traineeIds: list, placement: null, why: null },
      });
    });
    // Output in the previous plan's order, new classes last, so versions read alike.
    groupWork.sort((a, b) => a.position - b.position);
    for (const x of groupWork) work.push(x.c);
  }
  return { work, moves, lowerBound };
}
