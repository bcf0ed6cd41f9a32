import { Module } from '@nestjs/common';
import { KkrController } from './kkr.controller.js';
import { KkrRepository } from './kkr.repository.js';
import { KkrService } from './kkr.service.js';

/** Municipal census commissions (KKR): member lists and contact points with ASK. */
@Module({ controllers: [KkrController], providers: [KkrRepository, KkrService] })
export class CommissionsModule {}
