import { describe, expect, it } from '@jest/globals';
import { wordDetails } from '../../src/common/i18n/word-notice.js';
import { referenceProblems } from '../../src/payroll/counts/domain/count-rows.js';
import { fileDetail, pairProblem } from '../../src/fieldwork/domain/tab-file.js';

/** A field export's problem names the file, the line and the variable, with the problem itself worded inside. */
describe('problems of a field export file', () => {
  const window = { from: '2023-11-01', to: '2023-12-15' };

  it('words a cell problem inside the file and line, in each language, code and params kept', () => {
    const d = fileDetail('census_hh.tab', {
      file: 'census_hh',
      line: 7,
      variable: 'interview__status',
      code: 'NOT_INTERVIEW_STATUS',
      params: { value: '999' },
    });
    expect(d).toEqual({
      row: 7,
      field: 'interview__status',
      code: 'IN_FILE_CELL',
      params: { value: '999', file: 'census_hh.tab', line: 7, variable: 'interview__status', problem: 'NOT_INTERVIEW_STATUS' },
    });
    expect(wordDetails('en', [d])[0]?.reason).toBe('census_hh.tab line 7, interview__status: 999 is not an interview status');
    expect(wordDetails('sq', [d])[0]?.reason).toBe('census_hh.tab rreshti 7, interview__status: 999 nuk është status interviste');
    expect(wordDetails('sr-Cyrl', [d])[0]?.reason).toBe('census_hh.tab ред 7, interview__status: 999 није статус интервјуа');
  });

  it('words a whole-file problem without a line', () => {
    const d = fileDetail('members.tab', {
      file: 'members',
      line: 0,
      code: 'TAB_NOT_IN_NAMED_ARCHIVE',
      params: { tab: 'members.tab', archive: 'x.zip' },
    });
    expect(d).not.toHaveProperty('row');
    expect(wordDetails('en', [d])[0]?.reason).toBe('members.tab: members.tab is not in the archive x.zip');
    expect(wordDetails('sr-Latn', [d])[0]?.reason).toBe('members.tab: members.tab nije u arhivi x.zip');
  });

  it("words a login's pair whose enumerator is not assigned, the reference's own problem as its cause", () => {
    const [rp] = referenceProblems(1, 'PR-1', { eaFound: true, staffKind: 'ENUMERATOR', assigned: false }, window);
    const d = fileDetail(
      'x.csv',
      pairProblem('x.csv', 4, 'user', rp as NonNullable<typeof rp>, { ea: 'PR-1', login: 'u1', nationalId: '12345' }),
    );
    expect(d).toMatchObject({
      row: 4,
      field: 'user',
      code: 'IN_FILE_CELL',
      params: { problem: 'PAIR_ENUMERATOR', cause: 'NOT_ASSIGNED_IN_PERIOD' },
    });
    expect(wordDetails('en', [d])[0]?.reason).toBe(
      'x.csv line 4, user: EA PR-1, login u1 (enumerator 12345) enumerator is not assigned to EA PR-1 during the interview period (1 November 2023 – 15 December 2023)',
    );
    expect(wordDetails('sq', [d])[0]?.reason).toBe(
      'x.csv rreshti 4, user: zona PR-1, hyrja u1 (regjistruesi 12345): regjistruesi nuk është caktuar në zonën PR-1 gjatë periudhës së intervistimit (1 nëntor 2023 – 15 dhjetor 2023)',
    );
  });
});
