import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { MunicipalResource, NationalResource } from '../common/http/resource.js';
import { isoDate, openApiSchema, pageQuery, ZodPipe } from '../common/http/zod.pipe.js';
import { isEuroString } from '../common/money/money.js';
import { ItemStatus, Role, StaffKind } from '../generated/prisma/enums.js';
import { DistributionService } from './distribution.service.js';
import { BULK_ITEM, ITEM_COLUMNS, MAX_BULK_ITEMS, SERIAL, TYPE_CODE } from './domain/item-import.js';
import { EquipmentChargebacks } from './equipment-chargebacks.js';
import { InventoryService } from './inventory.service.js';
import { BulkJsonBody } from '../common/http/body.js';
import { ImportRoute } from '../common/tabular/import-route.js';
import { CSV_OR_JSON, requireJsonRows } from '../common/tabular/tabular-import.js';

// Who may do what (docs/equipment.md): ASK logistics and admins manage inventory, kits,
// deliveries, plans and tariffs (finance may also set charge-back tariffs, they are money);
// municipalities read their own items, plans and kits, keep their storage rooms and record
// handovers and returns for their own people. Every route is scoped in the repository.
const MANAGERS = [Role.ADMIN, Role.LOGISTICS] as const;
const HANDLERS = [Role.ADMIN, Role.LOGISTICS, Role.MUNICIPALITY] as const;

const typeCode = TYPE_CODE;
const serial = SERIAL;
const codeParam = z.string().trim().min(1).max(64);
const euro = z.string().trim().refine(isEuroString, 'must be an amount like "250.00"');
const signedAt = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const signer = z.string().trim().min(2).max(200);

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
  constructor(private readonly inventory: InventoryService) {}

  @Get('item-types')
  @ApiOperation({ summary: 'Item types (TABLET, BAG, POWER_BANK, LAPTOP, ...)' })
  itemTypes() {
    return this.inventory.itemTypes();
  }

  @Post('item-types')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Add an item type (ADMIN, LOGISTICS)' })
  @ApiBody({ schema: openApiSchema(itemTypeBody) })
  createItemType(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(itemTypeBody)) b: z.output<typeof itemTypeBody>) {
    return this.inventory.createItemType(p, b.code, b.name);
  }

  @Get('kits')
  @ApiOperation({ summary: 'Kit per staff role (defaults: enumerator = bag, tablet, power bank; supervisor = laptop, tablet)' })
  kits() {
    return this.inventory.kits();
  }

  @Put('kits/:role')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Replace the kit of a role (ADMIN, LOGISTICS); item types must exist' })
  @ApiBody({ schema: openApiSchema(kitBody) })
  replaceKit(
    @CurrentPrincipal() p: Principal,
    @Param('role', new ZodPipe(z.enum(StaffKind))) role: StaffKind,
    @Body(new ZodPipe(kitBody)) b: z.output<typeof kitBody>,
  ) {
    return this.inventory.replaceKit(p, role, b.lines);
  }

  @Get('chargeback-tariffs')
  @ApiOperation({ summary: 'Charge-back tariff versions: amount per item type for LOST and DAMAGED items' })
  tariffs() {
    return this.inventory.chargeTariffs();
  }

  @Post('chargeback-tariffs')
  @Roles(Role.ADMIN, Role.LOGISTICS, Role.FINANCE)
  @ApiOperation({ summary: 'The next charge-back tariff version (ADMIN, LOGISTICS, FINANCE), in force from effectiveFrom' })
  @ApiBody({ schema: openApiSchema(tariffBody) })
  createTariff(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(tariffBody)) b: z.output<typeof tariffBody>) {
    return this.inventory.createChargeTariff(p, b);
  }
}

