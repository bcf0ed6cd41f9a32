import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentPrincipal, type Principal, Roles } from '../auth/principal.js';
import { BulkJsonBody } from '../common/http/body.js';
import { ImportRoute } from '../common/tabular/import-route.js';
import { CSV_OR_JSON, refuseRows, requireJsonRows } from '../common/tabular/tabular-import.js';
import { zodProblem } from '../common/errors/zod-problem.js';
import { IdPipe } from '../common/http/id.pipe.js';
import { MunicipalResource } from '../common/http/resource.js';
import { pageParams } from '../common/http/lists.js';
import { ApiBodyExamples, ApiErrors, ApiRequestContent, ApiResponses, FILE, NO_CONTENT } from '../common/http/openapi/api-responses.js';
import { isoDate, openApiSchema, ZodPipe } from '../common/http/zod.pipe.js';
import { ItemStatus } from '../generated/prisma/enums.js';
import { DeliveryService } from './delivery.service.js';
import { BULK_ITEM, ITEM_COLUMNS, MAX_BULK_ITEMS } from './domain/item-import.js';
import { codeParam, MANAGERS, serial, typeCode } from './equipment.params.js';
import {
  BULK_ITEMS_EXAMPLE,
  BulkItemsResponse,
  DeliveryCreatedResponse,
  DeliveryListResponse,
  ITEM_EXAMPLE,
  ItemListResponse,
  ItemResponse,
} from './equipment.schemas.js';
import { ItemService } from './item.service.js';

