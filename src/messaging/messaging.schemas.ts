import { z } from 'zod';
import { MessageChannel, MessageKind, MessageStatus, TraineeKind } from '../generated/prisma/enums.js';

/** One message with its delivery status, as the API lists it. */
export const MessageView = z.object({
  id: z.uuid(),
  kind: z.enum(MessageKind),
  channel: z.enum(MessageChannel),
  subjectId: z.uuid(),
  recipientKind: z.enum(TraineeKind),
  recipientId: z.uuid(),
  municipalityId: z.uuid(),
  language: z.string(),
  address: z.string(),
  subject: z.string().nullable(),
  changes: z.unknown(),
  status: z.enum(MessageStatus),
  attempts: z.number().int(),
  providerId: z.string().nullable(),
  reason: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  sentAt: z.date().nullable(),
});

/** GET /payroll/runs/:id/messages: the run's statement e-mails, a page of them and counts per channel and status. */
export const RunMessagesResponse = z.object({
  items: z.array(MessageView),
  total: z.number().int(),
  counts: z.record(z.string(), z.record(z.string(), z.number().int())),
});
export type RunMessagesResponse = z.output<typeof RunMessagesResponse>;
