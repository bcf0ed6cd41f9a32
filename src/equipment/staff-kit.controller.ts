import { ReaderLocale } from '../common/i18n/reader-locale.js';
import type { Locale } from '../common/i18n/locales.js';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { ApiErrors, ApiResponses } from '../common/http/openapi/api-responses.js';
import { MunicipalResource } from '../common/http/resource.js';
import { openApiSchema, ZodPipe } from '../common/http/zod.pipe.js';
import { EquipmentChargebacks } from './equipment-chargebacks.js';
import { HANDLERS, serial } from './equipment.params.js';
import { ChargebacksResponse, KitHandoverResponse, KitReturnResponse, StaffKitResponse } from './equipment.schemas.js';
import { KitHandoverService } from './kit-handover.service.js';

const signedAt = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const signer = z.string().trim().min(2).max(200);

const handoverBody = z.object({
  serials: z.array(serial).min(1).max(20),
  substitutions: z
    .array(z.object({ planned: serial, actual: serial }))
    .max(20)
    .optional(),
  signedBy: signer,
  signedAt: signedAt.optional(),
});
const returnBody = z.object({
  items: z
    .array(z.object({ serial, condition: z.enum(['GOOD', 'DAMAGED', 'LOST']) }))
    .min(1)
    .max(20),
  signedBy: signer,
  signedAt: signedAt.optional(),
});

@ApiTags('equipment')
@ApiBearerAuth()
@Controller('api/v1/equipment')
@MunicipalResource('staff')
export class StaffKitController {
  constructor(
    private readonly kits: KitHandoverService,
    private readonly chargebacks: EquipmentChargebacks,
  ) {}

  @Get('staff/:id/kit')
  @ApiOperation({ summary: 'The equipment a person holds and their signed handovers and returns' })
  @ApiResponses({ 200: StaffKitResponse })
  @ApiErrors('STAFF_UNKNOWN')
  kit(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.kits.kitOf(p, id);
  }

  @Post('staff/:id/kit/handover')
  @Roles(...HANDLERS)
  @ApiOperation({
    summary: 'Hand over the whole planned kit with one signature (ADMIN, LOGISTICS, MUNICIPALITY for its own people)',
    description: 'Serials must match the person’s line of the latest plan, or replace a planned serial explicitly in `substitutions`.',
  })
  @ApiBody({ schema: openApiSchema(handoverBody) })
  @ApiResponses({ 201: KitHandoverResponse })
  @ApiErrors('STAFF_UNKNOWN', 'DISTRIBUTION_PLAN_MISSING', 'KIT_HANDOVER_INVALID', 'ITEM_CONFLICT')
  handover(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(handoverBody)) b: z.output<typeof handoverBody>,
  ) {
    return this.kits.handover(p, id, b);
  }

  @Post('staff/:id/kit/return')
  @HttpCode(200)
  @Roles(...HANDLERS)
  @ApiOperation({ summary: 'Take the whole kit back with one signature, each item GOOD, DAMAGED or LOST (ADMIN, LOGISTICS, MUNICIPALITY)' })
  @ApiBody({ schema: openApiSchema(returnBody) })
  @ApiResponses({ 200: KitReturnResponse })
  @ApiErrors('STAFF_UNKNOWN', 'KIT_RETURN_INVALID', 'ITEM_CONFLICT')
  async returnKit(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(returnBody)) b: z.output<typeof returnBody>,
  ) {
    const { person: _person, ...rest } = await this.kits.returnKit(p, id, b);
    return rest;
  }

  @Get('chargebacks')
  @ApiOperation({ summary: 'Charge-backs owed today per item (not returned after the census, returned damaged) and items without a price' })
  @ApiResponses({ 200: ChargebacksResponse })
  list(@CurrentPrincipal() p: Principal, @ReaderLocale() locale: Locale) {
    return this.chargebacks.list(p, locale);
  }
}
