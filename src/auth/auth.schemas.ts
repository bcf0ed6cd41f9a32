import { z } from 'zod';
import { LOCALES } from '../common/i18n/catalogue.js';
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
  .object({
    id: z.uuid(),
    email: z.string(),
    role: z.enum(Role),
    municipalityId: z.uuid().nullable(),
    active: z.boolean(),
    locale: z.string().nullable().describe('The language the user chose (a catalogue tag such as sq or sr-Cyrl); null: none chosen'),
  })
  .meta({ id: 'User' });

export const MeResponse = UserResponse.extend({
  municipality: z.object({ code: z.string(), nameSq: z.string() }).nullable(),
}).meta({ id: 'Me' });

export const MeUpdateBody = z
  .strictObject({
    locale: z
      .enum(LOCALES as [string, ...string[]])
      .nullable()
      .describe(
        'The language to answer in when a request’s Accept-Language names none terren speaks (errors, documents, spreadsheets); null forgets the choice',
      ),
  })
  .meta({ id: 'MeUpdate' });

export const UserListResponse = listResponse(UserResponse, 'UserList');
