import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResponses, NO_CONTENT } from '../common/http/openapi/api-responses.js';
import { AssignmentListResponse, AssignmentResponse, AssignmentTransferResponse } from './staff.schemas.js';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { MunicipalResource } from '../common/http/resource.js';
import { toDate, uuidParam, ZodPipe } from '../common/http/zod.pipe.js';
import { listQuery } from '../common/http/lists.js';
import { Role } from '../generated/prisma/enums.js';
import { periodProblem } from './domain/assignment-rules.js';
import { DATE_ONLY } from './domain/staff-fields.js';
import { AssignmentService } from './assignment.service.js';

const id = uuidParam.transform((s) => s.toLowerCase());

const periodFields = { validFrom: DATE_ONLY, validTo: DATE_ONLY.nullish() };
const createBody = z
  .object({ eaId: id, enumeratorId: id, ...periodFields })
  .refine((b) => periodProblem({ validFrom: b.validFrom, validTo: b.validTo ?? null }) === null, {
    path: ['validTo'],
    message: 'BEFORE_VALID_FROM',
    // Only compare two real dates; a malformed one is reported on its own.
    when: (payload) => z.object(periodFields).safeParse(payload.value).success,
  });
const transferBody = z.object({ toEnumeratorId: id, cutoverDate: DATE_ONLY });
const assignmentListQuery = listQuery({ sorts: ['validFrom', 'createdAt'] }).extend({
  eaId: id.optional(),
  enumeratorId: id.optional(),
  municipality: z.string().max(64).optional(),
  activeOn: DATE_ONLY.optional(),
});

@ApiTags('assignments')
@ApiBearerAuth()
@Controller('api/v1/assignments')
@MunicipalResource('assignment')
export class AssignmentController {
  constructor(private readonly assignments: AssignmentService) {}

  @Get()
  @ApiOperation({
    summary: 'EA assignment periods in the caller’s scope (?eaId=&enumeratorId=&municipality=&activeOn=YYYY-MM-DD&sort=&limit=&cursor=)',
    description: 'Keyset pages: pass `nextCursor` as `cursor` with the same `sort`.',
  })
  @ApiResponses({ 200: AssignmentListResponse })
  list(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(assignmentListQuery)) q: z.output<typeof assignmentListQuery>) {
    return this.assignments.list(p, {
      eaId: q.eaId,
      enumeratorId: q.enumeratorId,
      municipalityCode: q.municipality,
      activeOn: q.activeOn ? toDate(q.activeOn) : undefined,
      sort: q.sort,
      limit: q.limit,
      cursor: q.cursor,
    });
  }

  @Get(':id')
  @ApiOperation({ summary: 'One assignment period' })
  @ApiResponses({ 200: AssignmentResponse })
  @ApiErrors('ASSIGNMENT_UNKNOWN')
  get(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) assignmentId: string) {
    return this.assignments.get(p, assignmentId);
  }

  @Post()
  @Roles(Role.ADMIN, Role.LOGISTICS, Role.MUNICIPALITY)
  @ApiOperation({
    summary: 'Assign an EA to an enumerator for an inclusive period (ADMIN, LOGISTICS, MUNICIPALITY for its own)',
    description:
      'EA and enumerator of the same municipality; within the engagement when set; no day shared with another period of the EA (409 ASSIGNMENT_OVERLAP).',
  })
  @ApiResponses({ 201: AssignmentResponse })
  @ApiErrors('EA_UNKNOWN', 'STAFF_UNKNOWN', 'ASSIGNMENT_INVALID', 'ASSIGNMENT_OVERLAP', 'MUNICIPALITY_MISMATCH')
  create(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(createBody)) body: z.output<typeof createBody>) {
    return this.assignments.create(p, body);
  }

  @Post(':id/transfer')
  @Roles(Role.ADMIN, Role.LOGISTICS, Role.MUNICIPALITY)
  @ApiOperation({
    summary: 'Hand the EA over to another enumerator from the cut-over date (ADMIN, LOGISTICS, MUNICIPALITY for its own)',
    description: 'Closes this period the day before the cut-over and opens one for the new enumerator until the old end; returns both.',
  })
  @ApiResponses({ 201: AssignmentTransferResponse })
  @ApiErrors('ASSIGNMENT_UNKNOWN', 'EA_UNKNOWN', 'STAFF_UNKNOWN', 'ASSIGNMENT_INVALID', 'ASSIGNMENT_OVERLAP', 'MUNICIPALITY_MISMATCH')
  transfer(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) assignmentId: string,
    @Body(new ZodPipe(transferBody)) body: z.output<typeof transferBody>,
  ) {
    return this.assignments.transfer(p, assignmentId, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(Role.ADMIN, Role.LOGISTICS)
  @ApiOperation({
    summary: 'Delete an assignment period entered by mistake (ADMIN, LOGISTICS); history is normally kept by transferring instead',
  })
  @ApiResponses({ 204: NO_CONTENT })
  @ApiErrors('ASSIGNMENT_UNKNOWN')
  async remove(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) assignmentId: string): Promise<void> {
    await this.assignments.remove(p, assignmentId);
  }
}
