import { problem } from '../../common/errors/app-error.js';
import type { Community } from '../../generated/prisma/enums.js';
import { type Candidate, rank, type Selection, type SelectionProblem } from './shortlist.js';

/**
 * Supervisor selection by ASK (letter point 6: "ASK selects supervisors"; no shortlist, no
 * commission step). Candidates are the eligible, scored supervisor applications of a
 * municipality, ranked per community as enumerators are (score, then submission, then national
 * id). ASK selects exactly the required number per community; taking rank k > required passes
 * over a higher-ranked candidate and needs a written reason. The rest, in rank order, is the
 * reserve list replacements are taken from.
 */
export interface SupervisorRanking<C extends Candidate> {
  readonly community: Community;
  readonly required: number;
  readonly ranked: readonly C[];
}

export function rankSupervisors<C extends Candidate>(
  targets: readonly { readonly community: Community; readonly supervisors: number }[],
  candidates: readonly C[],
): SupervisorRanking<C>[] {
  const communities = new Set<Community>([...targets.filter((t) => t.supervisors > 0).map((t) => t.community)]);
  for (const c of candidates) communities.add(c.community);
  return [...communities].sort().map((community) => ({
    community,
    required: targets.find((t) => t.community === community)?.supervisors ?? 0,
    ranked: rank(candidates.filter((c) => c.community === community)),
  }));
}

/** Check ASK's selection against the ranking and the targets; every problem at once. */
export function checkSupervisorSelection(
  rankings: readonly SupervisorRanking<Candidate>[],
  selections: readonly Selection[],
): { ok: true; deviations: number } | { ok: false; problems: SelectionProblem[] } {
  const problems: SelectionProblem[] = [];
  const byId = new Map<string, { community: Community; rank: number; required: number }>();
  for (const r of rankings) r.ranked.forEach((c, i) => byId.set(c.id, { community: r.community, rank: i + 1, required: r.required }));
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
      problems.push(problem('NOT_RANKED_SUPERVISOR', {}, { field: `${field}.applicationId` }));
      return;
    }
    perCommunity.set(entry.community, (perCommunity.get(entry.community) ?? 0) + 1);
    if (entry.rank > entry.required) {
      deviations += 1;
      if (!s.reason || s.reason.trim().length === 0)
        problems.push(
          problem(
            'DEVIATION_NEEDS_REASON',
            { rank: entry.rank, community: entry.community, required: entry.required },
            { field: `${field}.reason` },
          ),
        );
    }
  });
  for (const r of rankings) {
    const n = perCommunity.get(r.community) ?? 0;
    if (n !== r.required)
      problems.push(
        problem(
          'SELECTION_COUNT',
          { community: r.community, kind: 'SUPERVISOR', required: r.required, selected: n },
          { field: 'selections' },
        ),
      );
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, deviations };
}
