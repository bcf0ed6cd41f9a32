import { type CodedDetail, problem } from '../../common/errors/app-error.js';
import type { Community, Language } from '../../generated/prisma/enums.js';

/**
 * Shortlist and final list (letter point 6, issue 3).
 *  - Shortlist size per municipality and community: ceil(1.5 × required), in integer
 *    arithmetic ceil(3r/2) = floor((3r + 1) / 2): 7 → 11, 4 → 6, 1 → 2, 0 → 0.
 *  - Ranking: higher assessment score first; ties by earlier submission time, then by
 *    national id (ascending, as text). Unscored applications are not ranked.
 *  - Final list: exactly the required number per community, all from the shortlist. Taking
 *    candidate ranked k > required means passing over someone ranked higher: every such
 *    selected candidate is a deviation from rank order and must carry a written reason.
 */
export function shortlistSize(required: number): number {
  return Math.floor((3 * required + 1) / 2);
}

export interface Candidate {
  readonly id: string;
  readonly nationalId: string;
  readonly community: Community;
  readonly languageOfWork: Language;
  /** hundredths of a point; null = not assessed */
  readonly scoreHundredths: number | null;
  readonly submittedAt: Date;
}

export function compareCandidates(a: Candidate, b: Candidate): number {
  const sa = a.scoreHundredths ?? -1;
  const sb = b.scoreHundredths ?? -1;
  if (sa !== sb) return sb - sa;
  const ta = a.submittedAt.getTime();
  const tb = b.submittedAt.getTime();
  if (ta !== tb) return ta - tb;
  return a.nationalId < b.nationalId ? -1 : a.nationalId > b.nationalId ? 1 : 0;
}

export function rank<C extends Candidate>(cs: readonly C[]): C[] {
  return cs.filter((c) => c.scoreHundredths !== null).sort(compareCandidates);
}

export interface ShortlistEntry {
  readonly applicationId: string;
  readonly community: Community;
  /** 1-based within the community */
  readonly rank: number;
}

export interface CommunityShortlist {
  readonly community: Community;
  readonly required: number;
  readonly size: number;
  /** candidates available when fewer than `size` are assessed */
  readonly shortfall: number;
  readonly entries: readonly ShortlistEntry[];
}

/** The ranked shortlist of one municipality, per community with a target. */
export function buildShortlist(
  targets: readonly { readonly community: Community; readonly enumerators: number }[],
  candidates: readonly Candidate[],
): CommunityShortlist[] {
  return targets.map((t) => {
    const size = shortlistSize(t.enumerators);
    const ranked = rank(candidates.filter((c) => c.community === t.community)).slice(0, size);
    return {
      community: t.community,
      required: t.enumerators,
      size,
      shortfall: size - ranked.length,
      entries: ranked.map((c, i) => ({ applicationId: c.id, community: t.community, rank: i + 1 })),
    };
  });
}

export interface Selection {
  readonly applicationId: string;
  readonly reason?: string | null;
}

export type SelectionProblem = CodedDetail;

/** Check a commission's final list against the shortlist and the targets; all problems at once. */
export function checkFinalSelection(
  targets: readonly { readonly community: Community; readonly enumerators: number }[],
  shortlist: readonly { readonly applicationId: string; readonly community: Community; readonly rank: number }[],
  selections: readonly Selection[],
): { ok: true; deviations: number } | { ok: false; problems: SelectionProblem[] } {
  const problems: SelectionProblem[] = [];
  const byId = new Map(shortlist.map((s) => [s.applicationId, s]));
  const seen = new Set<string>();
  const perCommunity = new Map<Community, number>();
  let deviations = 0;
  selections.forEach((s, i) => {
    const field = `selections.${i}`;
    if (seen.has(s.applicationId)) {
      problems.push(problem('SELECTED_TWICE', {}, { field: `${field}.applicationId` }));
      return;
    }
    seen.add(s.applicationId);
    const entry = byId.get(s.applicationId);
    if (!entry) {
      problems.push(problem('NOT_ON_SHORTLIST', {}, { field: `${field}.applicationId` }));
      return;
    }
    perCommunity.set(entry.community, (perCommunity.get(entry.community) ?? 0) + 1);
    const required = targets.find((t) => t.community === entry.community)?.enumerators ?? 0;
    if (entry.rank > required) {
      deviations += 1;
      if (!s.reason || s.reason.trim().length === 0)
        problems.push(
          problem(
            'DEVIATION_NEEDS_REASON',
            { rank: entry.rank, community: entry.community, required: required },
            { field: `${field}.reason` },
          ),
        );
    }
  });
  for (const t of targets) {
    const n = perCommunity.get(t.community) ?? 0;
    if (n !== t.enumerators)
      problems.push(
        problem(
          'SELECTION_COUNT',
          { community: t.community, kind: 'ENUMERATOR', required: t.enumerators, selected: n },
          { field: 'selections' },
        ),
      );
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, deviations };
}

/** The next reserve candidate for a leaver: same community required; same language of work first; then rank. */
export function proposeReplacement<C extends Candidate>(
  leaver: { readonly community: Community; readonly languageOfWork: Language },
  reserve: readonly C[],
): C | null {
  const ranked = rank(reserve.filter((c) => c.community === leaver.community));
  return ranked.find((c) => c.languageOfWork === leaver.languageOfWork) ?? ranked[0] ?? null;
}

/** "87.5" / "87.50" → 8750 hundredths, exact (no floats). */
export function scoreToHundredths(s: string): number {
  const m = /^(\d{1,4})(?:\.(\d{1,2}))?$/.exec(s.trim());
  if (!m) throw new RangeError(`not a score: ${s}`);
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
