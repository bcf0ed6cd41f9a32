import { z } from 'zod';
import { CodedMessage } from '../common/i18n/notice.schemas.js';
import { listResponse } from '../common/http/lists.js';
import { TraineeKind, TrainingEventKind, TrainingPlanStatus, TrainingShift, VenueKind } from '../generated/prisma/enums.js';

/** Wire forms of the training answers (docs/api.md, "Documenting a route"). */

const date = z.iso.date();
const instant = z.iso.datetime({ offset: true });
const clock = z.string().describe('Wall-clock time HH:MM in the census time zone');
const names = z.object({ code: z.string(), nameSq: z.string(), nameSr: z.string() });
/** A municipality as plans show it (null names when it is not on record). */
const munRef = z.object({ code: z.string().nullable(), nameSq: z.string().nullable(), nameSr: z.string().nullable() });

// ── venues and rooms ───────────────────────────────────────────────────────────────────

export const RoomResponse = z
  .object({
    id: z.uuid(),
    venueId: z.uuid(),
    name: z.string(),
    seats: z.number().int(),
    hasProjector: z.boolean(),
    hasTv: z.boolean(),
    availability: z.array(z.object({ from: date, to: date })).describe('Inclusive date ranges; [] = no restriction recorded'),
    updatedAt: instant,
  })
  .meta({ id: 'TrainingRoom' });

export const RoomWithVenueResponse = RoomResponse.extend({
  venue: z.object({ id: z.uuid(), name: z.string(), address: z.string(), kind: z.enum(VenueKind) }),
}).meta({ id: 'TrainingRoomWithVenue' });

export const VenueResponse = z
  .object({
    id: z.uuid(),
    municipality: z.object({ code: z.string(), nameSq: z.string() }),
    name: z.string(),
    kind: z.enum(VenueKind),
    address: z.string(),
    createdAt: instant,
    updatedAt: instant,
    rooms: z.array(RoomResponse),
    seats: z.number().int().describe('Seats of all its rooms'),
  })
  .meta({ id: 'TrainingVenue' });

export const VenueListResponse = listResponse(VenueResponse, 'TrainingVenueList');

export const RoomAddressResponse = z
  .object({ id: z.uuid(), municipalityId: z.uuid(), name: z.string(), floor: z.string().nullable(), directions: z.string().nullable() })
  .meta({ id: 'TrainingRoomAddress' });

// ── events ─────────────────────────────────────────────────────────────────────────────

export const TrainingEventResponse = z
  .object({
    id: z.uuid(),
    kind: z.enum(TrainingEventKind),
    name: z.string().nullable().describe('The name a person gave the event, as written; null: none, `title` names it by its kind'),
    title: z.string().describe("The event's name to show: `name`, else its kind (and region) in the caller's language"),
    startDate: date,
    endDate: date,
    region: names.nullable().describe('KKR_REGIONAL events only'),
    hostRoomId: z.uuid().nullable(),
    noticeDate: date.nullable(),
    maxClassSize: z.number().int(),
    warnings: z.array(z.string()).describe("A KKR event warns when the room notice is late or missing, worded in the caller's language"),
    warningNotices: z
      .array(CodedMessage)
      .describe(
        'The warnings as codes: KKR_NO_HOST_ROOM, KKR_NOTICE_NOT_SENT (days, from), KKR_NOTICE_LATE (day, when AFTER | BEFORE, daysBefore, days, from)',
      ),
  })
  .meta({ id: 'TrainingEvent' });

export const TrainingEventListResponse = listResponse(TrainingEventResponse, 'TrainingEventList');

export const DefaultEventsResponse = z
  .object({
    created: z.number().int().min(0),
    items: z.array(TrainingEventResponse).describe('All events of the census'),
    total: z.number().int().min(0),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'DefaultTrainingEvents' });

