import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { MunicipalResource } from '../common/http/resource.js';
import { openApiSchema, ZodPipe } from '../common/http/zod.pipe.js';
import { Role } from '../generated/prisma/enums.js';
import { DeadlineService } from './deadline.service.js';
import { RecruitmentService } from './recruitment.service.js';
import { ReplacementService } from './replacement.service.js';
import {
  acceptBody,
  applicationBody,
  clerkBody,
  codeParam,
  FinalListStartResponse,
  finalListBody,
  flagsQuery,
  reopenBody,
  replacementBody,
  ShortlistReopenResponse,
} from './recruitment.schemas.js';
import { BulkJsonBody } from '../common/http/body.js';

const COMMISSION = [Role.ADMIN, Role.MUNICIPALITY];
const PERSONAL_DATA_READERS = [Role.ADMIN, Role.LOGISTICS, Role.MUNICIPALITY];

/** A municipality's part of a competition: `:id` is the competition, `:code` the municipality (own scope only). */
@ApiTags('recruitment')
@ApiBearerAuth()
@Controller('api/v1/recruitment')
@MunicipalResource('recruitment')
export class RecruitmentController {
  constructor(
    private readonly recruitment: RecruitmentService,
    private readonly replacements: ReplacementService,
    private readonly deadlines: DeadlineService,
  ) {}

