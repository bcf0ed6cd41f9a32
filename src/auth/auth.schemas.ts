import { z } from 'zod';
import { Role } from '../generated/prisma/enums.js';

export const TokenResponse = z
  .object({
    accessToken: z.string(),
    tokenType: z.literal('Bearer'),
    expiresIn: z.number().int().describe('Seconds until the token expires'),
    role: z.enum(Role),
  })
  .meta({ id: 'TokenResponse' });

export const UserResponse = z
  .object({ id: z.uuid(), email: z.string(), role: z.enum(Role), municipalityId: z.uuid().nullable(), active: z.boolean() })
  .meta({ id: 'User' });

export const MeResponse = UserResponse.extend({
  municipality: z.object({ code: z.string(), nameSq: z.string() }).nullable(),
}).meta({ id: 'Me' });

export const UserListResponse = z.object({ items: z.array(UserResponse) }).meta({ id: 'UserList' });
