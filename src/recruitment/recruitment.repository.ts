import { Inject, Injectable } from '@nestjs/common';
import { PRISMA, type PrismaClient } from '../common/prisma/prisma.module.js';
import type { Tx } from '../common/prisma/transaction.js';
import { municipalityWhere, type Scope } from '../common/scope/scope.js';
import { scopeSql } from '../common/scope/scope-sql.js';
import { Prisma } from '../generated/prisma/client.js';
import {
  ApplicationStatus,
  type ApplicationChannel,
  type Community,
  type DeadlineFlagKind,
  type Language,
  StaffKind,
} from '../generated/prisma/enums.js';
import type { Flag } from './domain/deadline-flags.js';
import { type KeyColumn, keysetAfter, keysetOrderBy, keysetPage, keysetWhere, sortOf } from '../common/http/lists.js';
import { likeLiteral } from '../common/prisma/like.js';
import { municipalityInScope } from '../geography/geography.repository.js';

type Db = Tx | PrismaClient;

/** Filters, search and order of a page of applications (the national id breaks ties: unique within a competition). */
export interface ApplicationPageQuery {
  readonly kind?: StaffKind | undefined;
  readonly status?: ApplicationStatus | undefined;
  readonly channel?: ApplicationChannel | undefined;
  readonly community?: Community | undefined;
  readonly q?: string | undefined;
  readonly sort: ApplicationSort;
  readonly limit: number;
  readonly cursor?: string | undefined;
}
export type ApplicationSort = 'submittedAt' | '-submittedAt' | 'fullName' | '-fullName';

export interface ScopedMunicipality {
  readonly id: string;
  readonly code: string;
  readonly nameSq: string;
  readonly nameSr: string;
}

export const applicationSelect = {
  id: true,
  competitionId: true,
  municipalityId: true,
  kind: true,
  nationalId: true,
  fullName: true,
  phone: true,
  email: true,
  community: true,
  languageOfWork: true,
  channel: true,
  paperFileRef: true,
  submittedAt: true,
  submittedById: true,
  score: true,
  shortlistRank: true,
  status: true,
  deviationReason: true,
  staffId: true,
  dateOfBirth: true,
  documents: true,
  eligible: true,
  ineligibility: true,
} as const satisfies Prisma.ApplicationSelect;

export type ApplicationRow = Prisma.ApplicationGetPayload<{ select: typeof applicationSelect }>;

export interface ApplicationData {
  competitionId: string;
  municipalityId: string;
  kind: StaffKind;
  nationalId: string;
  fullName: string;
  phone: string | null;
  email: string | null;
  community: Community;
  languageOfWork: Language;
  channel: ApplicationChannel;
  paperFileRef: string | null;
  submittedAt: Date;
  submittedById: string;
  dateOfBirth: Date | null;
  documents: string[];
  eligible: boolean;
  ineligibility: Prisma.InputJsonValue;
}

export type CompetitionRow = Prisma.CompetitionGetPayload<object>;

const replacementSelect = {
  id: true,
  competitionId: true,
  municipalityId: true,
  leaverStaffId: true,
  leavingDate: true,
  cutoverDate: true,
  reason: true,
  proposedApplicationId: true,
  status: true,
  replacementStaffId: true,
  notes: true,
  createdAt: true,
  acceptedAt: true,
} as const satisfies Prisma.ReplacementSelect;

export type ReplacementRow = Prisma.ReplacementGetPayload<{ select: typeof replacementSelect }>;

/**
 * Recruitment data. Competitions and their timelines are national; everything of a
 * municipality (targets, applications, the commission's stage, replacements, flags) is read
 * and written with the caller's scope in the WHERE clause.
 */
@Injectable()
export class RecruitmentRepository {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  // ── competitions (national) ──

  competition(id: string, db: Db = this.prisma): Promise<CompetitionRow | null> {
    return db.competition.findUnique({ where: { id } });
  }

  competitions(censusId?: string): Promise<CompetitionRow[]> {
    return this.prisma.competition.findMany({ where: censusId ? { censusId } : {}, orderBy: { vacancyAnnounced: 'desc' } });
  }

