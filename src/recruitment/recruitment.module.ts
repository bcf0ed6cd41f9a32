import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CensusModule } from '../census/census.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { Clock } from './clock.js';
import { CompetitionController } from './competition.controller.js';
import { CompetitionService } from './competition.service.js';
import { DeadlineCheckProcessor } from './deadline-check.processor.js';
import { DeadlineService } from './deadline.service.js';
import { PaperIntakeController, RecruitmentController } from './recruitment.controller.js';
import { RecruitmentRepository } from './recruitment.repository.js';
import { RecruitmentService } from './recruitment.service.js';
import { ReplacementService } from './replacement.service.js';
import { EligibilityRepository } from './eligibility.repository.js';
import { EligibilityService } from './eligibility.service.js';
import { ScoreImportController } from './score-import.controller.js';
import { ScoreImportService } from './score-import.service.js';
import { ScoreRepository } from './score.repository.js';
import { SupervisorController } from './supervisor.controller.js';
import { SupervisorRepository } from './supervisor.repository.js';
import { SupervisorReplacementService } from './supervisor-replacement.service.js';
import { SupervisorSelectionService } from './supervisor-selection.service.js';

/**
 * Recruitment (issue 3): competitions and timelines, staffing targets, applications, the 1.5×
 * shortlist, final lists, replacements from the reserve list and deadline flags; ASK's supervisor
 * selection and supervisor replacements (issue 19), eligibility at application time and score imports. The equipment
 * and training modules plug in through REPLACEMENT_HOOKS and TRAINING_NOTICE_LOOKUP, bound (required)
 * in src/wiring (LogisticsWiringModule). The reports pipeline reads `RecruitmentService.vacancyNotice` / `publicFinalList`.
 */
@Module({
  imports: [AuditModule, StaffModule, CensusModule],
  controllers: [CompetitionController, RecruitmentController, PaperIntakeController, SupervisorController, ScoreImportController],
  providers: [
    Clock,
    RecruitmentRepository,
    CompetitionService,
    RecruitmentService,
    ReplacementService,
    DeadlineService,
    DeadlineCheckProcessor,
    EligibilityRepository,
    EligibilityService,
    SupervisorRepository,
    SupervisorSelectionService,
    SupervisorReplacementService,
    ScoreImportService,
    ScoreRepository,
  ],
  exports: [RecruitmentService, Clock],
})
export class RecruitmentModule {}
