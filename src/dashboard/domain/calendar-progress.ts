import { DAY_STAGES, type CensusCalendar } from '../../census/domain/calendar.js';

export interface StageProgress {
  readonly stage: string;
  readonly date: string;
  readonly done: boolean;
}

/** Today's date (YYYY-MM-DD) in a time zone: date-only stages end at midnight there. */
export function dayIn(now: Date, zone: string): string {
  // en-CA writes dates as YYYY-MM-DD
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * The dated stages of a census calendar in date order (the application deadline by its day in
 * the census zone), each done once its day is before today.
 */
export function calendarProgress(calendar: CensusCalendar, zone: string, now: Date): { today: string; stages: StageProgress[] } {
  const today = dayIn(now, zone);
  const dated = [
    ...DAY_STAGES.filter((s) => typeof calendar[s] === 'string').map((s) => ({ stage: s as string, date: calendar[s] })),
    { stage: 'applicationDeadline', date: dayIn(new Date(calendar.applicationDeadline), zone) },
  ];
  const stages = dated
    .sort((a, b) => a.date.localeCompare(b.date) || a.stage.localeCompare(b.stage))
    .map((s) => ({ ...s, done: s.date < today }));
  return { today, stages };
}
