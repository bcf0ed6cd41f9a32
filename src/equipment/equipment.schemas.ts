import { z } from 'zod';
import { CodedMessage } from '../common/i18n/notice.schemas.js';
import { listResponse } from '../common/http/lists.js';
import { ItemCondition, ItemStatus, KitRecordKind, StaffKind } from '../generated/prisma/enums.js';

const date = z.iso.date();
const instant = z.iso.datetime({ offset: true });
const euros = z.string().describe('Euros as a decimal string, e.g. "250.00"');
const role = z.enum(['SUPERVISOR', 'ENUMERATOR']);

// ---- reference data ----

export const ItemTypeResponse = z.object({ id: z.uuid(), code: z.string(), name: z.string() }).meta({ id: 'ItemType' });
export const ItemTypeListResponse = listResponse(ItemTypeResponse, 'ItemTypeList');

const kitLine = z.object({ typeCode: z.string(), quantity: z.number().int().min(1) });
export const KitResponse = z
  .object({
    role,
    isDefault: z.boolean().describe('true while the role has no stored kit and the default applies'),
    lines: z.array(kitLine),
  })
  .meta({ id: 'Kit' });
export const KitListResponse = listResponse(KitResponse, 'KitList');

export const ChargebackTariffResponse = z
  .object({
    id: z.uuid(),
    version: z.number().int().min(1),
    name: z.string(),
    effectiveFrom: date,
    createdAt: instant,
    rates: z.array(z.object({ typeCode: z.string(), typeName: z.string(), lost: euros, damaged: euros })),
  })
  .meta({ id: 'ChargebackTariff' });
export const ChargebackTariffListResponse = listResponse(ChargebackTariffResponse, 'ChargebackTariffList');

// ---- items and deliveries ----

export const ItemResponse = z
  .object({
    id: z.uuid(),
    serial: z.string(),
    typeCode: z.string(),
    typeName: z.string(),
    status: z.enum(ItemStatus),
    location: z.discriminatedUnion('store', [
      z.object({ store: z.literal('MUNICIPALITY'), municipalityCode: z.string() }),
      z.object({ store: z.literal('ASK'), municipalityCode: z.null() }),
    ]),
    storageRoom: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
    holderStaffId: z.uuid().nullable().describe('Who holds the item while ISSUED'),
    responsibleStaffId: z.uuid().nullable().describe('Who is charged for a DAMAGED or LOST item'),
    statusDate: date.nullable().describe('Day of the last status change'),
    deliveryId: z.uuid().nullable(),
    updatedAt: instant,
  })
  .meta({ id: 'Item' });
export const ItemListResponse = listResponse(ItemResponse, 'ItemList');

export const ITEM_EXAMPLE = {
  id: '5b0f3c1e-8a7d-4f2b-9c61-2e4d7a9b1c03',
  serial: 'SN-2023-0001',
  typeCode: 'TABLET',
  typeName: 'Tablet',
  status: 'IN_STORAGE',
  location: { store: 'MUNICIPALITY', municipalityCode: 'prishtine' },
  storageRoom: { id: '0c8e2d4a-6b1f-4e3a-8d5c-7f9a1b2c3d4e', name: 'Depo qendrore' },
  holderStaffId: null,
  responsibleStaffId: null,
  statusDate: '2031-04-07',
  deliveryId: '9a3e5c7b-1d2f-4a6b-8c0e-2f4a6b8c0e1d',
  updatedAt: '2031-04-07T08:15:00.000Z',
};

export const BulkItemsResponse = z.object({ created: z.number().int().min(0), ids: z.array(z.uuid()) }).meta({ id: 'BulkItemsResult' });
export const BULK_ITEMS_EXAMPLE = {
  created: 2,
  ids: ['5b0f3c1e-8a7d-4f2b-9c61-2e4d7a9b1c03', '6c1a4d2f-9b8e-4a3c-8d72-3f5e8b0c2d14'],
};

export const DeliveryResponse = z
  .object({
    id: z.uuid(),
    censusId: z.uuid(),
    municipalityCode: z.string(),
    deliveredOn: date,
    storageRoomId: z.uuid().nullable(),
    note: z.string().nullable(),
    itemsByType: z.record(z.string(), z.number().int().min(0)).describe('Item type code → items delivered'),
    serials: z.array(z.string()),
  })
  .meta({ id: 'Delivery' });
export const DeliveryListResponse = listResponse(DeliveryResponse, 'DeliveryList');

export const DeliveryCreatedResponse = z
  .object({ id: z.uuid(), censusId: z.uuid(), municipalityCode: z.string(), deliveredOn: date, items: z.number().int().min(0) })
  .meta({ id: 'DeliveryCreated' });

