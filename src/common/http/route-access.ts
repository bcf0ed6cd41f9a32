import { SetMetadata } from '@nestjs/common';
import type { Role } from '../../generated/prisma/enums.js';

/**
 * Who may call a route, as metadata: read by the auth guard and by the OpenAPI document (which
 * lives in common and must not import the auth feature). Use them through src/auth/principal.ts.
 */
export const IS_PUBLIC = 'terren:public';
export const ROLES = 'terren:roles';

/** Route needs no token (health, docs, login only). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** Route is open to these roles only (default: every signed-in role). */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES, roles);
