import { Injectable } from '@nestjs/common';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, problem } from '../common/errors/app-error.js';
import { Transactions } from '../common/prisma/transaction.js';
import { GeographyRepository } from './geography.repository.js';
import { EaRepository, type EaFilter } from './ea.repository.js';

@Injectable()
export class EaService {
  constructor(
    private readonly eas: EaRepository,
    private readonly geo: GeographyRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  /** `municipalityCode`: an unknown code matches nothing rather than everything. */
  async list(p: Principal, f: Omit<EaFilter, 'municipalityId'> & { municipalityCode?: string }) {
    const { municipalityCode, ...rest } = f;
    return this.eas.list(p.scope, { ...rest, municipalityId: await this.geo.idForFilter(municipalityCode) });
  }

  async get(p: Principal, id: string) {
    const ea = await this.eas.find(p.scope, id);
    if (!ea) throw new AppError('EA_UNKNOWN', 'enumeration area not found');
    return ea;
  }

  async create(p: Principal, input: { code: string; name?: string | null; municipalityCode: string }) {
    const municipalityId = await this.municipalityInScope(p, input.municipalityCode);
    return this.transactions.run(async (tx) => {
      const ea = await this.eas.create(tx, { code: input.code, name: input.name ?? null, municipalityId });
      await this.audit.record(tx, actorOf(p), { action: 'created', entity: 'EnumerationArea', entityIds: [ea.id], municipalityId });
      return ea;
    });
  }

  async update(p: Principal, id: string, input: { name?: string | null; municipalityCode?: string }) {
    const municipalityId = input.municipalityCode ? await this.municipalityInScope(p, input.municipalityCode) : undefined;
    return this.transactions.run(async (tx) => {
      const before = await this.eas.find(p.scope, id, tx);
      if (!before) throw new AppError('EA_UNKNOWN', 'enumeration area not found');
      if (municipalityId && municipalityId !== before.municipalityId && (await this.eas.countAssignments(tx, id)) > 0) {
        throw new AppError('EA_IN_USE', 'an enumeration area with assignments cannot move to another municipality');
      }
      const ea = await this.eas.update(tx, p.scope, id, {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(municipalityId ? { municipalityId } : {}),
      });
      if (!ea) throw new AppError('EA_UNKNOWN', 'enumeration area not found');
      await this.audit.record(tx, actorOf(p), {
        action: 'updated',
        entity: 'EnumerationArea',
        entityIds: [id],
        municipalityId: ea.municipalityId,
        details: { fields: Object.keys(input) },
      });
      return ea;
    });
  }

  async remove(p: Principal, id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const ea = await this.eas.find(p.scope, id, tx);
      if (!ea) throw new AppError('EA_UNKNOWN', 'enumeration area not found');
      // History matters more than tidiness: an EA that was ever assigned stays.
      if ((await this.eas.countAssignments(tx, id)) > 0)
        throw new AppError('EA_IN_USE', 'an enumeration area with assignments cannot be deleted');
      await this.eas.delete(tx, p.scope, id);
      await this.audit.record(tx, actorOf(p), {
        action: 'deleted',
        entity: 'EnumerationArea',
        entityIds: [id],
        municipalityId: ea.municipalityId,
        details: { code: ea.code },
      });
    });
  }

  private async municipalityInScope(p: Principal, code: string): Promise<string> {
    // Outside the caller's scope looks exactly like unknown.
    const m = await this.geo.municipalityInScope(p.scope, code);
    if (!m)
      throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${code} not found`, [
        problem('MUNICIPALITY_CODE_UNKNOWN', {}, { field: 'municipalityCode' }),
      ]);
    return m.id;
  }
}
