import { Controller, Get, Header, Headers, Param, Query, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResponses, FILE, MEDIA } from '../../common/http/openapi/api-responses.js';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../../auth/principal.js';
import { IdPipe } from '../../common/http/id.pipe.js';
import type { Locale } from '../../common/i18n/locales.js';
import { ReaderLocale } from '../../common/i18n/reader-locale.js';
import { MunicipalResource } from '../../common/http/resource.js';
import { pageParams } from '../../common/http/lists.js';
import { uuidParam, ZodPipe } from '../../common/http/zod.pipe.js';
import { Role } from '../../generated/prisma/enums.js';
import { CSV_TYPE, fileResponse, primed, XLSX_TYPE } from './file-response.js';
import { PayLineListResponse, PayPersonListResponse, PayStatementResponse } from './pay-exports.schemas.js';
import { PayExportsService } from './pay-exports.service.js';
import { PayFilesService } from './pay-files.service.js';

const municipality = z.string().trim().min(1).max(64).optional();
const peopleQuery = pageParams.extend({ status: z.enum(['PAYABLE', 'BLOCKED']).optional(), municipality });
const linesQuery = pageParams.extend({ format: z.enum(['json', 'csv']).optional(), staffId: uuidParam.optional(), municipality });

// Pay data and personal data: no cache keeps a copy (every route below sends `no-store`).

/** `?format=csv` wins; otherwise an Accept header that asks for text/csv. */
const wantsCsv = (format: 'json' | 'csv' | undefined, accept: string | undefined): boolean =>
  format === 'csv' || (format === undefined && /\btext\/csv\b/i.test(accept ?? ''));

@ApiTags('payroll')
@ApiBearerAuth()
@Controller('api/v1/payroll/runs')
@MunicipalResource('payrun')
export class PayExportsController {
  constructor(
    private readonly reads: PayExportsService,
    private readonly files: PayFilesService,
  ) {}

  @Get(':id/people')
  @Header('Cache-Control', 'no-store')
  @Roles(Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY)
  @ApiOperation({
    summary: 'Per-person totals of a run (?status=PAYABLE|BLOCKED&municipality=<code>&limit=&cursor=); amounts as strings, by name',
    description:
      'Municipality users see the people of their own municipality’s runs only (the same people whose lines, statements and statement pack they may already read).',
  })
  @ApiResponses({ 200: PayPersonListResponse })
  @ApiErrors('PAY_RUN_UNKNOWN')
  people(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Query(new ZodPipe(peopleQuery)) q: z.output<typeof peopleQuery>,
    @ReaderLocale() locale: Locale,
  ) {
    return this.reads.people(p, id, q, locale);
  }

  @Get(':id/lines')
  @Header('Cache-Control', 'no-store')
  @Roles(Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY)
  @ApiOperation({
    summary:
      'Pay lines with provenance (?staffId=&municipality=&limit=&cursor=), by person; ?format=csv or Accept: text/csv streams every line as CSV',
    description:
      'JSON: `{ items, total, nextCursor }`, rate "0.3000", amount "2.40". CSV: UTF-8 with BOM, amounts as plain numbers, text cells starting with = + - @ TAB CR prefixed with an apostrophe; machine header and columns (codes: line_type, unit, note_code, note_params as JSON), then `label` and `note` worded in the caller’s language (Accept-Language). Municipality users see lines of their own municipality’s runs only.',
  })
  @ApiResponses({
    200: {
      description: 'A page of lines (JSON), or every line (CSV)',
      content: { 'application/json': PayLineListResponse, [MEDIA.csv]: FILE },
    },
  })
  @ApiErrors('PAY_RUN_UNKNOWN')
  async lines(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Query(new ZodPipe(linesQuery)) q: z.output<typeof linesQuery>,
    @Headers('accept') accept: string | undefined,
    @ReaderLocale() locale: Locale,
  ) {
    if (!wantsCsv(q.format, accept)) return this.reads.lines(p, id, q, locale);
    const csv = await this.reads.linesCsv(p, id, q, locale);
    return fileResponse(await primed(csv.chunks), CSV_TYPE, csv.filename, id);
  }

  @Get(':id/people/:staffId/statement')
  @Header('Cache-Control', 'no-store')
  @Roles(Role.ADMIN, Role.FINANCE, Role.MUNICIPALITY)
  @ApiOperation({
    summary: 'Pay statement data of one person: grouped lines, each with its arithmetic ("1,234 × 0.80 = 987.20"), gross, deductions, net',
    description: 'Municipality users see the national id and IBAN masked except the last four characters.',
  })
  @ApiResponses({ 200: PayStatementResponse })
  @ApiErrors('PAY_RUN_UNKNOWN', 'PAY_PERSON_UNKNOWN')
  statement(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Param('staffId', IdPipe) staffId: string,
    @ReaderLocale() locale: Locale,
  ) {
    return this.reads.statement(p, id, staffId, locale);
  }

  @Get(':id/exports/bank.csv')
  @Header('Cache-Control', 'no-store')
  @Roles(Role.ADMIN, Role.FINANCE)
  @ApiOperation({
    summary: 'Bank transfer file of an APPROVED run: iban,name,amount,reference per payable person with net > 0 (ADMIN, FINANCE)',
    description: '409 PAY_RUN_NOT_APPROVED for other runs. The file total is checked against the run’s net total; the export is audited.',
  })
  @ApiResponses({ 200: { description: 'The bank transfer file (UTF-8 CSV)', content: { [MEDIA.csv]: FILE } } })
  @ApiErrors('PAY_RUN_UNKNOWN', 'PAY_RUN_NOT_APPROVED')
  async bank(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string): Promise<StreamableFile> {
    const f = await this.files.bankFile(p, id);
    return fileResponse(f.stream, CSV_TYPE, f.filename, f.runId);
  }

  @Get(':id/exports/summary.xlsx')
  @Header('Cache-Control', 'no-store')
  @Roles(Role.ADMIN, Role.FINANCE)
  @ApiOperation({
    summary: 'XLSX summary of a COMPUTED or APPROVED run: sheets Municipalities (with totals), People, Run (ADMIN, FINANCE)',
    description:
      'Sheet names, headers and worded values in the language of Accept-Language (sq when none is supported). Money cells are numbers formatted #,##0.00; no cell holds a formula. A run not yet approved is marked as a draft.',
  })
  @ApiResponses({ 200: { description: 'The summary workbook', content: { [MEDIA.xlsx]: FILE } } })
  @ApiErrors('PAY_RUN_UNKNOWN', 'PAY_RUN_NOT_COMPUTED')
  async summary(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @ReaderLocale() locale: Locale,
  ): Promise<StreamableFile> {
    // sheet names, headers and worded values in the reader's language, as errors are
    const f = await this.files.summaryWorkbook(p, id, new Date(), locale);
    return fileResponse(f.stream, XLSX_TYPE, f.filename, f.runId);
  }
}
