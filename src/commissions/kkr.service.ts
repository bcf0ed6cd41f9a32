import { Injectable } from '@nestjs/common';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, problem } from '../common/errors/app-error.js';
import { Transactions } from '../common/prisma/transaction.js';
import { offsetOf, offsetPage } from '../common/http/lists.js';
import { checkKkrMembers, type KkrMemberInput, type KkrProblem } from './domain/kkr-rules.js';
import { KkrRepository, type ScopedMunicipality } from './kkr.repository.js';

const unknownMunicipality = (code: string): AppError => new AppError('MUNICIPALITY_UNKNOWN', `municipality ${code} not found`);

@Injectable()
export class KkrService {
  constructor(
    private readonly kkr: KkrRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  async list(p: Principal, code: string) {
    const m = await this.kkr.municipality(p.scope, code);
    // Another municipality's list looks exactly like an unknown municipality.
    if (!m) throw unknownMunicipality(code);
    return view(m, await this.kkr.members(p.scope, m.id));
  }

  /** Replace the list atomically; every rule problem is reported at once (422 KKR_RULES_VIOLATED). */
  replace(p: Principal, code: string, input: readonly KkrMemberInput[]) {
    return this.transactions.run(async (tx) => {
      const m = await this.kkr.lockMunicipality(tx, p.scope, code);
      if (!m) throw unknownMunicipality(code);
      const check = checkKkrMembers(input);
      if (!check.ok) {
        throw new AppError('KKR_RULES_VIOLATED', 'the KKR member list breaks the rules of the letter', problemsAsDetails(check.problems));
      }
      const previousCount = await this.kkr.replace(tx, p.scope, m.id, check.members);
      await this.audit.record(tx, actorOf(p), {
        action: 'replaced',
        entity: 'KkrMemberList',
        entityIds: [m.id],
        municipalityId: m.id,
        details: {
          previousCount,
          count: check.members.length,
          contactPositions: check.members.filter((x) => x.isContactPerson).map((x) => x.position),
        },
      });
      return view(m, await this.kkr.members(p.scope, m.id, tx));
    });
  }

  /**
   * The commission confirms its current member list (letter point 1). The rules are checked
   * again on the stored list; the confirmation keeps a snapshot, the confirming user and the time.
   */
  confirm(p: Principal, code: string) {
    return this.transactions.run(async (tx) => {
      const m = await this.kkr.lockMunicipality(tx, p.scope, code);
      if (!m) throw unknownMunicipality(code);
      const stored = await this.kkr.members(p.scope, m.id, tx);
      const check = checkKkrMembers(stored);
      if (!check.ok)
        throw new AppError(
          'KKR_RULES_VIOLATED',
          'the KKR member list cannot be confirmed: it breaks the rules of the letter',
          problemsAsDetails(check.problems),
        );
      const c = await this.kkr.confirm(tx, m.id, check.members, p);
      await this.audit.record(tx, actorOf(p), {
        action: 'confirmed',
        entity: 'KkrMemberList',
        entityIds: [m.id],
        municipalityId: m.id,
        details: { version: c.version, count: check.members.length },
      });
      return { municipality: { code: m.code, nameSq: m.nameSq }, ...c };
    });
  }

  /** Confirmations, newest first, a page at a time. */
  async confirmations(p: Principal, code: string, q: { limit: number; cursor?: string | undefined }) {
    const m = await this.kkr.municipality(p.scope, code);
    if (!m) throw unknownMunicipality(code);
    const offset = offsetOf(q.cursor);
    const { items, total } = await this.kkr.confirmations(p.scope, m.id, offset, q.limit);
    return offsetPage(items, offset, q.limit, total);
  }
}

function problemsAsDetails(problems: readonly KkrProblem[]) {
  return problems.map((x) => problem(x.code, x.params, { ...(x.position !== undefined ? { row: x.position } : {}), field: x.field }));
}

function view(m: ScopedMunicipality, members: Awaited<ReturnType<KkrRepository['members']>>) {
  return {
    municipality: { code: m.code, nameSq: m.nameSq },
    members: members.map(({ updatedAt: _u, ...rest }) => rest),
    updatedAt: members.reduce<Date | null>((max, x) => (max === null || x.updatedAt > max ? x.updatedAt : max), null),
  };
}
