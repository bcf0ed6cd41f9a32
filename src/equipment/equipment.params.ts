import { z } from 'zod';
import { Role } from '../generated/prisma/enums.js';
import { pageParams } from '../common/http/lists.js';
import { SERIAL, TYPE_CODE } from './domain/item-import.js';

// Who may do what (docs/equipment.md): ASK logistics and admins manage inventory, kits,
// deliveries, plans and tariffs (finance may also set charge-back tariffs, they are money);
// municipalities read their own items, plans and kits, keep their storage rooms and record
// handovers and returns for their own people. Every route is scoped in the repository.
export const MANAGERS = [Role.ADMIN, Role.LOGISTICS] as const;
export const HANDLERS = [Role.ADMIN, Role.LOGISTICS, Role.MUNICIPALITY] as const;

export const typeCode = TYPE_CODE;
export const serial = SERIAL;
export const codeParam = z.string().trim().min(1).max(64);

/** `limit` and `cursor` of a list (src/common/http/lists.ts). */
export type PageQuery = z.output<typeof pageParams>;
