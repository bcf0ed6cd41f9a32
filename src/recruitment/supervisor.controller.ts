import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResponses } from '../common/http/openapi/api-responses.js';
import type { z } from 'zod';
import { withWordedNotes } from './replacement-notes.js';
import type { Locale } from '../common/i18n/locales.js';
import { ReaderLocale } from '../common/i18n/reader-locale.js';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { BulkJsonBody } from '../common/http/body.js';
import { pageArray, pageParams } from '../common/http/lists.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { MunicipalResource } from '../common/http/resource.js';
import { openApiSchema, ZodPipe } from '../common/http/zod.pipe.js';
import { Role } from '../generated/prisma/enums.js';
import { acceptBody, codeParam, replacementBody } from './recruitment.schemas.js';
import {
  SupervisorPublicationResponse,
  SupervisorRankingResponse,
  SupervisorReplacementAcceptedResponse,
  SupervisorReplacementListResponse,
  SupervisorReplacementProposalResponse,
  SupervisorResultsResponse,
  supervisorSelectionBody,
  SupervisorSelectionResponse,
} from './supervisor.schemas.js';
import { SupervisorReplacementService } from './supervisor-replacement.service.js';
import { SupervisorSelectionService } from './supervisor-selection.service.js';

/** ASK's reading roles: selection is ASK's (letter point 6), so no municipality until publication. */
const ASK_READERS = [Role.ADMIN, Role.LOGISTICS];
const RESULT_READERS = [Role.ADMIN, Role.LOGISTICS, Role.MUNICIPALITY];

/** Supervisors of a municipality in a competition: `:id` is the competition, `:code` the municipality. */
@ApiTags('recruitment')
@ApiBearerAuth()
@Controller('api/v1/recruitment/competitions/:id/municipalities/:code/supervisors')
@MunicipalResource('recruitment')
export class SupervisorController {
  constructor(
    private readonly selection: SupervisorSelectionService,
    private readonly replacements: SupervisorReplacementService,
  ) {}

  @Get('ranking')
  @Roles(...ASK_READERS)
  @ApiOperation({
    summary: 'Eligible, scored supervisor applications ranked per community against the targets; the ineligible with reasons',
  })
  @ApiResponses({ 200: SupervisorRankingResponse })
  @ApiErrors('COMPETITION_UNKNOWN', 'MUNICIPALITY_UNKNOWN', 'RECRUITMENT_STAGE', 'SUPERVISOR_SELECTION_INVALID', 'CENSUS_SETTINGS_INVALID')
  async ranking(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Param('code', new ZodPipe(codeParam)) code: string) {
    return await this.selection.ranking(p, id, code);
  }

