/**
 * The order of a competition's recruitment stages (issue 19, "Stage gates"): applications
 * until the deadline; the shortlist only after it; the final list only after the shortlist;
 * publication only after the final list. A shortlist may be sent again (a new version) until
 * the commission has started its final list, unless ADMIN has reopened it. Every refusal names
 * the stage and its date, so the edge can word it in the reader's language.
 */
export type GateCode =
  | 'APPLICATION_DEADLINE_PASSED'
  | 'SHORTLIST_BEFORE_DEADLINE'
  | 'SHORTLIST_LOCKED'
  | 'SHORTLIST_NOT_SENT'
  | 'FINAL_LIST_NOT_DONE'
  | 'RECRUITMENT_STAGE';

/** The stage whose date decides: a calendar stage or a step of the commission. */
export type GateStage = 'applicationDeadline' | 'shortlistSent' | 'finalListStarted' | 'finalListDone' | 'publication';

export interface Refusal {
  readonly code: GateCode;
  readonly stage: GateStage;
  /** ISO instant of the stage (null: the step has not happened) */
  readonly date: string | null;
  readonly message: string;
}

export type Gate = { readonly ok: true } | ({ readonly ok: false } & Refusal);

const OK: Gate = { ok: true };
const refuse = (code: GateCode, stage: GateStage, date: Date | null, message: string): Gate => ({
  ok: false,
  code,
  stage,
  date: date?.toISOString() ?? null,
  message,
});

/** The commission's progress in one municipality, as the gates read it. */
export interface StageState {
  readonly shortlistSentAt: Date | null;
  readonly finalListStartedAt: Date | null;
  readonly finalisedAt: Date | null;
  readonly publishedAt: Date | null;
}

/** An application (online, paper or imported) counts only when it reaches the system strictly before the deadline. */
export function applicationGate(deadline: Date, now: Date): Gate {
  if (now.getTime() < deadline.getTime()) return OK;
  return refuse(
    'APPLICATION_DEADLINE_PASSED',
    'applicationDeadline',
    deadline,
    `the application deadline passed at ${deadline.toISOString()}`,
  );
}

/**
 * Sending (or re-sending) a shortlist: only once the deadline has passed, and never after the
 * commission has started its final list (ADMIN reopening clears the start).
 */
export function shortlistGate(deadline: Date, state: StageState, now: Date): Gate {
  if (now.getTime() < deadline.getTime())
    return refuse(
      'SHORTLIST_BEFORE_DEADLINE',
      'applicationDeadline',
      deadline,
      `no shortlist before the application deadline has passed (${deadline.toISOString()})`,
    );
  if (state.finalisedAt)
    return refuse(
      'SHORTLIST_LOCKED',
      'finalListDone',
      state.finalisedAt,
      `the final list was finalised at ${state.finalisedAt.toISOString()}`,
    );
  if (state.finalListStartedAt)
    return refuse(
      'SHORTLIST_LOCKED',
      'finalListStarted',
      state.finalListStartedAt,
      `the commission started its final list at ${state.finalListStartedAt.toISOString()}; ADMIN must reopen the shortlist first`,
    );
  return OK;
}

/** Starting or finalising the final list: only after a shortlist was sent, and only once. */
export function finalListGate(state: StageState, now: Date): Gate {
  if (!state.shortlistSentAt || state.shortlistSentAt.getTime() > now.getTime())
    return refuse('SHORTLIST_NOT_SENT', 'shortlistSent', state.shortlistSentAt, 'ASK has not sent the shortlist yet');
  if (state.finalisedAt)
    return refuse(
      'RECRUITMENT_STAGE',
      'finalListDone',
      state.finalisedAt,
      `the final list was already finalised at ${state.finalisedAt.toISOString()}`,
    );
  return OK;
}

/** Publication: only after the shortlist and the final list, and only once. */
export function publicationGate(state: StageState, now: Date): Gate {
  if (!state.shortlistSentAt || state.shortlistSentAt.getTime() > now.getTime())
    return refuse('SHORTLIST_NOT_SENT', 'shortlistSent', state.shortlistSentAt, 'ASK has not sent the shortlist yet');
  if (!state.finalisedAt || state.finalisedAt.getTime() > now.getTime())
    return refuse('FINAL_LIST_NOT_DONE', 'finalListDone', state.finalisedAt, 'the commission has not finalised its list yet');
  if (state.publishedAt)
    return refuse(
      'RECRUITMENT_STAGE',
      'publication',
      state.publishedAt,
      `the final list was already published at ${state.publishedAt.toISOString()}`,
    );
  return OK;
}

/** ADMIN reopening a shortlist for a re-send: only while the final list is started and not finalised. */
export function reopenGate(state: StageState): Gate {
  if (state.finalisedAt)
    return refuse(
      'RECRUITMENT_STAGE',
      'finalListDone',
      state.finalisedAt,
      `the final list was finalised at ${state.finalisedAt.toISOString()}`,
    );
  if (!state.finalListStartedAt)
    return refuse('RECRUITMENT_STAGE', 'finalListStarted', null, 'the commission has not started its final list');
  return OK;
}

export interface ShortlistEntry {
  readonly applicationId: string;
  readonly community: string;
  readonly rank: number;
}

export interface ShortlistChanges {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly moved: readonly { readonly applicationId: string; readonly from: number; readonly to: number }[];
}

/** What a re-sent shortlist changed against the previous version (empty lists for the first). */
export function shortlistChanges(previous: readonly ShortlistEntry[], next: readonly ShortlistEntry[]): ShortlistChanges {
  const before = new Map(previous.map((e) => [e.applicationId, e.rank]));
  const after = new Map(next.map((e) => [e.applicationId, e.rank]));
  return {
    added: next.filter((e) => !before.has(e.applicationId)).map((e) => e.applicationId),
    removed: previous.filter((e) => !after.has(e.applicationId)).map((e) => e.applicationId),
    moved: next
      .filter((e) => before.has(e.applicationId) && before.get(e.applicationId) !== e.rank)
      .map((e) => ({ applicationId: e.applicationId, from: before.get(e.applicationId) as number, to: e.rank })),
  };
}
