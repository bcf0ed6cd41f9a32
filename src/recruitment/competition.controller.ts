import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { NationalResource } from '../common/http/resource.js';
import { openApiSchema, ZodPipe } from '../common/http/zod.pipe.js';
import { Role } from '../generated/prisma/enums.js';
import { CompetitionService } from './competition.service.js';
import { DeadlineService } from './deadline.service.js';
import { RecruitmentService } from './recruitment.service.js';
import type { Timeline } from './domain/timeline.js';
import {
  ApplicationRowsBody,
  ApplicationsImportCsvExample,
  ApplicationsImportExample,
  ApplicationsImportResponse,
  CompetitionExample,
  CompetitionListResponse,
  competitionListQuery,
  CompetitionResponse,
  createCompetitionBody,
  DeadlineCheckResponse,
  ScoresBodyExample,
  ScoresExample,
  ScoresRecordedResponse,
  ShortlistsSentResponse,
  TargetsSetResponse,
  scoresBody,
  shortlistsBody,
  targetsBody,
  updateCompetitionBody,
} from './recruitment.schemas.js';
import { BulkJsonBody } from '../common/http/body.js';
import { pageArray } from '../common/http/lists.js';
import { ApiBodyExamples, ApiErrors, ApiRequestContent, ApiResponses, FILE, MEDIA } from '../common/http/openapi/api-responses.js';
import { ImportRoute } from '../common/tabular/import-route.js';
import { APPLICATION_IMPORT } from './domain/application-import.js';

/** ASK's recruitment staff: ADMIN and LOGISTICS (logistics sizes rooms and kits by these numbers; finance only pays). */
export const ASK_RECRUITERS = [Role.ADMIN, Role.LOGISTICS];

@ApiTags('recruitment')
@ApiBearerAuth()
@Controller('api/v1/recruitment')
@NationalResource()
export class CompetitionController {
  constructor(
    private readonly competitions: CompetitionService,
    private readonly deadlines: DeadlineService,
    private readonly recruitment: RecruitmentService,
  ) {}

  @Get('competitions')
  @ApiOperation({ summary: 'Competitions with their timelines; ?census=<code or id> keeps those of one census' })
  @ApiResponses({ 200: CompetitionListResponse })
  @ApiErrors('CENSUS_UNKNOWN')
  async list(@Query(new ZodPipe(competitionListQuery)) q: z.output<typeof competitionListQuery>) {
    return pageArray(await this.competitions.list(q.census), q);
  }

  @Get('competitions/:id')
  @ApiOperation({ summary: 'One competition with its census timeline' })
  @ApiResponses({ 200: { content: { [MEDIA.json]: CompetitionResponse }, example: CompetitionExample } })
  @ApiErrors('COMPETITION_UNKNOWN')
  get(@Param('id', IdPipe) id: string) {
    return this.competitions.get(id);
  }

