import { Injectable } from '@nestjs/common';
import { AppError, problem } from '../common/errors/app-error.js';
import type { Tx } from '../common/prisma/transaction.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { type CensusCalendar } from './domain/calendar.js';
import { type CensusSettings, readSettings } from './domain/census-settings.js';
import { CensusRepository, type CensusRow } from './census.repository.js';

type Db = Tx | PrismaClient;

export const unknownCensus = (ref: string): AppError =>
  new AppError('CENSUS_UNKNOWN', `census ${ref} not found`, [problem('NO_CENSUS', { ref }, { field: 'census' })]);

/** What other modules need of a census: its id, code, time zone and current calendar. */
export interface CensusContext {
  readonly id: string;
  readonly code: string;
  readonly timeZone: string;
  readonly calendar: CensusCalendar;
  readonly calendarVersion: number;
  readonly settings: CensusSettings;
}

/**
 * The one way to find "the census" of a request (exported by CensusModule):
 *  - `resolve(ref)`: the census named by code or id, or else the default: the only open
 *    census. With several open censuses a create path must name one (422 CENSUS_AMBIGUOUS);
 *    with none, 422 CENSUS_REQUIRED.
 *  - `filter(ref)`: for `?census=` on lists: undefined when not given, else the census id.
 *  - `context(id)`: calendar, time zone and settings of a census already known by id.
 */
@Injectable()
export class CensusLookup {
  constructor(private readonly repo: CensusRepository) {}

  async resolve(ref: string | null | undefined, db?: Db): Promise<CensusContext> {
    return this.context((await this.row(ref, db)).id, db);
  }

  /** The census id a create path stores: named or the default. */
  async resolveId(ref: string | null | undefined, db?: Db): Promise<string> {
    return (await this.row(ref, db)).id;
  }

  async filter(ref: string | null | undefined, db?: Db): Promise<string | undefined> {
    if (ref === undefined || ref === null || ref === '') return undefined;
    const c = await this.repo.find(ref, db);
    if (!c) throw unknownCensus(ref);
    return c.id;
  }

  async context(censusId: string, db?: Db): Promise<CensusContext> {
    const c = await this.repo.find(censusId, db);
    if (!c) throw unknownCensus(censusId);
    const cal = await this.repo.currentCalendar(c.id, db);
    if (!cal)
      throw new AppError('CENSUS_CALENDAR_MISSING', `census ${c.code} has no calendar yet`, [
        problem('CALENDAR_NOT_SET', { code: c.code }, { field: 'census' }),
      ]);
    return {
      id: c.id,
      code: c.code,
      timeZone: c.timeZone,
      calendar: cal.stages as unknown as CensusCalendar,
      calendarVersion: cal.version,
      settings: readSettings(c.settings),
    };
  }

  /** The last field-work day among the open censuses' current calendars (null: none open). */
  async fieldworkEnd(db?: Db): Promise<string | null> {
    let end: string | null = null;
    for (const c of await this.repo.open(db)) {
      const cal = (await this.repo.currentCalendar(c.id, db))?.stages as unknown as CensusCalendar | undefined;
      if (cal?.fieldworkTo && (end === null || cal.fieldworkTo > end)) end = cal.fieldworkTo;
    }
    return end;
  }

  async settings(censusId: string, db?: Db): Promise<CensusSettings> {
    const c = await this.repo.find(censusId, db);
    return c ? readSettings(c.settings) : {};
  }

  private async row(ref: string | null | undefined, db?: Db): Promise<CensusRow> {
    if (ref) {
      const c = await this.repo.find(ref, db);
      if (!c) throw unknownCensus(ref);
      return c;
    }
    const open = await this.repo.open(db);
    if (open.length === 1) return open[0] as CensusRow;
    if (open.length === 0)
      throw new AppError('CENSUS_REQUIRED', 'there is no open census; ADMIN creates one first', [
        problem('NO_OPEN_CENSUS', {}, { field: 'census' }),
      ]);
    throw new AppError('CENSUS_AMBIGUOUS', `${open.length} censuses are open; name one with "census"`, [
      problem('ONE_OF_CENSUSES', { codes: open.map((c) => c.code).join(', ') }, { field: 'census' }),
    ]);
  }
}