  @Post('selection')
  @BulkJsonBody()
  @HttpCode(200)
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary: 'ASK selects the supervisors (ADMIN)',
    description:
      'Exactly the required number per community, from the ranking; a candidate ranked below the required number needs a written reason (422 SUPERVISOR_SELECTION_INVALID). Replaces an earlier selection until published.',
  })
  @ApiBody({ schema: openApiSchema(supervisorSelectionBody) })
  @ApiResponses({ 200: SupervisorSelectionResponse })
  @ApiErrors('COMPETITION_UNKNOWN', 'MUNICIPALITY_UNKNOWN', 'RECRUITMENT_STAGE', 'SUPERVISOR_SELECTION_INVALID', 'CENSUS_SETTINGS_INVALID')
  async select(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Body(new ZodPipe(supervisorSelectionBody)) body: z.output<typeof supervisorSelectionBody>,
  ) {
    return await this.selection.select(p, id, code, body.selections);
  }

  @Post('publication')
  @HttpCode(200)
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Publish the supervisor selection (ADMIN): the selected become supervisors, each leading a new team' })
  @ApiResponses({ 200: SupervisorPublicationResponse })
  @ApiErrors('COMPETITION_UNKNOWN', 'MUNICIPALITY_UNKNOWN', 'RECRUITMENT_STAGE', 'SUPERVISOR_SELECTION_INVALID', 'CENSUS_SETTINGS_INVALID')
  async publish(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Param('code', new ZodPipe(codeParam)) code: string) {
    return await this.selection.publish(p, id, code);
  }

  @Get('results')
  @Roles(...RESULT_READERS)
  @ApiOperation({
    summary: 'Selected supervisors with their teams and the ranked reserve; a municipality reads it once published (409 before)',
  })
  @ApiResponses({ 200: SupervisorResultsResponse })
  @ApiErrors('COMPETITION_UNKNOWN', 'MUNICIPALITY_UNKNOWN', 'RECRUITMENT_STAGE', 'SUPERVISOR_SELECTION_INVALID', 'CENSUS_SETTINGS_INVALID')
  async results(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Param('code', new ZodPipe(codeParam)) code: string) {
    return await this.selection.results(p, id, code);
  }

  @Get('replacements')
  @Roles(...RESULT_READERS)
  @ApiOperation({ summary: 'Replacements of supervisors in a municipality' })
  @ApiResponses({ 200: SupervisorReplacementListResponse })
  @ApiErrors(
    'COMPETITION_UNKNOWN',
    'MUNICIPALITY_UNKNOWN',
    'RECRUITMENT_STAGE',
    'SUPERVISOR_SELECTION_INVALID',
    'CENSUS_SETTINGS_INVALID',
    'REPLACEMENT_UNKNOWN',
    'REPLACEMENT_INVALID',
    'RESERVE_EMPTY',
    'STAFF_UNKNOWN',
    'APPLICATION_UNKNOWN',
  )
  async list(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Query(new ZodPipe(pageParams)) q: z.output<typeof pageParams>,
    @ReaderLocale() locale: Locale,
  ) {
    return pageArray(
      (await this.replacements.list(p, id, code)).map((r) => withWordedNotes(locale, r)),
      q,
    );
  }

  @Post('replacements')
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary: 'Record that a supervisor leaves (last day, reason) and propose the next supervisor reserve candidate (ADMIN)',
    description: 'Same municipality and community; same language of work first; then rank.',
  })
  @ApiBody({ schema: openApiSchema(replacementBody) })
  @ApiResponses({ 201: SupervisorReplacementProposalResponse })
  @ApiErrors(
    'COMPETITION_UNKNOWN',
    'MUNICIPALITY_UNKNOWN',
    'RECRUITMENT_STAGE',
    'SUPERVISOR_SELECTION_INVALID',
    'CENSUS_SETTINGS_INVALID',
    'REPLACEMENT_UNKNOWN',
    'REPLACEMENT_INVALID',
    'RESERVE_EMPTY',
    'STAFF_UNKNOWN',
    'APPLICATION_UNKNOWN',
  )
  async propose(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Body(new ZodPipe(replacementBody)) body: z.output<typeof replacementBody>,
    @ReaderLocale() locale: Locale,
  ) {
    return withWordedNotes(locale, await this.replacements.propose(p, id, code, body));
  }

  @Post('replacements/:replacementId/decline')
  @HttpCode(200)
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'The proposed supervisor declines: they leave the reserve and the next candidate is proposed (ADMIN)' })
  @ApiResponses({ 200: SupervisorReplacementProposalResponse })
  @ApiErrors(
    'COMPETITION_UNKNOWN',
    'MUNICIPALITY_UNKNOWN',
    'RECRUITMENT_STAGE',
    'SUPERVISOR_SELECTION_INVALID',
    'CENSUS_SETTINGS_INVALID',
    'REPLACEMENT_UNKNOWN',
    'REPLACEMENT_INVALID',
    'RESERVE_EMPTY',
    'STAFF_UNKNOWN',
    'APPLICATION_UNKNOWN',
  )
  async decline(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Param('replacementId', IdPipe) replacementId: string,
    @ReaderLocale() locale: Locale,
  ) {
    return withWordedNotes(locale, await this.replacements.decline(p, id, code, replacementId));
  }

  @Post('replacements/:replacementId/accept')
  @HttpCode(200)
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary: 'Accept the proposed supervisor: staff record, teams handed over, leaver’s engagement ended, hooks (one transaction, ADMIN)',
  })
  @ApiBody({ schema: openApiSchema(acceptBody) })
  @ApiResponses({ 200: SupervisorReplacementAcceptedResponse })
  @ApiErrors(
    'COMPETITION_UNKNOWN',
    'MUNICIPALITY_UNKNOWN',
    'RECRUITMENT_STAGE',
    'SUPERVISOR_SELECTION_INVALID',
    'CENSUS_SETTINGS_INVALID',
    'REPLACEMENT_UNKNOWN',
    'REPLACEMENT_INVALID',
    'RESERVE_EMPTY',
    'STAFF_UNKNOWN',
    'APPLICATION_UNKNOWN',
  )
  async accept(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Param('replacementId', IdPipe) replacementId: string,
    @Body(new ZodPipe(acceptBody)) body: z.output<typeof acceptBody>,
    @ReaderLocale() locale: Locale,
  ) {
    return withWordedNotes(locale, await this.replacements.accept(p, id, code, replacementId, body));
  }
}
