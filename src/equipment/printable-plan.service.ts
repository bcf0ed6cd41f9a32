import { Injectable } from '@nestjs/common';
import { DEFAULT_LOCALE, type Locale } from '../common/i18n/locales.js';
import type { Scope } from '../common/scope/scope.js';
import { DistributionPlanService } from './distribution-plan.service.js';
import { typeNameOf } from './domain/distribution-planner.js';
import { EquipmentReferenceService } from './equipment-reference.service.js';

/** The printed distribution plan (report type 4) as plain data. */
@Injectable()
export class PrintablePlanService {
  constructor(
    private readonly plans: DistributionPlanService,
    private readonly reference: EquipmentReferenceService,
  ) {}

  /**
   * Everything the printed distribution plan (report type 4) needs, as plain data: one row
   * per person with the kit's item types and serials, the training session (or the note that
   * it is not planned yet, in the reader's language) and an empty signature cell (one signature per kit), then spares, the
   * storage room and the missing list.
   */
  async printablePlan(scope: Scope, id: string, locale: Locale = DEFAULT_LOCALE) {
    const plan = await this.plans.planView(scope, id, undefined, locale);
    const names = await this.reference.typeNames();
    return {
      reportType: 4,
      title: `Distribution plan — ${plan.municipality.name}, version ${plan.version}`,
      municipality: plan.municipality,
      version: plan.version,
      createdAt: plan.createdAt.toISOString(),
      storageRoom: plan.storageRoom,
      columns: ['No.', 'Full name', 'Role', 'Kit (item: serial)', 'Training session', 'Signature'],
      rows: plan.lines.map((l, i) => ({
        no: i + 1,
        staffId: l.staffId,
        fullName: l.fullName,
        role: l.role,
        kit: l.items.map((it) => ({ typeCode: it.typeCode, typeName: typeNameOf(names, it.typeCode), serial: it.serial ?? 'missing' })),
        session: l.session
          ? `${l.session.startDate} – ${l.session.endDate}, ${l.session.venueName}, ${l.session.roomName}${l.session.shift ? ` (${l.session.shift.toLowerCase()})` : ''}`
          : (l.sessionNote?.text ?? ''),
        // the parts of `session`, for a report that prints it in its own language
        sessionDetail: l.session,
        sessionNote: l.sessionNote,
        signature: '',
      })),
      spares: plan.spares.map((s) => ({
        typeCode: s.typeCode,
        typeName: typeNameOf(names, s.typeCode),
        wanted: s.wanted,
        serials: s.serials,
      })),
      needs: plan.needs,
      missing: plan.missing,
    };
  }
}
