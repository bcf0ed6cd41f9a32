import { Module } from '@nestjs/common';
import { TrainingEventController, TrainingPlanController, TrainingSessionController } from './training.controller.js';
import { TrainingRepository } from './training.repository.js';
import { TrainingService } from './training.service.js';
import { RoomController, VenueController } from './venue.controller.js';
import { VenueService } from './venue.service.js';

/** Training venues and rooms, training events of the letter and versioned room plans (issue #6 part A). */
@Module({
  controllers: [VenueController, RoomController, TrainingEventController, TrainingPlanController, TrainingSessionController],
  providers: [TrainingRepository, VenueService, TrainingService],
  exports: [TrainingService],
})
export class TrainingModule {}
