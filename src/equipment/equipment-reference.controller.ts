import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { NationalResource } from '../common/http/resource.js';
import { pageParams } from '../common/http/lists.js';
import { ApiErrors, ApiResponses } from '../common/http/openapi/api-responses.js';
import { isoDate, openApiSchema, ZodPipe } from '../common/http/zod.pipe.js';
import { isEuroString } from '../common/money/money.js';
import { Role, StaffKind } from '../generated/prisma/enums.js';
import { EquipmentReferenceService } from './equipment-reference.service.js';
import { MANAGERS, type PageQuery, typeCode } from './equipment.params.js';
import {
  ChargebackTariffResponse,
  ChargebackTariffListResponse,
  ItemTypeListResponse,
  ItemTypeResponse,
  KitListResponse,
  KitResponse,
} from './equipment.schemas.js';

const euro = z.string().trim().refine(isEuroString, 'NOT_AMOUNT');
const itemTypeBody = z.object({ code: typeCode, name: z.string().trim().min(1).max(100) });
const kitBody = z.object({
  lines: z
    .array(z.object({ typeCode, quantity: z.number().int().min(1).max(10) }))
    .min(1)
    .max(20),
});
const tariffBody = z.object({
  name: z.string().trim().min(1).max(200),
  effectiveFrom: isoDate,
  rates: z
    .array(z.object({ typeCode, lost: euro, damaged: euro }))
    .min(1)
    .max(100),
});

@ApiTags('equipment')
@ApiBearerAuth()
@Controller('api/v1/equipment')
@NationalResource()
export class EquipmentReferenceController {
  constructor(private readonly reference: EquipmentReferenceService) {}

  @Get('item-types')
  @ApiOperation({ summary: 'Item types (TABLET, BAG, POWER_BANK, LAPTOP, ...)' })
  @ApiResponses({ 200: ItemTypeListResponse })
  itemTypes(@Query(new ZodPipe(pageParams)) q: PageQuery) {
    return this.reference.itemTypes(q);
  }

  @Post('item-types')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Add an item type (ADMIN, LOGISTICS)' })
  @ApiBody({ schema: openApiSchema(itemTypeBody) })
  @ApiResponses({ 201: ItemTypeResponse })
  createItemType(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(itemTypeBody)) b: z.output<typeof itemTypeBody>) {
    return this.reference.createItemType(p, b.code, b.name);
  }

  @Get('kits')
  @ApiOperation({ summary: 'Kit per staff role (defaults: enumerator = bag, tablet, power bank; supervisor = laptop, tablet)' })
  @ApiResponses({ 200: KitListResponse })
  kits(@Query(new ZodPipe(pageParams)) q: PageQuery) {
    return this.reference.kitList(q);
  }

  @Put('kits/:role')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Replace the kit of a role (ADMIN, LOGISTICS); item types must exist' })
  @ApiBody({ schema: openApiSchema(kitBody) })
  @ApiResponses({ 200: KitResponse })
  @ApiErrors('KIT_INVALID', 'ITEM_TYPE_UNKNOWN')
  replaceKit(
    @CurrentPrincipal() p: Principal,
    @Param('role', new ZodPipe(z.enum(StaffKind))) role: StaffKind,
    @Body(new ZodPipe(kitBody)) b: z.output<typeof kitBody>,
  ) {
    return this.reference.replaceKit(p, role, b.lines);
  }

  @Get('chargeback-tariffs')
  @ApiOperation({ summary: 'Charge-back tariff versions: amount per item type for LOST and DAMAGED items' })
  @ApiResponses({ 200: ChargebackTariffListResponse })
  tariffs(@Query(new ZodPipe(pageParams)) q: PageQuery) {
    return this.reference.tariffList(q);
  }

  @Post('chargeback-tariffs')
  @Roles(Role.ADMIN, Role.LOGISTICS, Role.FINANCE)
  @ApiOperation({ summary: 'The next charge-back tariff version (ADMIN, LOGISTICS, FINANCE), in force from effectiveFrom' })
  @ApiBody({ schema: openApiSchema(tariffBody) })
  @ApiResponses({ 201: ChargebackTariffResponse })
  @ApiErrors('CHARGEBACK_TARIFF_INVALID', 'ITEM_TYPE_UNKNOWN')
  createTariff(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(tariffBody)) b: z.output<typeof tariffBody>) {
    return this.reference.createChargeTariff(p, b);
  }
}
