import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResponses, NO_CONTENT } from '../common/http/openapi/api-responses.js';
import { TeamDetailResponse, TeamListResponse } from './staff.schemas.js';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { MunicipalResource } from '../common/http/resource.js';
import { uuidParam, ZodPipe } from '../common/http/zod.pipe.js';
import { pageParams } from '../common/http/lists.js';
import { Role } from '../generated/prisma/enums.js';
import { TEAM_CODE } from './domain/staff-fields.js';
import { TeamService } from './team.service.js';

const idList = z.array(uuidParam.transform((s) => s.toLowerCase())).max(500);

const createBody = z.object({
  code: TEAM_CODE,
  municipalityCode: z.string().trim().min(1).max(64),
  supervisorId: uuidParam.transform((s) => s.toLowerCase()).nullish(),
});
const updateBody = z
  .object({
    supervisorId: uuidParam
      .transform((s) => s.toLowerCase())
      .nullable()
      .optional(),
    addMemberIds: idList.optional(),
    removeMemberIds: idList.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'NOTHING_TO_CHANGE')
  .superRefine((b, ctx) => {
    const removed = new Set(b.removeMemberIds ?? []);
    for (const [i, id] of (b.addMemberIds ?? []).entries()) {
      if (removed.has(id)) ctx.addIssue({ code: 'custom', path: ['addMemberIds', i], message: 'ALSO_REMOVED' });
    }
  });
const teamListQuery = pageParams.extend({ municipality: z.string().max(64).optional() });

@ApiTags('teams')
@ApiBearerAuth()
@Controller('api/v1/teams')
@MunicipalResource('team')
export class TeamController {
  constructor(private readonly teams: TeamService) {}

  @Get()
  @ApiOperation({ summary: 'Supervisor teams in the caller’s scope, by code (?municipality=&limit=&cursor=)' })
  @ApiResponses({ 200: TeamListResponse })
  @ApiErrors('MUNICIPALITY_UNKNOWN')
  list(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(teamListQuery)) q: z.output<typeof teamListQuery>) {
    return this.teams.list(p, { municipalityCode: q.municipality, limit: q.limit, cursor: q.cursor });
  }

  @Get(':id')
  @ApiOperation({ summary: 'One team with its supervisor and members' })
  @ApiResponses({ 200: TeamDetailResponse })
  @ApiErrors('TEAM_UNKNOWN')
  get(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.teams.get(p, id);
  }

  @Post()
  @Roles(Role.ADMIN, Role.LOGISTICS, Role.MUNICIPALITY)
  @ApiOperation({
    summary: 'Create a team, optionally with a supervisor of the same municipality (ADMIN, LOGISTICS, MUNICIPALITY for its own)',
  })
  @ApiResponses({ 201: TeamDetailResponse })
  @ApiErrors('MUNICIPALITY_UNKNOWN', 'STAFF_UNKNOWN', 'TEAM_INVALID', 'CONFLICT')
  create(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(createBody)) body: z.output<typeof createBody>) {
    return this.teams.create(p, body);
  }

  @Patch(':id')
  @Roles(Role.ADMIN, Role.LOGISTICS, Role.MUNICIPALITY)
  @ApiOperation({
    summary: 'Set or clear the supervisor, add or remove enumerators of the same municipality (ADMIN, LOGISTICS, MUNICIPALITY for its own)',
  })
  @ApiResponses({ 200: TeamDetailResponse })
  @ApiErrors('TEAM_UNKNOWN', 'MUNICIPALITY_UNKNOWN', 'STAFF_UNKNOWN', 'TEAM_INVALID', 'CONFLICT')
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(updateBody)) body: z.output<typeof updateBody>,
  ) {
    return this.teams.update(p, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(Role.ADMIN, Role.LOGISTICS, Role.MUNICIPALITY)
  @ApiOperation({ summary: 'Delete a team without members (ADMIN, LOGISTICS, MUNICIPALITY for its own)' })
  @ApiResponses({ 204: NO_CONTENT })
  @ApiErrors('TEAM_UNKNOWN', 'TEAM_IN_USE')
  async remove(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string): Promise<void> {
    await this.teams.remove(p, id);
  }
}
