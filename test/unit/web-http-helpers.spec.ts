import { describe, expect, it } from '@jest/globals';
import { fileNameOf, withQuery } from '../../web/src/http-helpers.js';

describe('web console: API client helpers', () => {
  it.each([
    ['/payroll/runs', undefined, '/payroll/runs'],
    ['/payroll/runs', {}, '/payroll/runs'],
    ['/payroll/runs', { status: '', limit: 25, offset: 0 }, '/payroll/runs?limit=25&offset=0'],
    ['/audit', { entity: 'User', actorId: undefined, before: null }, '/audit?entity=User'],
    ['/payroll/counts/import', { dryRun: 'true' }, '/payroll/counts/import?dryRun=true'],
    ['/staff', { q: 'Thaçi & co' }, '/staff?q=Tha%C3%A7i+%26+co'],
  ])('withQuery(%s, %j) = %s: empty values are left to the API defaults', (path, query, expected) => {
    expect(withQuery(path, query)).toBe(expected);
  });

  it.each([
    [null, 'bank.csv', 'bank.csv'],
    ['attachment; filename="terren-bank-1a2b3c4d.csv"', 'bank.csv', 'terren-bank-1a2b3c4d.csv'],
    ['attachment; filename=summary.xlsx', 'x.xlsx', 'summary.xlsx'],
    [`attachment; filename="plan.pdf"; filename*=UTF-8''plan-De%C3%A7an.pdf`, 'x.pdf', 'plan-Deçan.pdf'],
    ['inline', 'lines.csv', 'lines.csv'],
  ])('fileNameOf(%s) names the download after the server (RFC 6266 filename* first)', (disposition, fallback, expected) => {
    expect(fileNameOf(disposition, fallback)).toBe(expected);
  });
});
