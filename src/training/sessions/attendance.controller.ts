import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../../auth/principal.js';
import { DATE_ONLY } from '../../common/dates/date-only.js';
import { ImportRoute } from '../../common/tabular/import-route.js';
import { ATTENDANCE_IMPORT } from '../domain/attendance.js';
import { IdPipe } from '../../common/http/id.pipe.js';
import { MunicipalResource } from '../../common/http/resource.js';
import { ApiBodyExamples, ApiErrors, ApiRequestContent, ApiResponses, FILE } from '../../common/http/openapi/api-responses.js';
import { openApiSchema, ZodPipe } from '../../common/http/zod.pipe.js';
import { Role } from '../../generated/prisma/enums.js';
import { ATTENDANCE_IMPORT_EXAMPLE, AttendanceResponse, AttendanceResultResponse } from '../training.schemas.js';
import { AttendanceService } from './attendance.service.js';

const recordBody = z.object({
  records: z
    .array(z.object({ traineeId: z.uuid(), day: DATE_ONLY, present: z.boolean() }))
    .min(1)
    .max(20_000),
});
const row = z.object({
  person: z.string().describe('National id or trainee id'),
  day: DATE_ONLY,
  present: z.union([z.string(), z.boolean()]).describe('yes / no'),
});
const ATTENDANCE_ROWS = z.union([z.array(row), z.object({ rows: z.array(row) })]).meta({ id: 'AttendanceRows' });
const RECORDERS = [Role.ADMIN, Role.LOGISTICS, Role.MUNICIPALITY];

@ApiTags('training')
@ApiBearerAuth()
@Controller('api/v1/training/plans')
@MunicipalResource('trainingplan')
export class AttendanceController {
  constructor(private readonly attendance: AttendanceService) {}

  @Get(':id/attendance')
  @ApiOperation({
    summary:
      'Attendance per trainee and day of the plan’s event (municipalities: their trainees); KKR trainings: at least half per municipality',
  })
  @ApiResponses({ 200: AttendanceResponse })
  @ApiErrors('TRAINING_PLAN_UNKNOWN')
  view(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.attendance.view(p, id);
  }

  @Put(':id/attendance')
  @Roles(...RECORDERS)
  @ApiOperation({
    summary: 'Record attendance { records: [{ traineeId, day, present }] }: all or nothing; unchanged records are not rewritten',
  })
  @ApiBody({ schema: openApiSchema(recordBody) })
  @ApiResponses({ 200: AttendanceResultResponse })
  @ApiErrors('TRAINING_PLAN_UNKNOWN', 'IMPORT_INVALID')
  record(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(recordBody)) body: z.output<typeof recordBody>,
  ) {
    return this.attendance.record(p, id, body.records);
  }

  @Post(':id/attendance/import')
  @ImportRoute(ATTENDANCE_IMPORT)
  @HttpCode(200)
  @Roles(...RECORDERS)
  @ApiOperation({
    summary:
      'Import attendance from CSV (columns person = national id or trainee id, day, present = yes/no): all or nothing, row errors named',
  })
  @ApiRequestContent({ 'text/csv': FILE, 'application/json': ATTENDANCE_ROWS })
  @ApiBodyExamples({ 'text/csv': 'person,day,present\n1234567890,2024-03-18,yes\n1234567890,2024-03-19,no\n' })
  @ApiResponses({ 200: { content: { 'application/json': AttendanceResultResponse }, example: ATTENDANCE_IMPORT_EXAMPLE } })
  @ApiErrors('TRAINING_PLAN_UNKNOWN', 'IMPORT_FORMAT', 'IMPORT_INVALID')
  import(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown,
  ) {
    return this.attendance.import(p, id, body, contentType);
  }
}
