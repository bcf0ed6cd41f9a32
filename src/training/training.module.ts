import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CensusModule } from '../census/census.module.js';
import { TrainingEventController, TrainingPlanController, TrainingSessionController } from './training.controller.js';
import { TrainingRepository } from './training.repository.js';
import { TrainingEventService } from './training-event.service.js';
import { TrainingPlanQueryService } from './training-plan-query.service.js';
import { TrainingPlanService } from './training-plan.service.js';
import { TrainingSessionService } from './training-session.service.js';
import { RoomController, VenueController } from './venue.controller.js';
import { VenueService } from './venue.service.js';
import { EventTimesController, PlanSessionsController, RoomAddressController } from './sessions/session.controller.js';
import { SessionRepository } from './sessions/session.repository.js';
import { AttendanceController } from './sessions/attendance.controller.js';
import { AttendanceRepository } from './sessions/attendance.repository.js';
import { AttendanceService } from './sessions/attendance.service.js';
import { SessionService } from './sessions/session.service.js';

/** Training venues and rooms, training events of the letter and versioned room plans (issue #6 part A). */
@Module({
  imports: [AuditModule, CensusModule],
  controllers: [
    VenueController,
    RoomController,
    TrainingEventController,
    TrainingPlanController,
    TrainingSessionController,
    PlanSessionsController,
    EventTimesController,
    RoomAddressController,
    AttendanceController,
  ],
  providers: [
    TrainingRepository,
    VenueService,
    TrainingEventService,
    TrainingPlanService,
    TrainingPlanQueryService,
    TrainingSessionService,
    SessionRepository,
    SessionService,
    AttendanceRepository,
    AttendanceService,
  ],
  exports: [
    TrainingEventService,
    TrainingPlanService,
    TrainingPlanQueryService,
    TrainingSessionService,
    SessionService,
    AttendanceService,
    TrainingRepository,
  ],
})
export class TrainingModule {}
