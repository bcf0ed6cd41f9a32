import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AssignmentController } from './assignment.controller.js';
import { AssignmentRepository } from './assignment.repository.js';
import { AssignmentService } from './assignment.service.js';
import { BankAccountController } from './bank-account.controller.js';
import { BankAccountRepository } from './bank-account.repository.js';
import { BankAccountService } from './bank-account.service.js';
import { StaffController } from './staff.controller.js';
import { StaffRepository } from './staff.repository.js';
import { StaffService } from './staff.service.js';
import { TeamController } from './team.controller.js';
import { TeamRepository } from './team.repository.js';
import { TeamService } from './team.service.js';

/** Field organisation: supervisors and enumerators, their teams, and who works which EA when. */
@Module({
  imports: [AuditModule],
  controllers: [StaffController, TeamController, AssignmentController, BankAccountController],
  providers: [
    StaffRepository,
    StaffService,
    TeamRepository,
    TeamService,
    AssignmentRepository,
    AssignmentService,
    BankAccountRepository,
    BankAccountService,
  ],
  exports: [StaffRepository, AssignmentRepository, AssignmentService, BankAccountService],
})
export class StaffModule {}