  @Post('applications')
  @Roles(...COMMISSION)
  @ApiOperation({
    summary: 'Submit an application (online: ADMIN for ASK’s web form; paper: the municipality’s designated paper intake clerk)',
    description:
      'Refused after the competition’s deadline by the server clock (409 APPLICATION_DEADLINE_PASSED); one application per national id per competition (409 APPLICATION_DUPLICATE).',
  })
  @ApiBody({ schema: openApiSchema(applicationBody) })
  apply(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(applicationBody)) body: z.output<typeof applicationBody>) {
    return this.recruitment.apply(p, body);
  }

  @Get('deadline-flags')
  @ApiOperation({ summary: 'Deadline flags: ASK sees all, a municipality its own; ?census=<code or id> keeps those of one census' })
  flags(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(flagsQuery)) q: z.output<typeof flagsQuery>) {
    return this.deadlines.list(p, q.competitionId, q.census);
  }

  @Get('competitions/:id/municipalities/:code/applications')
  @Roles(...PERSONAL_DATA_READERS)
  @ApiOperation({ summary: 'Applications of a municipality in a competition' })
  applications(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.recruitment.applications(p, id, code);
  }

  @Get('competitions/:id/municipalities/:code/targets')
  @ApiOperation({ summary: 'Staffing targets of a municipality by community' })
  targets(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.recruitment.targets(p, id, code);
  }

  @Get('competitions/:id/municipalities/:code/vacancy-notice')
  @ApiOperation({ summary: 'Data of the municipality’s vacancy notice (for the PDF)' })
  vacancyNotice(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.recruitment.vacancyNotice(p, id, code);
  }

  @Get('competitions/:id/municipalities/:code/shortlist')
  @Roles(...PERSONAL_DATA_READERS)
  @ApiOperation({ summary: 'The ranked shortlist sent to the commission, per community' })
  shortlist(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.recruitment.shortlist(p, id, code);
  }

  @Post('competitions/:id/municipalities/:code/final-list')
  @BulkJsonBody()
  @HttpCode(200)
  @Roles(...COMMISSION)
  @ApiOperation({
    summary: 'Finalise the list of enumerators (the commission)',
    description:
      'Exactly the required number per community, all from the shortlist; a selected candidate ranked below the required number needs a written reason (422 FINAL_LIST_INVALID).',
  })
  @ApiBody({ schema: openApiSchema(finalListBody) })
  finalise(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Body(new ZodPipe(finalListBody)) body: z.output<typeof finalListBody>,
  ) {
    return this.recruitment.finalise(p, id, code, body.selections);
  }

  @Post('competitions/:id/municipalities/:code/final-list/start')
  @HttpCode(200)
  @Roles(...COMMISSION)
  @ApiOperation({
    summary: 'The commission starts its final list: ASK can no longer re-send the shortlist unless ADMIN reopens it',
    description: 'Only after a shortlist was sent (409 SHORTLIST_NOT_SENT). Starting twice keeps the first start.',
  })
  async startFinalList(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Param('code', new ZodPipe(codeParam)) code: string,
  ) {
    return FinalListStartResponse.parse(await this.recruitment.startFinalList(p, id, code));
  }

  @Post('competitions/:id/municipalities/:code/shortlist/reopen')
  @HttpCode(200)
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Reopen a shortlist whose final list was started, with a reason (ADMIN, audited), so ASK may re-send it' })
  @ApiBody({ schema: openApiSchema(reopenBody) })
  async reopenShortlist(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Body(new ZodPipe(reopenBody)) body: z.output<typeof reopenBody>,
  ) {
    return ShortlistReopenResponse.parse(await this.recruitment.reopenShortlist(p, id, code, body.reason));
  }

  @Post('competitions/:id/municipalities/:code/publication')
  @HttpCode(200)
  @Roles(...COMMISSION)
  @ApiOperation({ summary: 'Publish the final list: selected candidates become enumerators; answers the public list (names only)' })
  publish(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.recruitment.publish(p, id, code);
  }

  @Get('competitions/:id/municipalities/:code/final-list')
  @ApiOperation({ summary: 'The public final list (names only, no personal data) once published' })
  finalList(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.recruitment.publicFinalList(p, id, code);
  }

  @Get('competitions/:id/municipalities/:code/reserve')
  @Roles(...PERSONAL_DATA_READERS)
  @ApiOperation({ summary: 'The ranked reserve list per community' })
  reserve(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.recruitment.reserve(p, id, code);
  }

  @Get('competitions/:id/municipalities/:code/replacements')
  @Roles(...PERSONAL_DATA_READERS)
  @ApiOperation({ summary: 'Replacements of leavers in a municipality' })
  replacementList(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.replacements.list(p, id, code);
  }

  @Post('competitions/:id/municipalities/:code/replacements')
  @Roles(...COMMISSION)
  @ApiOperation({
    summary: 'Record that an enumerator leaves (last day, reason) and propose the next reserve candidate',
    description: 'Same municipality and community; same language of work first; then reserve rank.',
  })
  @ApiBody({ schema: openApiSchema(replacementBody) })
  propose(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Body(new ZodPipe(replacementBody)) body: z.output<typeof replacementBody>,
  ) {
    return this.replacements.propose(p, id, code, body);
  }

  @Post('competitions/:id/municipalities/:code/replacements/:replacementId/decline')
  @HttpCode(200)
  @Roles(...COMMISSION)
  @ApiOperation({ summary: 'The proposed candidate declines: they leave the reserve list and the next candidate is proposed' })
  decline(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Param('replacementId', IdPipe) replacementId: string,
  ) {
    return this.replacements.decline(p, id, code, replacementId);
  }

  @Post('competitions/:id/municipalities/:code/replacements/:replacementId/accept')
  @HttpCode(200)
  @Roles(...COMMISSION)
  @ApiOperation({
    summary:
      'Accept the proposed replacement: staff record, EA hand-over from the cut-over, leaver’s engagement ended, hooks (one transaction)',
  })
  @ApiBody({ schema: openApiSchema(acceptBody) })
  accept(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Param('replacementId', IdPipe) replacementId: string,
    @Body(new ZodPipe(acceptBody)) body: z.output<typeof acceptBody>,
  ) {
    return this.replacements.accept(p, id, code, replacementId, body);
  }
}

/** Who may enter paper applications for a municipality (KKR members’ user accounts). */
@ApiTags('recruitment')
@ApiBearerAuth()
@Controller('api/v1/municipalities')
@MunicipalResource('municipality')
export class PaperIntakeController {
  constructor(private readonly recruitment: RecruitmentService) {}

  @Get(':code/paper-intake-clerks')
  @ApiOperation({ summary: 'KKR members designated for paper intake (user ids and KKR positions)' })
  list(@CurrentPrincipal() p: Principal, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.recruitment.clerks(p, code);
  }

  @Put(':code/paper-intake-clerks')
  @Roles(...COMMISSION)
  @ApiOperation({ summary: 'Designate a KKR member’s user account (a MUNICIPALITY user of this municipality) for paper intake' })
  @ApiBody({ schema: openApiSchema(clerkBody) })
  designate(
    @CurrentPrincipal() p: Principal,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Body(new ZodPipe(clerkBody)) body: z.output<typeof clerkBody>,
  ) {
    return this.recruitment.designateClerk(p, code, body);
  }
}