// ---- municipal rooms and settings ----

export const StorageRoomResponse = z
  .object({ id: z.uuid(), name: z.string(), address: z.string().nullable(), createdAt: instant })
  .meta({ id: 'StorageRoom' });
export const StorageRoomListResponse = listResponse(StorageRoomResponse, 'StorageRoomList');

export const EquipmentSettingsResponse = z
  .object({
    municipalityCode: z.string(),
    sparePercent: z.number().int().min(0).max(100),
    isDefault: z.boolean(),
    spareRounding: z.literal('ceil').describe('spares per type = ceil(needed × % ÷ 100)'),
  })
  .meta({ id: 'EquipmentSettings' });

// ---- distribution plans ----

const session = z.object({
  startDate: date,
  endDate: date,
  venueName: z.string(),
  roomName: z.string(),
  shift: z.string().nullable(),
});
const planLine = z.object({
  staffId: z.uuid(),
  fullName: z.string(),
  role,
  items: z.array(z.object({ typeCode: z.string(), serial: z.string().nullable(), alreadyIssued: z.boolean() })),
  complete: z.boolean(),
  session: session.nullable(),
  sessionNote: CodedMessage.nullable().describe('SESSION_NOT_PLANNED when the person has no training session yet'),
});
const planSpares = z.object({ typeCode: z.string(), wanted: z.number().int().min(0), serials: z.array(z.string()) });
const planNeed = z.object({
  typeCode: z.string(),
  typeName: z.string(),
  forPeople: z.number().int().min(0),
  spares: z.number().int().min(0),
  need: z.number().int().min(0),
  have: z.number().int().min(0),
  missing: z.number().int().min(0),
});
const planMissing = z.object({
  summary: z.string().nullable().describe("What is missing, worded in the caller's language; null when nothing is missing"),
  shortfalls: z.array(CodedMessage).describe('Per item type short of the plan: EQUIPMENT_SHORT with type, missing, need, spares, have'),
  items: z.array(z.object({ typeCode: z.string(), count: z.number().int().min(0) })),
  incompleteKits: z.array(z.object({ staffId: z.uuid(), fullName: z.string(), typeCodes: z.array(z.string()) })),
  sessionsNotPlanned: z.array(z.object({ staffId: z.uuid(), fullName: z.string() })),
});
const room = z.object({ id: z.uuid(), name: z.string(), address: z.string().nullable() });

export const DistributionPlanResponse = z
  .object({
    id: z.uuid(),
    municipality: z.object({ code: z.string(), name: z.string(), nameSr: z.string() }),
    version: z.number().int().min(1),
    sparePercent: z.number().int(),
    spareRounding: z.literal('ceil'),
    storageRoom: room.nullable(),
    createdAt: instant,
    lines: z.array(planLine),
    spares: z.array(planSpares),
    needs: z.array(planNeed),
    missing: planMissing,
  })
  .meta({ id: 'DistributionPlan' });

export const DISTRIBUTION_PLAN_EXAMPLE = {
  id: '3e7a9c1b-5d2f-4b6a-8e0c-1a3b5c7d9e2f',
  municipality: { code: 'kamenice', name: 'Kamenicë', nameSr: 'Kamenica' },
  version: 2,
  sparePercent: 10,
  spareRounding: 'ceil',
  storageRoom: { id: '0c8e2d4a-6b1f-4e3a-8d5c-7f9a1b2c3d4e', name: 'Depo e komunës', address: 'Rruga e Shkollës 1' },
  createdAt: '2031-04-07T09:00:00.000Z',
  lines: [
    {
      staffId: '2f1c1a52-5d0e-4c43-9f0e-0c3b8f1e2a10',
      fullName: 'Arta Berisha',
      role: 'ENUMERATOR',
      items: [
        { typeCode: 'BAG', serial: 'BG-2023-0001', alreadyIssued: false },
        { typeCode: 'TABLET', serial: 'SN-2023-0001', alreadyIssued: false },
        { typeCode: 'POWER_BANK', serial: null, alreadyIssued: false },
      ],
      complete: false,
      session: { startDate: '2031-04-14', endDate: '2031-04-18', venueName: 'Shkolla Fan Noli', roomName: 'Salla 12', shift: 'MORNING' },
      sessionNote: null,
    },
  ],
  spares: [{ typeCode: 'TABLET', wanted: 1, serials: ['SN-2023-0002'] }],
  needs: [{ typeCode: 'POWER_BANK', typeName: 'Power bank', forPeople: 1, spares: 1, need: 2, have: 0, missing: 2 }],
  missing: {
    summary: 'Power bank: 2 missing (need 2 incl. 1 spare, have 0)',
    shortfalls: [
      {
        code: 'EQUIPMENT_SHORT',
        params: { type: 'Power bank', missing: 2, need: 2, spares: 1, have: 0 },
        text: 'Power bank: 2 missing (need 2 incl. 1 spare, have 0)',
      },
    ],
    items: [{ typeCode: 'POWER_BANK', count: 2 }],
    incompleteKits: [{ staffId: '2f1c1a52-5d0e-4c43-9f0e-0c3b8f1e2a10', fullName: 'Arta Berisha', typeCodes: ['POWER_BANK'] }],
    sessionsNotPlanned: [],
  },
};