  @Post('competitions')
  @Roles(...ASK_RECRUITERS)
  @ApiOperation({
    summary: 'Create a competition of a census (ADMIN, LOGISTICS); timeline dates not given come from the census calendar',
    description: '`census` names the census by code or id; without it the only open census (422 CENSUS_AMBIGUOUS when several are open).',
  })
  @ApiBody({ schema: openApiSchema(createCompetitionBody) })
  @ApiResponses({ 201: CompetitionResponse })
  @ApiErrors('CENSUS_UNKNOWN', 'CENSUS_AMBIGUOUS', 'CENSUS_REQUIRED', 'CENSUS_CALENDAR_MISSING', 'UNIQUE_VIOLATION')
  create(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(createCompetitionBody)) body: z.output<typeof createCompetitionBody>) {
    return this.competitions.create(p, {
      code: body.code,
      name: body.name,
      census: body.census,
      timeline: body.timeline as Partial<Timeline> | undefined,
    });
  }

  @Patch('competitions/:id')
  @Roles(...ASK_RECRUITERS)
  @ApiOperation({ summary: 'Change the name or timeline dates (ADMIN, LOGISTICS)' })
  @ApiBody({ schema: openApiSchema(updateCompetitionBody) })
  @ApiResponses({ 200: CompetitionResponse })
  @ApiErrors('COMPETITION_UNKNOWN')
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(updateCompetitionBody)) body: z.output<typeof updateCompetitionBody>,
  ) {
    return this.competitions.update(p, id, {
      ...(body.name ? { name: body.name } : {}),
      timeline: body.timeline as Partial<Timeline> | undefined,
    });
  }

  @Put('competitions/:id/targets')
  @Roles(...ASK_RECRUITERS)
  @ApiOperation({
    summary: 'Set staffing targets (ADMIN, LOGISTICS)',
    description: 'Per municipality and community: required supervisors and enumerators. Replaces the targets of each municipality named.',
  })
  @ApiBody({ schema: openApiSchema(targetsBody) })
  @ApiResponses({ 200: TargetsSetResponse })
  @ApiErrors('COMPETITION_UNKNOWN', 'RECRUITMENT_STAGE')
  targets(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(targetsBody)) body: z.output<typeof targetsBody>,
  ) {
    return this.competitions.setTargets(p, id, body.targets);
  }

  @Post('competitions/:id/scores')
  @BulkJsonBody()
  @HttpCode(200)
  @Roles(...ASK_RECRUITERS)
  @ApiOperation({ summary: 'Record assessment scores (0–100, two decimals), all or nothing (ADMIN, LOGISTICS)' })
  @ApiBody({ schema: openApiSchema(scoresBody) })
  @ApiBodyExamples({ [MEDIA.json]: ScoresBodyExample })
  @ApiResponses({ 200: { content: { [MEDIA.json]: ScoresRecordedResponse }, example: ScoresExample } })
  @ApiErrors('COMPETITION_UNKNOWN')
  scores(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(scoresBody)) body: z.output<typeof scoresBody>,
  ) {
    return this.competitions.recordScores(p, id, body.scores);
  }

  @Post('competitions/:id/shortlists')
  @HttpCode(200)
  @Roles(...ASK_RECRUITERS)
  @ApiOperation({
    summary: 'Build and send the ranked shortlists of these municipalities to their commissions (ADMIN, LOGISTICS)',
    description:
      'Per community ceil(1.5 × required enumerators) candidates; rank by score (higher first), then earlier submission, then national id.',
  })
  @ApiBody({ schema: openApiSchema(shortlistsBody) })
  @ApiResponses({ 200: ShortlistsSentResponse })
  @ApiErrors('COMPETITION_UNKNOWN', 'MUNICIPALITY_UNKNOWN', 'RECRUITMENT_STAGE', 'SHORTLIST_BEFORE_DEADLINE', 'SHORTLIST_LOCKED')
  shortlists(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(shortlistsBody)) body: z.output<typeof shortlistsBody>,
  ) {
    return this.competitions.sendShortlists(p, id, body.municipalityCodes, body.reason);
  }

  @Post('competitions/:id/applications/import')
  @ImportRoute(APPLICATION_IMPORT)
  @HttpCode(201)
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary: 'Import online applications from CSV or JSON, all or nothing (ADMIN)',
    description:
      'Columns: national_id, full_name, community, language, municipality_code (required); kind, phone, email. Every row error is reported (422 IMPORT_INVALID); after the deadline the whole file is refused.',
  })
  @ApiRequestContent({ [MEDIA.json]: ApplicationRowsBody, [MEDIA.csv]: FILE })
  @ApiBodyExamples({ [MEDIA.csv]: ApplicationsImportCsvExample })
  @ApiResponses({ 201: { content: { [MEDIA.json]: ApplicationsImportResponse }, example: ApplicationsImportExample } })
  @ApiErrors(
    'COMPETITION_UNKNOWN',
    'APPLICATION_DEADLINE_PASSED',
    'IMPORT_FORMAT',
    'IMPORT_INVALID',
    'CENSUS_SETTINGS_INVALID',
    'UNSUPPORTED_MEDIA_TYPE',
    'PAYLOAD_TOO_LARGE',
  )
  importApplications(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown,
  ) {
    return this.recruitment.importApplications(p, id, body, contentType);
  }

  @Post('deadline-checks')
  @HttpCode(200)
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Run the deadline checks now (ADMIN); they also run periodically as a job' })
  @ApiResponses({ 200: DeadlineCheckResponse })
  check() {
    return this.deadlines.checkAll();
  }
}