export const EventTimesResponse = z
  .object({
    eventId: z.uuid(),
    shiftTimes: z.object({
      MORNING: z.object({ start: clock, end: clock }),
      AFTERNOON: z.object({ start: clock, end: clock }),
    }),
    bringNote: z.string().nullable(),
    timeZone: z.string(),
  })
  .meta({ id: 'TrainingEventTimes' });

export const TrainingScheduleResponse = z
  .object({
    regions: z.array(
      names.extend({
        municipalities: z.array(names),
        kkrTrainings: z.array(
          TrainingEventResponse.extend({
            host: z
              .object({
                municipality: z.string().nullable(),
                municipalitySr: z.string().nullable(),
                venue: z.string(),
                address: z.string(),
                room: z.string(),
                seats: z.number().int(),
              })
              .nullable(),
          }),
        ),
      }),
    ),
    otherEvents: z.array(TrainingEventResponse),
  })
  .meta({ id: 'TrainingSchedule' });

// ── plans ──────────────────────────────────────────────────────────────────────────────

const planSummary = z
  .object({
    trainees: z.number().int().optional(),
    classes: z.number().int().optional(),
    lowerBound: z.number().int().optional().describe('The fewest classes the maximum class size allows'),
    classesPlaced: z.number().int().optional(),
    traineesPlaced: z.number().int().optional(),
    traineesUnplaced: z.number().int().optional(),
    allowSecondShift: z.boolean().optional(),
    relocatedClassKeys: z.array(z.string()).optional(),
    warnings: z.array(z.string()).describe("Worded in the caller's language"),
    warningNotices: z
      .array(CodedMessage)
      .describe(
        'The warnings as codes: those of the event, KKR_NO_MEMBERS (municipality), KKR_ATTENDANCE_LOW (municipality, planned, members)',
      ),
  })
  .describe('Municipalities see only the warnings about them or the whole plan');

export const TrainingPlanHeadResponse = z
  .object({
    id: z.uuid(),
    event: TrainingEventResponse,
    municipalityId: z.uuid().nullable().describe('null: the event-wide plan'),
    version: z.number().int(),
    status: z.enum(TrainingPlanStatus),
    pinned: z.boolean().describe('The published plan in force for its event and scope'),
    maxClassSize: z.number().int(),
    basedOnPlanId: z.uuid().nullable(),
    createdAt: instant,
    publishedAt: instant.nullable(),
    summary: planSummary,
  })
  .meta({ id: 'TrainingPlanHead' });

export const TrainingPlanListResponse = listResponse(TrainingPlanHeadResponse, 'TrainingPlanList');