const itemQuery = pageParams.extend({
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
  .refine((b) => Object.keys(b).length > 0, 'NOTHING_TO_CHANGE');
const deliveryBody = z.object({
  municipalityCode: codeParam,
  deliveredOn: isoDate.optional(),
  storageRoomId: z.uuid().nullish(),
  note: z.string().trim().max(500).nullish(),
  serials: z.array(serial).min(1).max(50_000),
  /** code or id of the census; default: the only open census */
  census: z.string().trim().min(1).max(64).optional(),
});
const deliveryQuery = pageParams.extend({
  municipality: z.string().max(64).optional(),
  census: z.string().trim().min(1).max(64).optional(),
});

@ApiTags('equipment')
@ApiBearerAuth()
@Controller('api/v1/equipment')
@MunicipalResource('item')
export class ItemController {
  constructor(
    private readonly items: ItemService,
    private readonly deliveryService: DeliveryService,
  ) {}

  @Get('items')
  @ApiOperation({
    summary: 'Items in the caller’s scope by serial (?municipality=&store=ASK&status=&type=&serial=&limit=&cursor=)',
    description: '`serial` matches the start of the serial. `store=ASK`: the ASK central store only (national callers).',
  })
  @ApiResponses({
    200: { content: { 'application/json': ItemListResponse }, example: { items: [ITEM_EXAMPLE], total: 1, nextCursor: null } },
  })
  @ApiErrors('MUNICIPALITY_UNKNOWN')
  list(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(itemQuery)) q: z.output<typeof itemQuery>) {
    return this.items.listItems(p, {
      municipalityCode: q.municipality,
      centralStore: q.store === 'ASK',
      status: q.status,
      typeCode: q.type,
      serial: q.serial,
      limit: q.limit,
      cursor: q.cursor,
    });
  }

  @Get('items/:id')
  @ApiOperation({ summary: 'One item: type, serial, status, location, holder' })
  @ApiResponses({ 200: ItemResponse })
  @ApiErrors('ITEM_UNKNOWN')
  get(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string) {
    return this.items.item(p, id);
  }

  @Post('items')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Register one item (ADMIN, LOGISTICS); in the ASK store unless a municipality is given' })
  @ApiBody({ schema: openApiSchema(itemBody) })
  @ApiResponses({ 201: ItemResponse })
  @ApiErrors('IMPORT_INVALID', 'MUNICIPALITY_UNKNOWN', 'STORAGE_ROOM_UNKNOWN', 'ITEM_UNKNOWN')
  async create(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(itemBody)) b: z.output<typeof itemBody>) {
    const r = await this.items.registerItems(p, [{ typeCode: b.typeCode, serial: b.serial }], b);
    return this.items.item(p, r.ids[0] ?? '');
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
  @ApiRequestContent({ 'application/json': bulkBody, 'text/csv': FILE })
  @ApiBodyExamples({
    'application/json': { municipalityCode: 'prishtine', items: [{ typeCode: 'TABLET', serial: 'SN-2023-0001' }] },
    'text/csv': BULK_CSV_EXAMPLE,
  })
  @ApiResponses({ 200: { content: { 'application/json': BulkItemsResponse }, example: BULK_ITEMS_EXAMPLE } })
  @ApiErrors('IMPORT_INVALID', 'IMPORT_FORMAT', 'MUNICIPALITY_UNKNOWN', 'STORAGE_ROOM_UNKNOWN')
  bulk(
    @CurrentPrincipal() p: Principal,
    @Headers('content-type') contentType: string | undefined,
    @Query() query: unknown,
    @Body() body: unknown,
  ) {
    // text/csv and text/plain arrive as decoded text (@ImportRoute); an empty one as no body.
    if (typeof body === 'string' || /\b(csv|plain)\b/i.test(contentType ?? ''))
      return this.items.registerItemsCsv(p, typeof body === 'string' ? body : '', new ZodPipe(bulkCsvQuery).transform(query));
    new ZodPipe(jsonQuery).transform(query);
    requireJsonRows(body, 'items');
    // A malformed item is a bad row of the import (IMPORT_INVALID by position, as the CSV answers);
    // a problem outside the items is the request's (VALIDATION_FAILED).
    const parsed = bulkBody.safeParse(body);
    const issues = parsed.success ? [] : parsed.error.issues;
    if (issues.length > 0 && issues.every((i) => i.path[0] === 'items' && typeof i.path[1] === 'number')) {
      refuseRows(issues.map((i) => ({ ...zodProblem(i, i.path.slice(2).join('.') || 'items'), row: (i.path[1] as number) + 1 })));
    }
    const b = new ZodPipe(bulkBody).transform(body);
    return this.items.registerItems(p, b.items, b);
  }

  @Patch('items/:id')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Correct an item’s storage room or status (IN_STORAGE, DAMAGED, LOST) (ADMIN, LOGISTICS)' })
  @ApiBody({ schema: openApiSchema(itemPatch) })
  @ApiResponses({ 200: ItemResponse })
  @ApiErrors('ITEM_UNKNOWN', 'ITEM_CONFLICT', 'STORAGE_ROOM_UNKNOWN', 'MUNICIPALITY_UNKNOWN')
  update(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string, @Body(new ZodPipe(itemPatch)) b: z.output<typeof itemPatch>) {
    return this.items.updateItem(p, id, b);
  }

  @Delete('items/:id')
  @HttpCode(204)
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Delete an item registered by mistake and never handed out (ADMIN, LOGISTICS)' })
  @ApiResponses({ 204: NO_CONTENT })
  @ApiErrors('ITEM_UNKNOWN', 'ITEM_IN_USE')
  async remove(@CurrentPrincipal() p: Principal, @Param('id', IdPipe) id: string): Promise<void> {
    await this.items.deleteItem(p, id);
  }

  @Get('deliveries')
  @ApiOperation({ summary: 'Deliveries to municipalities in the caller’s scope, newest first (?municipality=&census=&limit=&cursor=)' })
  @ApiResponses({ 200: DeliveryListResponse })
  @ApiErrors('MUNICIPALITY_UNKNOWN', 'CENSUS_UNKNOWN')
  deliveries(@CurrentPrincipal() p: Principal, @Query(new ZodPipe(deliveryQuery)) q: z.output<typeof deliveryQuery>) {
    return this.deliveryService.deliveries(p, { municipalityCode: q.municipality, census: q.census, limit: q.limit, cursor: q.cursor });
  }

  @Post('deliveries')
  @BulkJsonBody()
  @Roles(...MANAGERS)
  @ApiOperation({
    summary:
      'Deliver items of a census into a municipality’s storage (ADMIN, LOGISTICS); default date: the census’s first supervisor-training day',
  })
  @ApiBody({ schema: openApiSchema(deliveryBody) })
  @ApiResponses({ 201: DeliveryCreatedResponse })
  @ApiErrors(
    'ITEM_INVALID',
    'ITEM_CONFLICT',
    'MUNICIPALITY_UNKNOWN',
    'STORAGE_ROOM_UNKNOWN',
    'CENSUS_UNKNOWN',
    'CENSUS_REQUIRED',
    'CENSUS_AMBIGUOUS',
    'CENSUS_CALENDAR_MISSING',
  )
  deliver(@CurrentPrincipal() p: Principal, @Body(new ZodPipe(deliveryBody)) b: z.output<typeof deliveryBody>) {
    return this.deliveryService.deliver(p, b);
  }
}