  createCompetition(tx: Tx, data: Prisma.CompetitionCreateInput): Promise<CompetitionRow> {
    return tx.competition.create({ data });
  }

  updateCompetition(tx: Tx, id: string, data: Prisma.CompetitionUpdateInput): Promise<CompetitionRow> {
    return tx.competition.update({ where: { id }, data });
  }

  // ── municipalities and stages ──

  municipality(scope: Scope, code: string, db: Db = this.prisma): Promise<ScopedMunicipality | null> {
    return municipalityInScope(db, scope, code, { id: true, code: true, nameSq: true, nameSr: true });
  }

  municipalities(): Promise<{ id: string; code: string }[]> {
    return this.prisma.municipality.findMany({ select: { id: true, code: true }, orderBy: { sortOrder: 'asc' } });
  }

  /** The commission's stage row, created if missing, locked for the rest of the transaction. */
  async lockStage(tx: Tx, scope: Scope, competitionId: string, municipalityId: string) {
    await tx.commissionStage.upsert({
      where: { competitionId_municipalityId: { competitionId, municipalityId } },
      create: { competitionId, municipalityId },
      update: {},
    });
    const rows = await tx.$queryRaw<
      {
        shortlistSentAt: Date | null;
        finalisedAt: Date | null;
        publishedAt: Date | null;
        finalListStartedAt: Date | null;
        shortlistVersion: number;
      }[]
    >(
      Prisma.sql`SELECT "shortlistSentAt", "finalisedAt", "publishedAt", "finalListStartedAt", "shortlistVersion" FROM "CommissionStage"
                 WHERE "competitionId" = ${competitionId}::uuid AND "municipalityId" = ${municipalityId}::uuid
                 ${scopeSql(scope)}
                 FOR UPDATE`,
    );
    return rows[0] ?? null;
  }

  stage(scope: Scope, competitionId: string, municipalityId: string, db: Db = this.prisma) {
    return db.commissionStage.findFirst({ where: { competitionId, municipalityId, ...municipalityWhere(scope) } });
  }

  setStage(
    tx: Tx,
    scope: Scope,
    competitionId: string,
    municipalityId: string,
    data: Prisma.CommissionStageUpdateManyMutationInput,
  ): Promise<Prisma.BatchPayload> {
    return tx.commissionStage.updateMany({ where: { competitionId, municipalityId, ...municipalityWhere(scope) }, data });
  }

  // ── shortlist versions (what the commission received, each re-send kept) ──

  addShortlistVersion(tx: Tx, data: Prisma.ShortlistVersionUncheckedCreateInput) {
    return tx.shortlistVersion.create({ data, select: { version: true } });
  }

  lastShortlistVersion(tx: Tx, scope: Scope, competitionId: string, municipalityId: string) {
    return tx.shortlistVersion.findFirst({
      where: { competitionId, municipalityId, ...municipalityWhere(scope) },
      orderBy: { version: 'desc' },
      select: { version: true, entries: true },
    });
  }

