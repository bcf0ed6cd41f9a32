import { Injectable } from '@nestjs/common';
import { actorOf, AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { Transactions } from '../common/prisma/transaction.js';
import { GeographyRepository } from './geography.repository.js';

/** Regions and municipalities: national reference data, readable by every signed-in role. */
@Injectable()
export class GeographyService {
  constructor(
    private readonly geo: GeographyRepository,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  regions() {
    return this.geo.regions();
  }

  municipalities(regionCode?: string) {
    return this.geo.municipalities(regionCode);
  }

  async municipality(code: string) {
    const m = await this.geo.municipalityByCode(code);
    if (!m) throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${code} not found`);
    return m;
  }

  /** An ADMIN sets the languages a municipality's documents are printed in (the first is the default). */
  async setDocumentLocales(p: Principal, code: string, documentLocales: readonly string[]) {
    return this.transactions.run(async (tx) => {
      const m = await this.geo.setDocumentLocales(tx, code, documentLocales);
      if (!m) throw new AppError('MUNICIPALITY_UNKNOWN', `municipality ${code} not found`);
      await this.audit.record(tx, actorOf(p), {
        action: 'updated',
        entity: 'Municipality',
        entityIds: [m.id],
        municipalityId: m.id,
        details: { fields: ['documentLocales'], documentLocales: [...documentLocales] },
      });
      return m;
    });
  }
}