const itemQuery = pageQuery.extend({
  municipality: z.string().max(64).optional(),
  store: z.literal('ASK').optional(),
  status: z.enum(ItemStatus).optional(),
  type: typeCode.optional(),
  serial: z.string().trim().toUpperCase().min(1).max(64).optional(),
});
const location = { municipalityCode: codeParam.nullish(), storageRoomId: z.uuid().nullish() };
const itemBody = z.object({ typeCode, serial, ...location });
const bulkBody = z.object({ ...location, items: z.array(BULK_ITEM).min(1).max(MAX_BULK_ITEMS) });
/** JSON carries its options in the body; a query parameter there would be silently ignored, so it is refused. */
const jsonQuery = z.object({}).strict();
/** A CSV body carries only the items: the options beside `items` in JSON are query parameters. */
const bulkCsvQuery = bulkBody.omit({ items: true }).strict();
const BULK_CSV_EXAMPLE = `${ITEM_COLUMNS.required.join(',')}\nTABLET,SN-2023-0001\nBAG,BG-2023-0001\n`;
const itemPatch = z
  .object({ status: z.enum(['IN_STORAGE', 'DAMAGED', 'LOST']).optional(), storageRoomId: z.uuid().nullish() })
  .refine((b) => Object.keys(b).length > 0, 'nothing to change');
const deliveryBody = z.object({
  municipalityCode: codeParam,
  deliveredOn: isoDate.optional(),
  storageRoomId: z.uuid().nullish(),
  note: z.string().trim().max(500).nullish(),
  serials: z.array(serial).min(1).max(50_000),
  /** code or id of the census; default: the only open census */
  census: z.string().trim().min(1).max(64).optional(),
});
const deliveryQuery = pageQuery.extend({
  municipality: z.string().max(64).optional(),
  census: z.string().trim().min(1).max(64).optional(),
});

@ApiTags('equipment')
@ApiBearerAuth()
@Controller('api/v1/equipment')
@MunicipalResource('item')
export class ItemController {
  constructor(private readonly inventory: InventoryService) {}

