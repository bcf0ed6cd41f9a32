import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import type { AppConfig, QueueBackend } from './common/config/config.js';
import { CountersModule } from './common/counters/counter-store.js';
import { createJobTransport } from './common/jobs/job-transport.js';
import type { JobsOptions } from './common/jobs/job-worker.host.js';
import { AppExceptionFilter } from './common/errors/app-exception.filter.js';
import { BodyReaderInterceptor } from './common/http/body-reader.interceptor.js';
import { loggerParams } from './common/logging/logger.js';
import type { DatabaseHandle } from './common/prisma/database.js';
import { PrismaModule } from './common/prisma/prisma.module.js';
import { RedisModule } from './common/redis/redis.module.js';
import { ConfigModule } from './common/config/config.module.js';
import { GeographyModule } from './geography/geography.module.js';
import { StaffModule } from './staff/staff.module.js';
import { CensusModule } from './census/census.module.js';
import { CommissionsModule } from './commissions/commissions.module.js';
import { HealthController } from './health/health.controller.js';
import { ImportsModule } from './imports/imports.module.js';
import { TariffsModule } from './payroll/tariffs/tariffs.module.js';
import { CountsModule } from './payroll/counts/counts.module.js';
import { FieldworkModule } from './fieldwork/fieldwork.module.js';
import { PayExportsModule } from './payroll/exports/pay-exports.module.js';
import { PayRunsModule } from './payroll/runs/pay-runs.module.js';
import { JobsModule } from './common/jobs/jobs.module.js';
import { RecruitmentModule } from './recruitment/recruitment.module.js';
import { TrainingModule } from './training/training.module.js';
import { EquipmentModule } from './equipment/equipment.module.js';
import { QueueBoardModule } from './wiring/queue-board.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { ContractsModule } from './contracts/contracts.module.js';
import { MessagingModule } from './messaging/messaging.module.js';
import { WiringModule } from './wiring/wiring.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';

@Module({})
export class AppModule {
  /**
   * `config.queueBackend` must be resolved (resolveQueueBackend). `runWorkers`: consume
   * background jobs in this process (default: the WORKER_IN_PROCESS setting). `wiring`: the
   * port bindings (default: all of src/wiring).
   */
  static forRoot(
    config: AppConfig & { queueBackend: QueueBackend },
    db: DatabaseHandle,
    options: Partial<JobsOptions> = {},
    wiring?: readonly Type[],
  ): DynamicModule {
    const redis = config.queueBackend === 'redis';
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config)),
        PrismaModule.forRoot(db),
        ...(redis ? [RedisModule.forRoot(config.redisUrl)] : []),
        CountersModule.forRoot(config.queueBackend),
        JobsModule.forRoot(createJobTransport(config, db.url), { ...options, runWorkers: options.runWorkers ?? config.workerInProcess }),
        AuditModule,
        AuthModule,
        CensusModule,
        GeographyModule,
        StaffModule,
        CommissionsModule,
        ImportsModule,
        TariffsModule,
        CountsModule,
        FieldworkModule,
        PayExportsModule,
        PayRunsModule,
        ContractsModule,
        RecruitmentModule,
        TrainingModule,
        EquipmentModule,
        ReportsModule,
        QueueBoardModule,
        MessagingModule,
        DashboardModule,
        WiringModule.forRoot(wiring),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_FILTER, useClass: AppExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: BodyReaderInterceptor },
      ],
    };
  }
}
