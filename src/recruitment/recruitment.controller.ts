import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import type { Locale } from '../common/i18n/locales.js';
import { ReaderLocale } from '../common/i18n/reader-locale.js';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { withWordedNotes } from './replacement-notes.js';
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
  ApplicationListResponse,
  applicationListQuery,
  ApplicationResponse,
  clerkBody,
  codeParam,
  DeadlineFlagListResponse,
  FinalListResponse,
  FinalListStartResponse,
  finalListBody,
  flagsQuery,
  PaperIntakeClerksResponse,
  PublicFinalListResponse,
  reopenBody,
  replacementBody,
  ReplacementAcceptedResponse,
  ReplacementListResponse,
  ReplacementProposalResponse,
  ReserveResponse,
  ShortlistExample,
  ShortlistReopenResponse,
  ShortlistResponse,
  TargetsResponse,
  VacancyNoticeResponse,
} from './recruitment.schemas.js';
import { BulkJsonBody } from '../common/http/body.js';
import { pageArray, pageParams } from '../common/http/lists.js';
import { ApiErrors, ApiResponses, MEDIA } from '../common/http/openapi/api-responses.js';
import type { ErrorCode } from '../common/errors/error-codes.js';

const COMMISSION = [Role.ADMIN, Role.MUNICIPALITY];
const PERSONAL_DATA_READERS = [Role.ADMIN, Role.LOGISTICS, Role.MUNICIPALITY];
/** Every route on a municipality's part of a competition answers these when either is not found (or not in scope). */
const CONTEXT: ErrorCode[] = ['COMPETITION_UNKNOWN', 'MUNICIPALITY_UNKNOWN'];

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
  @ApiResponses({ 201: ApplicationResponse })
  @ApiErrors(
    ...CONTEXT,
    'FORBIDDEN',
    'PAPER_INTAKE_NOT_DESIGNATED',
    'APPLICATION_DEADLINE_PASSED',
    'APPLICATION_DUPLICATE',
    'CENSUS_SETTINGS_INVALID',
  )
  apply(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(applicationBody)) body: z.output<typeof applicationBody>) {
    return this.recruitment.apply(p, body);
  }

  @Get('deadline-flags')
  @ApiOperation({ summary: 'Deadline flags: ASK sees all, a municipality its own; ?census=<code or id> keeps those of one census' })
  @ApiResponses({ 200: DeadlineFlagListResponse })
  @ApiErrors('CENSUS_UNKNOWN')
  async flags(
    @CurrentPrincipal() p: Principal,
    @Query(new ZodPipe(flagsQuery)) q: z.output<typeof flagsQuery>,
    @ReaderLocale() locale: Locale,
  ) {
    return pageArray(await this.deadlines.list(p, q, locale), q);
  }

  @Get('competitions/:id/municipalities/:code/applications')
  @Roles(...PERSONAL_DATA_READERS)
  @ApiOperation({
    summary: 'Applications of a municipality in a competition (?kind=&status=&channel=&community=&q=&sort=&limit=&cursor=)',
    description:
      'Keyset pages in order of receipt (default) or by name; `q` matches the start of the national id or of any word of the name. ' +
      'A municipality sees supervisor applications only once ASK has published its supervisor selection.',
  })
  @ApiResponses({ 200: ApplicationListResponse })
  @ApiErrors(...CONTEXT)
  applications(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Query(new ZodPipe(applicationListQuery)) q: z.output<typeof applicationListQuery>,
  ) {
    return this.recruitment.applications(p, id, code, { ...q, q: q.q as string | undefined });
  }

  @Get('competitions/:id/municipalities/:code/targets')
  @ApiOperation({ summary: 'Staffing targets of a municipality by community' })
  @ApiResponses({ 200: TargetsResponse })
  @ApiErrors(...CONTEXT)
  targets(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.recruitment.targets(p, id, code);
  }

  @Get('competitions/:id/municipalities/:code/vacancy-notice')
  @ApiOperation({ summary: 'Data of the municipality’s vacancy notice (for the PDF)' })
  @ApiResponses({ 200: VacancyNoticeResponse })
  @ApiErrors(...CONTEXT)
  vacancyNotice(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.recruitment.vacancyNotice(p, id, code);
  }

  @Get('competitions/:id/municipalities/:code/shortlist')
  @Roles(...PERSONAL_DATA_READERS)
  @ApiOperation({ summary: 'The ranked shortlist sent to the commission, per community' })
  @ApiResponses({ 200: { content: { [MEDIA.json]: ShortlistResponse }, example: ShortlistExample } })
  @ApiErrors(...CONTEXT)
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
  @ApiResponses({ 200: FinalListResponse })
  @ApiErrors(...CONTEXT, 'SHORTLIST_NOT_SENT', 'RECRUITMENT_STAGE', 'FINAL_LIST_INVALID')
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
  @ApiResponses({ 200: FinalListStartResponse })
  @ApiErrors(...CONTEXT, 'SHORTLIST_NOT_SENT', 'RECRUITMENT_STAGE')
  startFinalList(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.recruitment.startFinalList(p, id, code);
  }

  @Post('competitions/:id/municipalities/:code/shortlist/reopen')
  @HttpCode(200)
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Reopen a shortlist whose final list was started, with a reason (ADMIN, audited), so ASK may re-send it' })
  @ApiBody({ schema: openApiSchema(reopenBody) })
  @ApiResponses({ 200: ShortlistReopenResponse })
  @ApiErrors(...CONTEXT, 'RECRUITMENT_STAGE')
  reopenShortlist(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Body(new ZodPipe(reopenBody)) body: z.output<typeof reopenBody>,
  ) {
    return this.recruitment.reopenShortlist(p, id, code, body.reason);
  }

  @Post('competitions/:id/municipalities/:code/publication')
  @HttpCode(200)
  @Roles(...COMMISSION)
  @ApiOperation({ summary: 'Publish the final list: selected candidates become enumerators; answers the public list (names only)' })
  @ApiResponses({ 200: PublicFinalListResponse })
  @ApiErrors(...CONTEXT, 'SHORTLIST_NOT_SENT', 'FINAL_LIST_NOT_DONE', 'RECRUITMENT_STAGE', 'UNIQUE_VIOLATION', 'APPLICATION_UNKNOWN')
  publish(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.recruitment.publish(p, id, code);
  }

  @Get('competitions/:id/municipalities/:code/final-list')
  @ApiOperation({ summary: 'The public final list (names only, no personal data) once published' })
  @ApiResponses({ 200: PublicFinalListResponse })
  @ApiErrors(...CONTEXT, 'RECRUITMENT_STAGE')
  finalList(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.recruitment.publicFinalList(p, id, code);
  }

  @Get('competitions/:id/municipalities/:code/reserve')
  @Roles(...PERSONAL_DATA_READERS)
  @ApiOperation({ summary: 'The ranked reserve list per community' })
  @ApiResponses({ 200: ReserveResponse })
  @ApiErrors(...CONTEXT)
  reserve(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.recruitment.reserve(p, id, code);
  }

  @Get('competitions/:id/municipalities/:code/replacements')
  @Roles(...PERSONAL_DATA_READERS)
  @ApiOperation({ summary: 'Replacements of leaving enumerators in a municipality, oldest first' })
  @ApiResponses({ 200: ReplacementListResponse })
  @ApiErrors(...CONTEXT)
  async replacementList(
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

  @Post('competitions/:id/municipalities/:code/replacements')
  @Roles(...COMMISSION)
  @ApiOperation({
    summary: 'Record that an enumerator leaves (last day, reason) and propose the next reserve candidate',
    description: 'Same municipality and community; same language of work first; then reserve rank.',
  })
  @ApiBody({ schema: openApiSchema(replacementBody) })
  @ApiResponses({ 201: ReplacementProposalResponse })
  @ApiErrors(...CONTEXT, 'RECRUITMENT_STAGE', 'STAFF_UNKNOWN', 'REPLACEMENT_INVALID', 'RESERVE_EMPTY')
  async propose(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Body(new ZodPipe(replacementBody)) body: z.output<typeof replacementBody>,
    @ReaderLocale() locale: Locale,
  ) {
    return withWordedNotes(locale, await this.replacements.propose(p, id, code, body));
  }

  @Post('competitions/:id/municipalities/:code/replacements/:replacementId/decline')
  @HttpCode(200)
  @Roles(...COMMISSION)
  @ApiOperation({ summary: 'The proposed candidate declines: they leave the reserve list and the next candidate is proposed' })
  @ApiResponses({ 200: ReplacementProposalResponse })
  @ApiErrors(...CONTEXT, 'REPLACEMENT_UNKNOWN', 'RECRUITMENT_STAGE', 'STAFF_UNKNOWN', 'RESERVE_EMPTY')
  async decline(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Param('replacementId', IdPipe) replacementId: string,
    @ReaderLocale() locale: Locale,
  ) {
    return withWordedNotes(locale, await this.replacements.decline(p, id, code, replacementId));
  }

  @Post('competitions/:id/municipalities/:code/replacements/:replacementId/accept')
  @HttpCode(200)
  @Roles(...COMMISSION)
  @ApiOperation({
    summary:
      'Accept the proposed replacement: staff record, EA hand-over from the cut-over, leaver’s engagement ended, hooks (one transaction)',
  })
  @ApiBody({ schema: openApiSchema(acceptBody) })
  @ApiResponses({ 200: ReplacementAcceptedResponse })
  @ApiErrors(
    ...CONTEXT,
    'REPLACEMENT_UNKNOWN',
    'RECRUITMENT_STAGE',
    'STAFF_UNKNOWN',
    'UNIQUE_VIOLATION',
    'APPLICATION_UNKNOWN',
    'ASSIGNMENT_INVALID',
    'IBAN_FORBIDDEN',
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

/** Who may enter paper applications for a municipality (KKR members’ user accounts). */
@ApiTags('recruitment')
@ApiBearerAuth()
@Controller('api/v1/municipalities')
@MunicipalResource('municipality')
export class PaperIntakeController {
  constructor(private readonly recruitment: RecruitmentService) {}

  @Get(':code/paper-intake-clerks')
  @ApiOperation({ summary: 'KKR members designated for paper intake (user ids and KKR positions)' })
  @ApiResponses({ 200: PaperIntakeClerksResponse })
  @ApiErrors('MUNICIPALITY_UNKNOWN')
  list(@CurrentPrincipal() p: Principal, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.recruitment.clerks(p, code);
  }

  @Put(':code/paper-intake-clerks')
  @Roles(...COMMISSION)
  @ApiOperation({ summary: 'Designate a KKR member’s user account (a MUNICIPALITY user of this municipality) for paper intake' })
  @ApiBody({ schema: openApiSchema(clerkBody) })
  @ApiResponses({ 200: PaperIntakeClerksResponse })
  @ApiErrors('MUNICIPALITY_UNKNOWN')
  designate(
    @CurrentPrincipal() p: Principal,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Body(new ZodPipe(clerkBody)) body: z.output<typeof clerkBody>,
  ) {
    return this.recruitment.designateClerk(p, code, body);
  }
}
