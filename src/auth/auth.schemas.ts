import { z } from 'zod';
import { listResponse } from '../common/http/lists.js';
import { Role } from '../generated/prisma/enums.js';

export const TokenResponse = z
  .object({
    accessToken: z.string(),
    tokenType: z.literal('Bearer'),
    expiresIn: z.number().int().describe('Seconds until the token expires'),
    role: z.enum(Role),
    sessionExpiresAt: z.iso.datetime({ offset: true }).describe('When the sign-in ends unless its refresh cookie is used again'),
  })
  .meta({ id: 'TokenResponse' });

export const RefreshResponse = z
  .object({
    accessToken: z.string(),
    tokenType: z.literal('Bearer'),
    expiresIn: z.number().int().describe('Seconds until the token expires'),
    sessionExpiresAt: z.iso.datetime({ offset: true }).describe('When the sign-in ends unless its refresh cookie is used again'),
  })
  .meta({ id: 'RefreshResponse' });

export const UserResponse = z
  .object({ id: z.uuid(), email: z.string(), role: z.enum(Role), municipalityId: z.uuid().nullable(), active: z.boolean() })
  .meta({ id: 'User' });

export const MeResponse = UserResponse.extend({
  municipality: z.object({ code: z.string(), nameSq: z.string() }).nullable(),
}).meta({ id: 'Me' });

export const UserListResponse = listResponse(UserResponse, 'UserList');