  @Get('items')
  @ApiOperation({ summary: 'Items in the caller’s scope (?municipality=&store=ASK&status=&type=&serial=&limit=&offset=)' })
  list(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(itemQuery)) q: z.output<typeof itemQuery>) {
    return this.inventory.listItems(p, {
      municipalityCode: q.municipality,
      centralStore: q.store === 'ASK',
      status: q.status,
      typeCode: q.type,
      serial: q.serial,
      limit: q.limit,
      offset: q.offset,
    });
  }

  @Get('items/:id')
  @ApiOperation({ summary: 'One item: type, serial, status, location, holder' })
  get(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.inventory.item(p, id);
  }

  @Post('items')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Register one item (ADMIN, LOGISTICS); in the ASK store unless a municipality is given' })
  @ApiBody({ schema: openApiSchema(itemBody) })
  async create(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(itemBody)) b: z.output<typeof itemBody>) {
    const r = await this.inventory.registerItems(p, [{ typeCode: b.typeCode, serial: b.serial }], b);
    return this.inventory.item(p, r.ids[0] ?? '');
  }

  @Post('items/bulk')
  @ImportRoute(CSV_OR_JSON)
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOperation({
    summary: 'Register many serials at once from JSON or CSV, all or nothing (ADMIN, LOGISTICS)',
    description:
      'JSON: `{municipalityCode?, storageRoomId?, items: [{typeCode, serial}]}`. CSV (text/csv, UTF-8 with or without BOM, `,` or `;`): ' +
      `a header row \`${ITEM_COLUMNS.required.join(',')}\` and one item per line; the location goes in the query ` +
      '(`?municipalityCode=&storageRoomId=`). Any bad row answers 422 IMPORT_INVALID listing every problem as {row, field, reason} ' +
      '(JSON: row = 1-based position, field = key; CSV: row = line in the file, header = 1, field = column); nothing is written. ' +
      'A CSV header problem (unknown, missing or repeated column) or an unreadable file answers 400 IMPORT_FORMAT.',
  })
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({
    schema: {
      oneOf: [
        openApiSchema(bulkBody),
        {
          type: 'string',
          title: 'CSV',
          description: `text/csv with the header ${ITEM_COLUMNS.required.join(',')}`,
          example: BULK_CSV_EXAMPLE,
        },
      ],
    },
  })
  @ApiQuery({
    name: 'municipalityCode',
    required: false,
    description: 'CSV only: register into this municipality’s store (JSON: in the body)',
  })
  @ApiQuery({ name: 'storageRoomId', required: false, description: 'CSV only: a storage room of that municipality (JSON: in the body)' })
  bulk(
    @CurrentPrincipal() p: Principal,
    @Headers('content-type') contentType: string | undefined,
    @Query() query: unknown,
    @Body() body: unknown,
  ) {
    // text/csv and text/plain arrive as decoded text (@ImportRoute); an empty one as no body.
    if (typeof body === 'string' || /\b(csv|plain)\b/i.test(contentType ?? ''))
      return this.inventory.registerItemsCsv(p, typeof body === 'string' ? body : '', new ZodPipe(bulkCsvQuery).transform(query));
    new ZodPipe(jsonQuery).transform(query);
    requireJsonRows(body, 'items');
    const b = new ZodPipe(bulkBody).transform(body);
    return this.inventory.registerItems(p, b.items, b);
  }

  @Patch('items/:id')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Correct an item’s storage room or status (IN_STORAGE, DAMAGED, LOST) (ADMIN, LOGISTICS)' })
  @ApiBody({ schema: openApiSchema(itemPatch) })
  update(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Body(new ZodPipe(itemPatch)) b: z.output<typeof itemPatch>) {
    return this.inventory.updateItem(p, id, b);
  }

  @Delete('items/:id')
  @HttpCode(204)
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Delete an item registered by mistake and never handed out (ADMIN, LOGISTICS)' })
  async remove(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string): Promise<void> {
    await this.inventory.deleteItem(p, id);
  }

  @Get('deliveries')
  @ApiOperation({ summary: 'Deliveries to municipalities in the caller’s scope, newest first (?municipality=)' })
  deliveries(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(deliveryQuery)) q: z.output<typeof deliveryQuery>) {
    return this.inventory.deliveries(p, { municipalityCode: q.municipality, census: q.census, limit: q.limit, offset: q.offset });
  }

  @Post('deliveries')
  @BulkJsonBody()
  @Roles(...MANAGERS)
  @ApiOperation({
    summary:
      'Deliver items of a census into a municipality’s storage (ADMIN, LOGISTICS); default date: the census’s first supervisor-training day',
  })
  @ApiBody({ schema: openApiSchema(deliveryBody) })
  deliver(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(deliveryBody)) b: z.output<typeof deliveryBody>) {
    return this.inventory.deliver(p, b);
  }
}

const roomBody = z.object({ name: z.string().trim().min(1).max(200), address: z.string().trim().max(500).nullish() });
const settingsBody = z.object({ sparePercent: z.number().int().min(0).max(100) });
const planBody = z.object({ storageRoomId: z.uuid().nullish() });

@ApiTags('equipment')
@ApiBearerAuth()
@Controller('api/v1/equipment/municipalities')
@MunicipalResource('municipality')
export class MunicipalEquipmentController {
  constructor(
    private readonly inventory: InventoryService,
    private readonly distribution: DistributionService,
  ) {}

  @Get(':code/storage-rooms')
  @ApiOperation({ summary: 'Storage rooms of a municipality' })
  rooms(@CurrentPrincipal() p: Principal, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.inventory.storageRooms(p, code);
  }

  @Post(':code/storage-rooms')
  @Roles(...HANDLERS)
  @ApiOperation({ summary: 'Add a storage room (ADMIN, LOGISTICS, MUNICIPALITY for its own)' })
  @ApiBody({ schema: openApiSchema(roomBody) })
  addRoom(
    @CurrentPrincipal() p: Principal,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Body(new ZodPipe(roomBody)) b: z.output<typeof roomBody>,
  ) {
    return this.inventory.createStorageRoom(p, code, b.name, b.address ?? null);
  }

