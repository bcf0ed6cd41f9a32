import { Module } from '@nestjs/common';
import { CensusModule } from '../census/census.module.js';
import { DashboardController } from './dashboard.controller.js';
import { DashboardRepository } from './dashboard.repository.js';
import { DashboardService } from './dashboard.service.js';

/** The dashboards of the console: read-only aggregates over the other features' tables, in the caller's scope. */
@Module({ imports: [CensusModule], controllers: [DashboardController], providers: [DashboardRepository, DashboardService] })
export class DashboardModule {}
