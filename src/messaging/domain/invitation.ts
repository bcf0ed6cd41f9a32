import type { SessionSnapshot } from '../../training/domain/session-times.js';
import type { Catalogues, MessageLanguage } from './catalogue.js';

export type { SessionSnapshot };

export type ChangeField = 'class' | 'room' | 'time';

export interface SessionChange {
  readonly field: ChangeField;
  readonly from: string;
  readonly to: string;
}

/** A class as people read it: its language and number, without the municipality id of the key. */
export const classLabel = (key: string): string => {
  const parts = key.split('|');
  return parts.length > 1 ? parts.slice(1).join('-') : key;
};

const timeText = (s: SessionSnapshot): string => `${s.startDate}–${s.endDate} ${s.startTime}–${s.endTime} ${s.timeZone}`;
const roomText = (s: SessionSnapshot): string => `${s.venueName}, ${s.roomName}`;

/**
 * What changed for one person between the session of their last invitation and the new one:
 * the class, the room (or its venue), the dates or clock times. Nothing else (a new floor
 * description alone) warrants a new message.
 */
export function sessionChanges(previous: SessionSnapshot, next: SessionSnapshot): SessionChange[] {
  const out: SessionChange[] = [];
  if (previous.classKey !== next.classKey) out.push({ field: 'class', from: classLabel(previous.classKey), to: classLabel(next.classKey) });
  if (previous.roomId !== next.roomId) out.push({ field: 'room', from: roomText(previous), to: roomText(next) });
  if (
    previous.startDate !== next.startDate ||
    previous.endDate !== next.endDate ||
    previous.startTime !== next.startTime ||
    previous.endTime !== next.endTime ||
    previous.timeZone !== next.timeZone
  )
    out.push({ field: 'time', from: timeText(previous), to: timeText(next) });
  return out;
}

export interface InvitationInput {
  readonly language: MessageLanguage;
  readonly fullName: string;
  readonly session: SessionSnapshot;
  /** the event's addition to the standard "what to bring" list */
  readonly bringNote: string | null;
  /** null: a first invitation; [] is never passed (unchanged people get no message) */
  readonly changes: readonly SessionChange[] | null;
  /** placed in a later version without an earlier invitation */
  readonly newlyPlaced?: boolean;
}

export interface InvitationText {
  readonly subject: string;
  readonly email: string;
  readonly sms: string;
}

/** The invitation in the person's language: what, where, when, what to bring (and what changed). */
export function composeInvitation(cat: Catalogues, input: InvitationInput): InvitationText {
  const { language: l, session: s } = input;
  const event = cat.format(l, 'event.title', { kind: s.eventKind });
  const changed = input.changes !== null || input.newlyPlaced === true;
  const days = cat.days(l, s.startDate, s.endDate);
  const bring = [cat.format(l, 'invitation.bringDefault'), input.bringNote].filter((x): x is string => !!x).join(', ');
  const changeWords = input.changes?.length
    ? input.changes.map((c) => cat.format(l, `change.${c.field}`)).join(', ')
    : cat.format(l, 'change.new');
  const lines = [
    cat.format(l, 'invitation.greeting', { name: input.fullName }),
    '',
    cat.format(l, 'invitation.intro', { event }),
    ...(changed ? [cat.format(l, 'invitation.changed', { changes: changeWords })] : []),
    '',
    cat.format(l, 'invitation.when', { days, start: s.startTime, end: s.endTime, zone: s.timeZone }),
    cat.format(l, 'invitation.where', { venue: s.venueName, address: s.address, room: s.roomName, floor: s.floor ?? 'none' }),
    ...(s.directions ? [cat.format(l, 'invitation.directions', { directions: s.directions })] : []),
    cat.format(l, 'invitation.class', { classKey: classLabel(s.classKey) }),
    cat.format(l, 'invitation.bring', { items: bring }),
    '',
    cat.format(l, 'invitation.closing'),
  ];
  return {
    subject: cat.format(l, 'invitation.subject', { event, changed: changed ? 'yes' : 'no' }),
    email: lines.join('\n'),
    sms: cat.format(l, 'invitation.sms', {
      event,
      days,
      start: s.startTime,
      end: s.endTime,
      venue: s.venueName,
      address: s.address,
      room: s.roomName,
      changed: changed ? 'yes' : 'no',
    }),
  };
}

export interface CancellationText {
  readonly subject: string;
  readonly email: string;
  readonly sms: string;
}

/** The cancellation of an earlier invitation, in the person's language, naming the session it was for. */
export function composeCancellation(
  cat: Catalogues,
  input: { language: MessageLanguage; fullName: string; session: SessionSnapshot },
): CancellationText {
  const { language: l, session: s } = input;
  const event = cat.format(l, 'event.title', { kind: s.eventKind });
  const days = cat.days(l, s.startDate, s.endDate);
  return {
    subject: cat.format(l, 'cancellation.subject', { event }),
    email: cat.format(l, 'cancellation.body', { name: input.fullName, event, days, venue: s.venueName, room: s.roomName }),
    sms: cat.format(l, 'cancellation.sms', { event, days }),
  };
}