export const DistributionPlanVersionResponse = z
  .object({
    id: z.uuid(),
    version: z.number().int().min(1),
    sparePercent: z.number().int(),
    missingSummary: z.string().nullable().describe("What is missing, worded in the caller's language"),
    shortfalls: z.array(CodedMessage),
    createdAt: instant,
  })
  .meta({ id: 'DistributionPlanVersion' });
export const DistributionPlanVersionListResponse = listResponse(DistributionPlanVersionResponse, 'DistributionPlanVersionList');

export const PrintablePlanResponse = z
  .object({
    reportType: z.literal(4),
    title: z.string(),
    municipality: z.object({ code: z.string(), name: z.string(), nameSr: z.string() }),
    version: z.number().int().min(1),
    createdAt: instant,
    storageRoom: room.nullable(),
    columns: z.array(z.string()),
    rows: z.array(
      z.object({
        no: z.number().int().min(1),
        staffId: z.uuid(),
        fullName: z.string(),
        role,
        kit: z.array(
          z.object({ typeCode: z.string(), typeName: z.string(), serial: z.string().describe('"missing" when the plan has none') }),
        ),
        session: z.string(),
        sessionDetail: session.nullable(),
        sessionNote: CodedMessage.nullable(),
        signature: z.literal(''),
      }),
    ),
    spares: z.array(
      z.object({ typeCode: z.string(), typeName: z.string(), wanted: z.number().int().min(0), serials: z.array(z.string()) }),
    ),
    needs: z.array(planNeed),
    missing: planMissing,
  })
  .meta({ id: 'PrintablePlan' });

// ---- kits of people ----

export const StaffKitResponse = z
  .object({
    staffId: z.uuid(),
    fullName: z.string(),
    role: z.enum(StaffKind),
    municipalityCode: z.string(),
    holds: z.array(z.object({ serial: z.string(), typeCode: z.string(), typeName: z.string() })),
    records: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(KitRecordKind),
        planId: z.uuid().nullable(),
        signedBy: z.string(),
        signedAt: instant,
        createdAt: instant,
        items: z.array(
          z.object({
            serial: z.string(),
            typeCode: z.string(),
            condition: z.enum(ItemCondition).nullable(),
            substitutedFor: z.string().nullable(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'StaffKit' });

export const KitHandoverResponse = z
  .object({
    recordId: z.uuid(),
    staffId: z.uuid(),
    planVersion: z.number().int().min(1),
    signedAt: instant,
    items: z.array(z.object({ serial: z.string(), typeCode: z.string(), substitutedFor: z.string().nullable() })),
  })
  .meta({ id: 'KitHandover' });

export const KitReturnResponse = z
  .object({
    recordId: z.uuid(),
    staffId: z.uuid(),
    signedAt: instant,
    items: z.array(
      z.object({
        serial: z.string(),
        typeCode: z.string(),
        condition: z.enum(ItemCondition),
        status: z.enum(['RETURNED', 'DAMAGED', 'LOST']).describe('The item status after the return'),
      }),
    ),
  })
  .meta({ id: 'KitReturn' });

const who = { staffId: z.uuid(), fullName: z.string().nullable(), municipalityCode: z.string().nullable() };
export const ChargebacksResponse = z
  .object({
    charges: z.array(
      z.object({
        ...who,
        serial: z.string(),
        typeCode: z.string(),
        reason: z.enum(['NOT_RETURNED', 'DAMAGED']),
        tariffVersion: z.number().int().min(1),
        pricedOn: date,
        amount: euros,
        description: CodedMessage.describe(
          "What is charged: code CHARGEBACK with reason, item (the type's name) and serial; `text` in the caller's language",
        ),
      }),
    ),
    unpriced: z.array(
      z.object({
        ...who,
        serial: z.string(),
        typeCode: z.string(),
        reason: CodedMessage.describe(
          "Why it cannot be priced: UNPRICED_NO_TARIFF (no charge-back tariff in force on `day`) or UNPRICED_NO_AMOUNT (tariff `version` has no amount for `typeCode`); `text` in the caller's language",
        ),
      }),
    ),
  })
  .meta({ id: 'Chargebacks' });
