import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { MunicipalResource } from '../common/http/resource.js';
import { ZodPipe } from '../common/http/zod.pipe.js';
import { listQuery } from '../common/http/lists.js';
import { Role } from '../generated/prisma/enums.js';
import {
  COMMUNITY,
  DATE_ONLY,
  EMAIL,
  engagementProblem,
  FULL_NAME,
  IBAN,
  LANGUAGE,
  NATIONAL_ID,
  PHONE,
  STAFF_KIND,
  STAFF_STATUS,
  TEAM_CODE,
} from './domain/staff-fields.js';
import { StaffService } from './staff.service.js';
import { ApiErrors, ApiResponses, NO_CONTENT } from '../common/http/openapi/api-responses.js';
import { STAFF_EXAMPLE, StaffDetailResponse, StaffListResponse, StaffResponse } from './staff.schemas.js';

const fields = {
  nationalId: NATIONAL_ID,
  kind: STAFF_KIND,
  fullName: FULL_NAME,
  phone: PHONE.nullish(),
  email: EMAIL.nullish(),
  iban: IBAN.nullish(),
  community: COMMUNITY,
  languageOfWork: LANGUAGE,
  municipalityCode: z.string().trim().min(1).max(64),
  engagementStart: DATE_ONLY.nullish(),
  engagementEnd: DATE_ONLY.nullish(),
  status: STAFF_STATUS.optional(),
  teamCode: TEAM_CODE.nullish(),
};

const engagementDates = z.object({ engagementStart: fields.engagementStart, engagementEnd: fields.engagementEnd });
/** End not before start; checked even when other fields fail, so every problem comes back at once. */
const engagementOrder = {
  path: ['engagementEnd'],
  message: 'ENGAGEMENT_END_BEFORE_START',
  when: (payload: { value: unknown }) => engagementDates.safeParse(payload.value).success,
};
const engagementInOrder = (b: { engagementStart?: string | null; engagementEnd?: string | null }) =>
  engagementProblem(b.engagementStart, b.engagementEnd) === null;

const createBody = z.object(fields).refine(engagementInOrder, engagementOrder);
const updateBody = z
  .object(fields)
  .partial()
  .refine((b) => Object.keys(b).length > 0, 'NOTHING_TO_CHANGE')
  .refine(engagementInOrder, engagementOrder);
/** Orders of the staff list; each ends on `id`, so a keyset cursor is exact. */
const STAFF_SORTS = ['fullName', 'nationalId', 'createdAt'] as const;
const staffListQuery = listQuery({
  sorts: STAFF_SORTS,
  search: 'Start of the national id, or of any word of the name (case-insensitive)',
}).extend({
  municipality: z.string().max(64).optional(),
  kind: STAFF_KIND.optional(),
  status: STAFF_STATUS.optional(),
  teamCode: TEAM_CODE.optional(),
});

@ApiTags('staff')
@ApiBearerAuth()
@Controller('api/v1/staff')
@MunicipalResource('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @ApiOperation({
    summary: 'Supervisors and enumerators in the caller’s scope (?municipality=&kind=&status=&teamCode=&q=&sort=&limit=&cursor=)',
    description:
      '`q` matches the start of the national id or of any word of the name. Keyset pages: pass `nextCursor` as `cursor` with the same `sort`. Municipality users see IBANs masked.',
  })
  @ApiResponses({
    200: { content: { 'application/json': StaffListResponse }, example: { items: [STAFF_EXAMPLE], total: 1, nextCursor: null } },
  })
  @ApiErrors('MUNICIPALITY_UNKNOWN')
  list(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(staffListQuery)) q: z.output<typeof staffListQuery>) {
    return this.staff.list(p, {
      municipalityCode: q.municipality,
      kind: q.kind,
      status: q.status,
      teamCode: q.teamCode,
      q: q.q as string | undefined,
      sort: q.sort,
      limit: q.limit,
      cursor: q.cursor,
    });
  }

  @Get(':id')
  @ApiOperation({ summary: 'One person with their team, the teams they lead and their assignment periods not yet ended' })
  @ApiResponses({ 200: StaffDetailResponse })
  @ApiErrors('STAFF_UNKNOWN')
  get(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.staff.get(p, id);
  }

  @Post()
  @Roles(Role.ADMIN, Role.FINANCE, Role.LOGISTICS)
  @ApiOperation({ summary: 'Register a supervisor or enumerator (ADMIN, FINANCE, LOGISTICS); the national id is unique nationally' })
  @ApiResponses({ 201: StaffResponse })
  @ApiErrors('MUNICIPALITY_UNKNOWN', 'TEAM_UNKNOWN', 'TEAM_INVALID', 'MUNICIPALITY_MISMATCH', 'IBAN_FORBIDDEN', 'STAFF_IN_USE')
  create(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(createBody)) body: z.output<typeof createBody>) {
    return this.staff.create(p, body);
  }

  @Patch(':id')
  @Roles(Role.ADMIN, Role.FINANCE, Role.LOGISTICS)
  @ApiOperation({
    summary:
      'Change some fields of a person (ADMIN, FINANCE, LOGISTICS); kind and municipality are fixed once they have assignments or lead a team',
  })
  @ApiResponses({ 200: StaffResponse })
  @ApiErrors(
    'STAFF_UNKNOWN',
    'MUNICIPALITY_UNKNOWN',
    'TEAM_UNKNOWN',
    'TEAM_INVALID',
    'MUNICIPALITY_MISMATCH',
    'IBAN_FORBIDDEN',
    'STAFF_IN_USE',
  )
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(updateBody)) body: z.output<typeof updateBody>,
  ) {
    return this.staff.update(p, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(Role.ADMIN, Role.FINANCE, Role.LOGISTICS)
  @ApiOperation({
    summary: 'Delete a person without assignments who leads no team (ADMIN, FINANCE, LOGISTICS); others are ended with status LEFT',
  })
  @ApiResponses({ 204: NO_CONTENT })
  @ApiErrors('STAFF_UNKNOWN', 'STAFF_IN_USE')
  async remove(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string): Promise<void> {
    await this.staff.remove(p, id);
  }
}