export const TrainingPlanResponse = TrainingPlanHeadResponse.extend({
  municipality: munRef.nullable(),
  classes: z.array(
    z.object({
      key: z.string(),
      municipality: munRef.nullable(),
      language: z.string(),
      size: z.number().int(),
      startDate: date.nullable(),
      endDate: date.nullable(),
      shift: z.enum(TrainingShift).nullable(),
      room: z
        .object({
          id: z.uuid(),
          name: z.string(),
          seats: z.number().int(),
          hasProjector: z.boolean(),
          hasTv: z.boolean(),
          municipality: munRef.nullable(),
          venue: z.object({ id: z.uuid(), name: z.string(), address: z.string(), kind: z.enum(VenueKind) }),
        })
        .nullable()
        .describe('null: no room could be found'),
      explanation: z.string().describe("Where and why there, or why nowhere, worded in the caller's language"),
      notice: CodedMessage.describe(
        'The explanation as a code: CLASS_PLACED with trainees, language, municipality, room (its label as recorded), roomMunicipality, seats, ' +
          'equipment (PROJECTOR_TV | PROJECTOR | TV | NONE), shift, from, to, reason (OWN_MUNICIPALITY | NEAREST_IN_REGION with ' +
          'nearestMunicipality and ownRooms BUSY | NONE | KEPT_FROM_PUBLISHED), secondShift (1: the morning slots were full); ' +
          'CLASS_UNPLACED with trainees, language, municipality, from, to. Municipalities are codes',
      ),
      trainees: z.array(
        z.object({
          id: z.uuid(),
          kind: z.enum(TraineeKind),
          fullName: z.string().nullable(),
          municipality: munRef.nullable(),
          position: z.number().int(),
        }),
      ),
    }),
  ),
  shortfalls: z.array(
    z.object({
      municipality: munRef.nullable(),
      language: z.string(),
      classSize: z.number().int(),
      classes: z.number().int(),
      message: z.string().describe("Why, worded in the caller's language"),
      notice: CodedMessage.describe(
        'Why, as a code: CLASS_NO_ROOM with classes, size, from, to, cause (NO_ROOMS | LARGEST | ALL_TAKEN), largest, shifts',
      ),
    }),
  ),
  moves: z
    .array(
      z.object({
        traineeId: z.uuid(),
        municipalityId: z.uuid(),
        fromClassKey: z.string().nullable(),
        toClassKey: z.string(),
        reason: z.string().describe("Why, worded in the caller's language"),
        notice: CodedMessage.describe('Why, as a code: MOVE_CLASS_OVER_SIZE, MOVE_CLASS_CLOSED or MOVE_GROUP_CHANGED'),
        fullName: z.string().nullable(),
      }),
    )
    .describe('Re-plans: who changed class and why'),
}).meta({ id: 'TrainingPlan' });

const EXAMPLE_EVENT = {
  id: '5b1f6c0e-2d4a-4f7e-9a51-0c2e7d3b8a11',
  kind: 'ENUMERATORS',
  name: null,
  title: 'Enumerator training',
  startDate: '2024-03-18',
  endDate: '2024-03-22',
  region: null,
  hostRoomId: null,
  noticeDate: null,
  maxClassSize: 30,
  warnings: [],
  warningNotices: [],
};
const EXAMPLE_MUN = { code: 'peje', nameSq: 'Pejë', nameSr: 'Peć' };

export const TRAINING_PLAN_EXAMPLE = {
  id: 'a3c9e1d2-7b64-4f0a-8e2c-1d5f9b7a6c30',
  event: EXAMPLE_EVENT,
  municipalityId: '7d2b8e0c-1b8a-4a43-8d6e-3f7c0b9a1e22',
  version: 1,
  status: 'PUBLISHED',
  pinned: true,
  maxClassSize: 30,
  basedOnPlanId: null,
  createdAt: '2024-03-01T09:00:00.000Z',
  publishedAt: '2024-03-01T09:05:00.000Z',
  summary: {
    trainees: 21,
    classes: 1,
    lowerBound: 1,
    classesPlaced: 1,
    traineesPlaced: 21,
    traineesUnplaced: 0,
    allowSecondShift: true,
    relocatedClassKeys: [],
    warnings: [],
    warningNotices: [],
  },
  municipality: EXAMPLE_MUN,
  classes: [
    {
      key: '7d2b8e0c-1b8a-4a43-8d6e-3f7c0b9a1e22|SQ|1',
      municipality: EXAMPLE_MUN,
      language: 'SQ',
      size: 21,
      startDate: '2024-03-18',
      endDate: '2024-03-22',
      shift: 'MORNING',
      room: {
        id: 'c8e4b2a1-3f5d-4e6c-9b7a-2d1f0e9c8b70',
        name: 'Room 12',
        seats: 30,
        hasProjector: true,
        hasTv: false,
        municipality: EXAMPLE_MUN,
        venue: {
          id: 'e1d2c3b4-a5f6-4789-8abc-def012345678',
          name: 'Shkolla Bedri Pejani',
          address: 'Rr. Mbretëresha Teutë',
          kind: 'SCHOOL',
        },
      },
      explanation:
        '21 trainees (Albanian) from Pejë in Shkolla Bedri Pejani, Room 12 (Pejë, 30 seats, projector), morning shift, 18 March 2024 – 22 March 2024: own municipality',
      notice: {
        code: 'CLASS_PLACED',
        params: {
          trainees: 21,
          language: 'SQ',
          municipality: 'peje',
          from: '2024-03-18',
          to: '2024-03-22',
          room: 'Shkolla Bedri Pejani, Room 12',
          roomMunicipality: 'peje',
          seats: 30,
          equipment: 'PROJECTOR',
          shift: 'MORNING',
          reason: 'OWN_MUNICIPALITY',
          secondShift: 0,
        },
        text: '21 trainees (Albanian) from Pejë in Shkolla Bedri Pejani, Room 12 (Pejë, 30 seats, projector), morning shift, 18 March 2024 – 22 March 2024: own municipality',
      },
      trainees: [
        {
          id: '2f1c1a52-5d0e-4c43-9f0e-0c3b8f1e2a10',
          kind: 'STAFF',
          fullName: 'Arta Berisha',
          municipality: EXAMPLE_MUN,
          position: 1,
        },
      ],
    },
  ],
  shortfalls: [],
  moves: [],
};