  /** Every version sent, newest first, with the e-mail of who sent it. */
  async shortlistVersions(scope: Scope, competitionId: string, municipalityId: string, db: Db = this.prisma) {
    const rows = await db.shortlistVersion.findMany({
      where: { competitionId, municipalityId, ...municipalityWhere(scope) },
      orderBy: { version: 'desc' },
      select: { version: true, sentAt: true, sentById: true, changes: true, reason: true },
    });
    const users = new Map(
      (await db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.sentById))] } }, select: { id: true, email: true } })).map(
        (u) => [u.id, u.email],
      ),
    );
    return rows.map((r) => ({ ...r, sentBy: users.get(r.sentById) ?? null }));
  }

  // ── targets ──

  targets(scope: Scope, competitionId: string, municipalityId?: string, db: Db = this.prisma) {
    return db.staffingTarget.findMany({
      where: { competitionId, ...(municipalityId ? { municipalityId } : {}), ...municipalityWhere(scope) },
      select: { municipalityId: true, community: true, supervisors: true, enumerators: true },
      orderBy: [{ municipalityId: 'asc' }, { community: 'asc' }],
    });
  }

  async replaceTargets(
    tx: Tx,
    competitionId: string,
    municipalityId: string,
    rows: readonly { community: Community; supervisors: number; enumerators: number }[],
  ): Promise<void> {
    await tx.staffingTarget.deleteMany({ where: { competitionId, municipalityId } });
    await tx.staffingTarget.createMany({ data: rows.map((r) => ({ ...r, competitionId, municipalityId })) });
  }

  // ── paper intake clerks ──

  async isClerk(db: Db, municipalityId: string, userId: string): Promise<boolean> {
    return (await db.paperIntakeClerk.count({ where: { municipalityId, userId } })) > 0;
  }

  clerks(scope: Scope, municipalityId: string, db: Db = this.prisma) {
    return db.paperIntakeClerk.findMany({
      where: { municipalityId, ...municipalityWhere(scope) },
      select: { userId: true, kkrPosition: true, createdAt: true },
      orderBy: { kkrPosition: 'asc' },
    });
  }

  async designateClerk(tx: Tx, municipalityId: string, userId: string, kkrPosition: number): Promise<void> {
    await tx.paperIntakeClerk.upsert({
      where: { municipalityId_userId: { municipalityId, userId } },
      create: { municipalityId, userId, kkrPosition },
      update: { kkrPosition },
    });
  }

  /** A MUNICIPALITY user of this municipality (the account of the KKR member). */
  municipalUser(tx: Tx, municipalityId: string, userId: string) {
    return tx.user.findFirst({ where: { id: userId, municipalityId, role: 'MUNICIPALITY', active: true }, select: { id: true } });
  }

  kkrMemberAt(tx: Tx, municipalityId: string, position: number) {
    return tx.kkrMember.findFirst({ where: { municipalityId, position }, select: { id: true } });
  }

  // ── applications ──

  createApplication(tx: Tx, data: ApplicationData): Promise<ApplicationRow> {
    return tx.application.create({ data, select: applicationSelect });
  }

  /** Competition-wide (the one-application rule spans municipalities); returns no personal data. */
  existingApplication(db: Db, competitionId: string, nationalId: string) {
    return db.application.findUnique({
      where: { competitionId_nationalId: { competitionId, nationalId } },
      select: { id: true, municipalityId: true, submittedAt: true },
    });
  }

  /** A keyset page of a municipality's applications: filters, search (national id or a word of the name), order. */
  async applicationPage(scope: Scope, competitionId: string, municipalityId: string, q: ApplicationPageQuery) {
    const where: Prisma.ApplicationWhereInput = {
      competitionId,
      municipalityId,
      ...(q.kind ? { kind: q.kind } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.channel ? { channel: q.channel } : {}),
      ...(q.community ? { community: q.community } : {}),
      ...(q.q
        ? {
            OR: [
              { nationalId: { startsWith: likeLiteral(q.q.toUpperCase()) } },
              { fullName: { startsWith: likeLiteral(q.q), mode: 'insensitive' as const } },
              { fullName: { contains: ` ${likeLiteral(q.q)}`, mode: 'insensitive' as const } },
            ],
          }
        : {}),
      ...municipalityWhere(scope),
    };
    const { key, dir } = sortOf(q.sort);
    const columns: readonly KeyColumn[] = [
      { field: key, dir },
      { field: 'nationalId', dir },
    ];
    const after = keysetAfter(q.cursor, q.sort, columns);
    const [rows, total] = await Promise.all([
      this.prisma.application.findMany({
        where: { AND: [where, keysetWhere(columns, after)] },
        select: applicationSelect,
        orderBy: keysetOrderBy(columns),
        take: q.limit + 1,
      }),
      this.prisma.application.count({ where }),
    ]);
    return keysetPage(rows, q.limit, total, q.sort, (a) => [a[key], a.nationalId]);
  }

  enumeratorApplications(scope: Scope, competitionId: string, municipalityId: string, db: Db = this.prisma): Promise<ApplicationRow[]> {
    return db.application.findMany({
      where: { competitionId, municipalityId, kind: StaffKind.ENUMERATOR, ...municipalityWhere(scope) },
      select: applicationSelect,
    });
  }

  applicationsByIds(db: Db, competitionId: string, ids: readonly string[]) {
    return db.application.findMany({ where: { competitionId, id: { in: [...ids] } }, select: { id: true, municipalityId: true } });
  }

  async setScore(tx: Tx, id: string, score: string): Promise<void> {
    await tx.application.update({ where: { id }, data: { score } });
  }

  async setShortlistRanks(tx: Tx, scope: Scope, competitionId: string, municipalityId: string, ranks: ReadonlyMap<string, number>) {
    await tx.application.updateMany({
      where: { competitionId, municipalityId, ...municipalityWhere(scope) },
      data: { shortlistRank: null },
    });
    for (const [id, rank] of ranks)
      await tx.application.updateMany({ where: { id, municipalityId, ...municipalityWhere(scope) }, data: { shortlistRank: rank } });
  }

  async select(tx: Tx, scope: Scope, municipalityId: string, id: string, reason: string | null): Promise<void> {
    await tx.application.updateMany({
      where: { id, municipalityId, ...municipalityWhere(scope) },
      data: { status: ApplicationStatus.SELECTED, deviationReason: reason },
    });
  }

  /** Link the staff record; `HIRED` marks a reserve candidate taken on later, final-list candidates stay `SELECTED`. */
  async markHired(tx: Tx, scope: Scope, id: string, staffId: string, status: ApplicationStatus): Promise<boolean> {
    const r = await tx.application.updateMany({ where: { id, ...municipalityWhere(scope) }, data: { status, staffId } });
    return r.count === 1;
  }

  // ── replacements ──

  createReplacement(tx: Tx, data: Prisma.ReplacementUncheckedCreateInput): Promise<ReplacementRow> {
    return tx.replacement.create({ data, select: replacementSelect });
  }

  replacements(scope: Scope, competitionId: string, municipalityId: string, db: Db = this.prisma): Promise<ReplacementRow[]> {
    return db.replacement.findMany({
      where: { competitionId, municipalityId, ...municipalityWhere(scope) },
      select: replacementSelect,
      orderBy: { createdAt: 'asc' },
    });
  }

  async lockReplacement(tx: Tx, scope: Scope, competitionId: string, municipalityId: string, id: string): Promise<ReplacementRow | null> {
    const rows = await tx.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT id FROM "Replacement" WHERE id = ${id}::uuid AND "competitionId" = ${competitionId}::uuid
                 AND "municipalityId" = ${municipalityId}::uuid
                 ${scopeSql(scope)}
                 FOR UPDATE`,
    );
    if (rows.length === 0) return null;
    return tx.replacement.findFirst({ where: { id, ...municipalityWhere(scope) }, select: replacementSelect });
  }

  pendingReplacementOf(tx: Tx, leaverStaffId: string) {
    return tx.replacement.findFirst({ where: { leaverStaffId, status: 'PROPOSED' }, select: { id: true } });
  }

  async decline(tx: Tx, scope: Scope, applicationId: string): Promise<void> {
    await tx.application.updateMany({
      where: { id: applicationId, ...municipalityWhere(scope) },
      data: { status: ApplicationStatus.DECLINED },
    });
  }

  async repropose(tx: Tx, scope: Scope, id: string, proposedApplicationId: string): Promise<void> {
    await tx.replacement.updateMany({ where: { id, ...municipalityWhere(scope) }, data: { proposedApplicationId } });
  }

  async acceptReplacement(tx: Tx, scope: Scope, id: string, replacementStaffId: string, notes: Prisma.InputJsonValue, at: Date) {
    await tx.replacement.updateMany({
      where: { id, ...municipalityWhere(scope) },
      data: { status: 'ACCEPTED', replacementStaffId, notes, acceptedAt: at },
    });
  }

  /** Open or future assignment periods of a person (validTo null or on/after the day). */
  assignmentsFrom(tx: Tx, scope: Scope, enumeratorId: string, from: Date) {
    return tx.eaAssignment.findMany({
      where: { enumeratorId, OR: [{ validTo: null }, { validTo: { gte: from } }], ...municipalityWhere(scope) },
      select: { id: true, eaId: true, validFrom: true, validTo: true },
      orderBy: { validFrom: 'asc' },
    });
  }

  /** A period the leaver had not started yet passes whole to the replacement. */
  async reassign(tx: Tx, scope: Scope, assignmentId: string, enumeratorId: string): Promise<void> {
    await tx.eaAssignment.updateMany({ where: { id: assignmentId, ...municipalityWhere(scope) }, data: { enumeratorId } });
  }

  // ── deadline flags ──

  /** Per municipality: first KKR confirmation, whether it has enumerator targets, and its stage. */
  async commissionStates(competitionId: string) {
    const [municipalities, confirmations, targets, stages] = await Promise.all([
      this.municipalities(),
      this.prisma.kkrConfirmation.groupBy({ by: ['municipalityId'], _min: { confirmedAt: true } }),
      this.prisma.staffingTarget.groupBy({ by: ['municipalityId'], where: { competitionId }, _sum: { enumerators: true } }),
      this.prisma.commissionStage.findMany({ where: { competitionId } }),
    ]);
    const confirmed = new Map(confirmations.map((c) => [c.municipalityId, c._min.confirmedAt]));
    const withTargets = new Set(targets.filter((t) => (t._sum.enumerators ?? 0) > 0).map((t) => t.municipalityId));
    const stageOf = new Map(stages.map((s) => [s.municipalityId, s]));
    return municipalities.map((m) => ({
      municipalityId: m.id,
      kkrConfirmedAt: confirmed.get(m.id) ?? null,
      hasTargets: withTargets.has(m.id),
      finalisedAt: stageOf.get(m.id)?.finalisedAt ?? null,
      publishedAt: stageOf.get(m.id)?.publishedAt ?? null,
    }));
  }

  /** Store the latest flags of a competition: new ones are raised, gone ones removed, raisedAt kept. */
  async storeFlags(tx: Tx, competitionId: string, flags: readonly Flag[], checkedAt: Date): Promise<void> {
    // The job and an on-demand check may overlap: one writer per competition at a time.
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`deadline-flags:${competitionId}`}))::text`;
    const keep: string[] = [];
    for (const f of flags) {
      const row = await tx.deadlineFlag.upsert({
        where: {
          competitionId_municipalityId_kind_subject: {
            competitionId,
            municipalityId: f.municipalityId,
            kind: f.kind as DeadlineFlagKind,
            subject: f.subject,
          },
        },
        create: {
          competitionId,
          municipalityId: f.municipalityId,
          kind: f.kind as DeadlineFlagKind,
          subject: f.subject,
          dueAt: f.dueAt,
          doneAt: f.doneAt,
          notice: { code: f.notice.code, params: { ...f.notice.params } },
          raisedAt: checkedAt,
          checkedAt,
        },
        update: { dueAt: f.dueAt, doneAt: f.doneAt, notice: { code: f.notice.code, params: { ...f.notice.params } }, checkedAt },
        select: { id: true },
      });
      keep.push(row.id);
    }
    await tx.deadlineFlag.deleteMany({ where: { competitionId, id: { notIn: keep } } });
  }

  async flags(scope: Scope, competitionId?: string, censusId?: string, municipalityId?: string) {
    const ofCensus = censusId
      ? (await this.prisma.competition.findMany({ where: { censusId }, select: { id: true } })).map((c) => c.id)
      : undefined;
    return this.prisma.deadlineFlag.findMany({
      where: {
        ...(competitionId ? { competitionId } : {}),
        ...(ofCensus ? { competitionId: competitionId ? { in: ofCensus.filter((id) => id === competitionId) } : { in: ofCensus } } : {}),
        ...(municipalityId ? { municipalityId } : {}),
        ...municipalityWhere(scope),
      },
      select: {
        id: true,
        competitionId: true,
        municipalityId: true,
        kind: true,
        subject: true,
        dueAt: true,
        doneAt: true,
        notice: true,
        raisedAt: true,
        checkedAt: true,
      },
      orderBy: [{ dueAt: 'asc' }, { municipalityId: 'asc' }, { kind: 'asc' }],
    });
  }

  municipalityCodes(ids: readonly string[]) {
    return this.prisma.municipality.findMany({ where: { id: { in: [...ids] } }, select: { id: true, code: true } });
  }
}
