import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { KkrController } from './kkr.controller.js';
import { KkrRepository } from './kkr.repository.js';
import { KkrService } from './kkr.service.js';

/** Municipal census commissions (KKR): member lists and contact points with ASK. */
@Module({ imports: [AuditModule], controllers: [KkrController], providers: [KkrRepository, KkrService], exports: [KkrRepository] })
export class CommissionsModule {}
