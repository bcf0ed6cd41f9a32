import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { AppError, problem } from '../common/errors/app-error.js';
import { ReportType, type ReportTypeDefinition } from './report-type.js';

/**
 * The catalogue of report types, by name (the routes document it). Each name has one provider
 * marked `@ReportType()` in ReportsModule, found at start-up like the job handlers; a name
 * without a provider, a provider without a name or two providers of one name stop the boot.
 * To add a type: write `types/<name>.report.ts` (an `@ReportType()` class), its template in
 * templates/, add the name here and the class to ReportsModule (docs/reports.md).
 */
export const REPORT_TYPE_NAMES = [
  'payment-statement',
  'payment-statement-pack',
  'payroll-summary',
  'kkr-members',
  'contract',
  'room-plan',
  'distribution-plan',
  'training-schedule',
  'vacancy-notice',
  'final-list',
  'attendance-sheet',
] as const;

@Injectable()
export class ReportTypes implements OnModuleInit {
  private readonly byName = new Map<string, ReportTypeDefinition<unknown>>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const w of this.discovery.getProviders({ metadataKey: ReportType.KEY })) {
      const def = w.instance as ReportTypeDefinition<unknown> | undefined;
      if (!def) continue;
      if (this.byName.has(def.type)) throw new Error(`two report types are named ${def.type} (${w.name})`);
      if (!(REPORT_TYPE_NAMES as readonly string[]).includes(def.type))
        throw new Error(`report type ${def.type} (${w.name}) is not in REPORT_TYPE_NAMES`);
      this.byName.set(def.type, def);
    }
    const missing = REPORT_TYPE_NAMES.filter((n) => !this.byName.has(n));
    if (missing.length) throw new Error(`report types without a provider: ${missing.join(', ')} (declare their classes in ReportsModule)`);
  }

  get(type: string): ReportTypeDefinition<unknown> {
    const d = this.byName.get(type);
    if (!d) throw new AppError('REPORT_TYPE_UNKNOWN', `unknown report type ${type}`, [
        problem('NOT_ONE_OF', { values: REPORT_TYPE_NAMES.join(', ') }, { field: 'type' }),
      ]);
    return d;
  }
}
