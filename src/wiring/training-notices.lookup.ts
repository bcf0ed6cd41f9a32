import { Injectable } from '@nestjs/common';
import type { TrainingNotice } from '../recruitment/domain/deadline-flags.js';
import { deadlinePassesAt } from '../recruitment/domain/timeline.js';
import type { TrainingNoticeLookup } from '../recruitment/recruitment.hooks.js';
import { TrainingEventService } from '../training/training-event.service.js';

const DAY_MS = 86_400_000;
const addDays = (d: string, n: number): string => new Date(Date.parse(`${d}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/**
 * Recruitment's TRAINING_NOTICE_LOOKUP from the training events: every regional KKR training
 * starting within the competition's training period (KKR training day .. last enumerator
 * training day) gives one notice per municipality of its region (the participants).
 *
 * Both dates are days (Europe/Belgrade, the recruitment deadline zone), and the letter asks the
 * room to be notified "at least two days before": a notice on day start − 2 is in time, on
 * start − 1 late (the same rule as the training event's own warning). `computeFlags` raises the
 * flag when the notice instant is at or after `startsAt − 2 × 24 h`, so the notice is the start
 * of its day and `startsAt` is chosen so that the flag's `dueAt` is exactly the end of day
 * start − 2 (the end of the training's first day, give or take a summer-time hour). Without a
 * notice the flag appears once that instant has passed.
 */
@Injectable()
export class TrainingNoticesFromEvents implements TrainingNoticeLookup {
  constructor(private readonly training: TrainingEventService) {}

  async notices(competition: { readonly id: string; readonly from: string; readonly to: string }): Promise<TrainingNotice[]> {
    const rows = await this.training.kkrNotices(competition.from, competition.to);
    return rows.map((r) => ({
      municipalityId: r.municipalityId,
      trainingRef: r.eventId,
      // computeFlags: dueAt = startsAt − 2 × 24 h. Anchored on the end of day start − 2 so that
      // dueAt is exact also when summer time ends in between (a 25-hour day).
      startsAt: new Date(deadlinePassesAt(addDays(r.startDate, -2)).getTime() + 2 * DAY_MS),
      roomNoticeAt: r.noticeDate === null ? null : deadlinePassesAt(addDays(r.noticeDate, -1)),
    }));
  }
}
