import { placeName } from './format';
import { enumLabel, type Language, type Translate } from './i18n';
import type { PayRun } from './pay-run-types';

type Named = Pick<PayRun, 'kind' | 'municipality' | 'createdAt' | 'sequence'>;

/** A run as people call it: kind · scope · day created · its number among runs of that kind and scope. */
export function runName(t: Translate, lang: Language, locale: string, run: Named): string {
  return t('ctx.runName', {
    kind: enumLabel(t, 'runKind', run.kind),
    scope: run.municipality ? placeName(run.municipality, lang) : t('common.national'),
    date: new Date(run.createdAt).toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' }),
    seq: run.sequence,
  });
}

/** The run's name as a file name part: "regular-prizren-2026-12-03-2". */
export function runFileStem(run: Named): string {
  const scope = run.municipality ? run.municipality.nameSq : 'national';
  const slug = `${run.kind}-${scope}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}-${run.createdAt.slice(0, 10)}-${run.sequence}`;
}
