import { z } from 'zod';
import { listResponse } from '../common/http/lists.js';
import { MessageChannel, MessageKind, MessageStatus, TraineeKind } from '../generated/prisma/enums.js';

const instant = z.iso.datetime({ offset: true });

/** One message with its delivery status, as the API lists it. */
export const MessageView = z
  .object({
    id: z.uuid(),
    kind: z.enum(MessageKind),
    channel: z.enum(MessageChannel),
    subjectId: z.uuid().describe('The plan version or pay run the message is about'),
    recipientKind: z.enum(TraineeKind),
    recipientId: z.uuid(),
    municipalityId: z.uuid(),
    language: z.string(),
    address: z.string().describe('E-mail address or phone number it went to'),
    subject: z.string().nullable(),
    changes: z.unknown().describe('Re-invitations: what changed since the earlier invitation'),
    status: z.enum(MessageStatus),
    attempts: z.number().int(),
    providerId: z.string().nullable(),
    reason: z.string().nullable().describe('The provider’s reason of a failure or bounce'),
    createdAt: instant,
    updatedAt: instant,
    sentAt: instant.nullable(),
  })
  .meta({ id: 'Message' });

const counts = z.record(z.string(), z.record(z.string(), z.number().int())).describe('Channel → status → messages, all pages');

/** GET …/messages of a plan version or a pay run: a page of messages and counts per channel and status. */
export const SubjectMessagesResponse = z
  .object({
    items: z.array(MessageView),
    total: z.number().int().min(0),
    nextCursor: z.string().nullable(),
    counts,
  })
  .meta({ id: 'SubjectMessages' });

export const MessageListResponse = listResponse(MessageView, 'MessageList');

export const InvitationOutcomeResponse = z
  .object({
    planId: z.uuid(),
    queued: z.number().int().min(0).describe('Messages written now and queued for sending'),
    unchanged: z.number().int().min(0).describe('People already told about exactly this session'),
    noContact: z.number().int().min(0).describe('People with neither e-mail nor phone on record'),
    alreadyQueued: z.number().int().min(0).describe('(person, channel) pairs that already had a message for this plan version'),
  })
  .meta({ id: 'InvitationOutcome' });

export const OutboxResponse = z
  .object({
    items: z.array(
      z.object({
        file: z.string(),
        channel: z.enum(['EMAIL', 'SMS']),
        messageId: z.string(),
        to: z.string(),
        subject: z.string().nullable(),
        text: z.string(),
        attachments: z.array(z.string()),
        writtenAt: instant,
      }),
    ),
    total: z.number().int().min(0),
    nextCursor: z.string().nullable(),
    transports: z.object({ EMAIL: z.string(), SMS: z.string() }),
    dir: z.string().describe('Where the local outbox is written'),
  })
  .meta({ id: 'Outbox' });