  @Get(':code/equipment-settings')
  @ApiOperation({ summary: 'Spare percentage of a municipality (default 10 %, spares per type = ceil(needed × % ÷ 100))' })
  settings(@CurrentPrincipal() p: Principal, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.inventory.settings(p, code);
  }

  @Put(':code/equipment-settings')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Set the spare percentage (ADMIN, LOGISTICS)' })
  @ApiBody({ schema: openApiSchema(settingsBody) })
  setSettings(
    @CurrentPrincipal() p: Principal,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Body(new ZodPipe(settingsBody)) b: z.output<typeof settingsBody>,
  ) {
    return this.inventory.setSparePercent(p, code, b.sparePercent);
  }

  @Get(':code/distribution-plans')
  @ApiOperation({ summary: 'Versions of a municipality’s distribution plan, newest first' })
  plans(@CurrentPrincipal() p: Principal, @Param('code', new ZodPipe(codeParam)) code: string) {
    return this.distribution.listPlans(p, code);
  }

  @Post(':code/distribution-plans')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Generate the next version of the distribution plan (ADMIN, LOGISTICS)' })
  @ApiBody({ schema: openApiSchema(planBody) })
  generate(
    @CurrentPrincipal() p: Principal,
    @Param('code', new ZodPipe(codeParam)) code: string,
    @Body(new ZodPipe(planBody)) b: z.output<typeof planBody>,
  ) {
    return this.distribution.generatePlan(p, code, b);
  }
}

@ApiTags('equipment')
@ApiBearerAuth()
@Controller('api/v1/equipment/distribution-plans')
@MunicipalResource('distributionplan')
export class DistributionPlanController {
  constructor(private readonly distribution: DistributionService) {}

  @Get(':id')
  @ApiOperation({ summary: 'One distribution plan version: lines (person → kit serials → training session), spares, needs, missing list' })
  get(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.distribution.plan(p, id);
  }

  @Get(':id/printable')
  @ApiOperation({ summary: 'The data of the printed plan (report type 4): one row and one signature cell per kit' })
  printable(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.distribution.printablePlan(p.scope, id);
  }
}

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
    private readonly distribution: DistributionService,
    private readonly chargebacks: EquipmentChargebacks,
  ) {}

  @Get('staff/:id/kit')
  @ApiOperation({ summary: 'The equipment a person holds and their signed handovers and returns' })
  kit(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.distribution.kitOf(p, id);
  }

  @Post('staff/:id/kit/handover')
  @Roles(...HANDLERS)
  @ApiOperation({
    summary: 'Hand over the whole planned kit with one signature (ADMIN, LOGISTICS, MUNICIPALITY for its own people)',
    description: 'Serials must match the person’s line of the latest plan, or replace a planned serial explicitly in `substitutions`.',
  })
  @ApiBody({ schema: openApiSchema(handoverBody) })
  handover(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(handoverBody)) b: z.output<typeof handoverBody>,
  ) {
    return this.distribution.handover(p, id, b);
  }

  @Post('staff/:id/kit/return')
  @HttpCode(200)
  @Roles(...HANDLERS)
  @ApiOperation({ summary: 'Take the whole kit back with one signature, each item GOOD, DAMAGED or LOST (ADMIN, LOGISTICS, MUNICIPALITY)' })
  @ApiBody({ schema: openApiSchema(returnBody) })
  async returnKit(
    @CurrentPrincipal() p: Principal,
    @Param('id', IdPipe) id: string,
    @Body(new ZodPipe(returnBody)) b: z.output<typeof returnBody>,
  ) {
    const { person: _person, ...rest } = await this.distribution.returnKit(p, id, b);
    return rest;
  }

  @Get('chargebacks')
  @ApiOperation({ summary: 'Charge-backs owed today per item (not returned after the census, returned damaged) and items without a price' })
  list(@CurrentPrincipal() p: Principal) {
    return this.chargebacks.list(p);
  }
}