export const TrainingSessionResponse = z
  .object({
    session: z
      .object({
        eventId: z.uuid(),
        planId: z.uuid(),
        planVersion: z.number().int(),
        classKey: z.string(),
        startDate: date,
        endDate: date,
        shift: z.enum(TrainingShift).nullable(),
        venue: z.object({ id: z.uuid(), name: z.string(), address: z.string() }).nullable(),
        room: z.object({ id: z.uuid(), name: z.string(), seats: z.number().int() }).nullable(),
      })
      .nullable()
      .describe('null: the person is in no plan in force'),
  })
  .meta({ id: 'StaffTrainingSession' });

export const PlanSessionsResponse = z
  .object({
    planId: z.uuid(),
    version: z.number().int(),
    status: z.enum(TrainingPlanStatus),
    timeZone: z.string(),
    bringNote: z.string().nullable(),
    items: z.array(
      z.object({
        classKey: z.string(),
        shift: z.enum(TrainingShift).nullable(),
        startDate: date,
        endDate: date,
        startTime: clock,
        endTime: clock,
        startsAt: instant.describe('First day’s start as an instant'),
        endsAt: instant.describe('Last day’s end as an instant'),
        address: z.object({
          venue: z.string(),
          address: z.string(),
          room: z.string(),
          floor: z.string().nullable(),
          directions: z.string().nullable(),
        }),
        trainees: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'TrainingPlanSessions' });

// ── attendance ─────────────────────────────────────────────────────────────────────────

export const AttendanceResponse = z
  .object({
    planId: z.uuid(),
    eventId: z.uuid(),
    eventKind: z.enum(TrainingEventKind),
    days: z.array(date),
    items: z.array(
      z.object({
        traineeId: z.uuid(),
        kind: z.enum(TraineeKind),
        fullName: z.string(),
        classKey: z.string(),
        days: z.record(z.string(), z.boolean()).describe('Recorded days: day → present'),
        daysPresent: z.number().int(),
      }),
    ),
    kkrHalfAttendance: z
      .array(
        z.object({
          municipalityId: z.uuid(),
          members: z.number().int(),
          attended: z.number().int(),
          required: z.number().int(),
          meetsHalf: z.boolean(),
        }),
      )
      .nullable()
      .describe('KKR trainings: at least half the members of each municipality attend'),
  })
  .meta({ id: 'TrainingAttendance' });

export const AttendanceResultResponse = z
  .object({
    rows: z.number().int().min(0),
    created: z.number().int().min(0),
    updated: z.number().int().min(0),
    unchanged: z.number().int().min(0),
  })
  .meta({ id: 'TrainingAttendanceResult' });

export const ATTENDANCE_IMPORT_EXAMPLE = { rows: 10, created: 8, updated: 1, unchanged: 1 };
