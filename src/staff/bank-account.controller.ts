import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { MunicipalResource } from '../common/http/resource.js';
import { openApiSchema, ZodPipe } from '../common/http/zod.pipe.js';
import { pageParams } from '../common/http/lists.js';
import { Role } from '../generated/prisma/enums.js';
import { BankAccountService } from './bank-account.service.js';
import { IBAN } from './domain/staff-fields.js';
import { ApiErrors, ApiResponses } from '../common/http/openapi/api-responses.js';
import { BankAccountChangeListResponse, BankAccountChangeResponse, BankAccountRequestResponse } from './staff.schemas.js';

const STATUS = z.enum(['PENDING', 'CONFIRMED', 'REJECTED']);
const requestBody = z.strictObject({ iban: IBAN });
const changesQuery = pageParams.extend({ status: STATUS.optional() });

/**
 * Bank details under four eyes: FINANCE or ADMIN requests an IBAN for a person, a second
 * FINANCE/ADMIN user confirms (or rejects) it; pay runs pay only confirmed versions.
 */
@ApiTags('staff')
@ApiBearerAuth()
@Controller('api/v1')
@MunicipalResource('staff')
@Roles(Role.ADMIN, Role.FINANCE)
export class BankAccountController {
  constructor(private readonly accounts: BankAccountService) {}

  @Get('bank-account-changes')
  @ApiOperation({
    summary: 'Bank-account changes, oldest request first (ADMIN, FINANCE); ?status=PENDING lists what awaits a second pair of eyes',
  })
  @ApiResponses({ 200: BankAccountChangeListResponse })
  @ApiErrors('IBAN_FORBIDDEN')
  list(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(changesQuery)) q: z.output<typeof changesQuery>) {
    return this.accounts.list(p, q);
  }

  @Post('bank-account-changes/:id/confirm')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Confirm a pending change (ADMIN, FINANCE; not its requester): the IBAN becomes the account pay runs use',
  })
  @ApiResponses({ 200: BankAccountChangeResponse })
  @ApiErrors('IBAN_FORBIDDEN', 'IBAN_CHANGE_UNKNOWN', 'IBAN_CHANGE_DECIDED', 'IBAN_FOUR_EYES')
  confirm(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.accounts.confirm(p, id);
  }

  @Post('bank-account-changes/:id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a pending change (ADMIN, FINANCE; its requester may withdraw it): the account in force stays' })
  @ApiResponses({ 200: BankAccountChangeResponse })
  @ApiErrors('IBAN_FORBIDDEN', 'IBAN_CHANGE_UNKNOWN', 'IBAN_CHANGE_DECIDED')
  reject(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.accounts.reject(p, id);
  }

  @Get('staff/:id/bank-accounts')
  @ApiOperation({ summary: 'Every bank-account version of a person, newest first (ADMIN, FINANCE)' })
  @ApiResponses({ 200: BankAccountChangeListResponse })
  @ApiErrors('IBAN_FORBIDDEN', 'STAFF_UNKNOWN')
  history(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Query(new ZodPipe(pageParams)) q: z.output<typeof pageParams>,
  ) {
    return this.accounts.list(p, { staffId: id, limit: q.limit, cursor: q.cursor });
  }

  @Post('staff/:id/bank-accounts')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Request a new IBAN for a person (ADMIN, FINANCE): a pending change until a second finance user confirms it; `requested: false` when the IBAN is already in force or pending',
  })
  @ApiBody({ schema: openApiSchema(requestBody) })
  @ApiResponses({ 200: BankAccountRequestResponse })
  @ApiErrors('IBAN_FORBIDDEN', 'STAFF_UNKNOWN', 'IBAN_CHANGE_PENDING')
  request(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(requestBody)) body: z.output<typeof requestBody>,
  ) {
    return this.accounts.requestOne(p, id, body.iban);
  }
}
