// The words of the console's context: named pay runs and the people on them, breadcrumbs,
// the training venue, room, event and session editors, and explanations of what a role does
// not see; merged into the dictionaries of i18n.tsx.

export const ctxSq = {
  'ctx.runColumn': 'Lista',
  'ctx.runName': '{kind} · {scope} · {date} · #{seq}',
  'ctx.unknownUser': 'përdorues i panjohur',
  'ctx.planName': '{event} · {scope} · v{version} · {status}',
  'crumb.label': 'Ku ndodheni',
  'crumb.home': 'Kreu',
  'crumb.run': 'Lista e pagesave',
  'crumb.municipality': 'Komuna',
  'crumb.person': 'Personi',
  'crumb.trainingPlan': 'Plani i sallave',
  'crumb.reach': 'Arritja e trajnimit',
  'crumb.distributionPlan': 'Plani i shpërndarjes',
  'crumb.operations': 'Operacionet',
  'ctx.opsNoRecruitment':
    'Listat e ngushta dhe rezultatet e mbikëqyrësve mbajnë të dhëna personale të kandidatëve: roli i financave nuk i sheh ato.',
} as const;

export const ctxSr: Record<keyof typeof ctxSq, string> = {
  'ctx.runColumn': 'Obračun',
  'ctx.runName': '{kind} · {scope} · {date} · #{seq}',
  'ctx.unknownUser': 'nepoznat korisnik',
  'ctx.planName': '{event} · {scope} · v{version} · {status}',
  'crumb.label': 'Gde se nalazite',
  'crumb.home': 'Početna',
  'crumb.run': 'Obračun',
  'crumb.municipality': 'Opština',
  'crumb.person': 'Osoba',
  'crumb.trainingPlan': 'Plan sala',
  'crumb.reach': 'Obuhvat obuke',
  'crumb.distributionPlan': 'Plan distribucije',
  'crumb.operations': 'Operacije',
  'ctx.opsNoRecruitment': 'Uži spiskovi i rezultati supervizora sadrže lične podatke kandidata: uloga finansija ih ne vidi.',
};

export const ctxEn: Record<keyof typeof ctxSq, string> = {
  'ctx.runColumn': 'Run',
  'ctx.runName': '{kind} · {scope} · {date} · #{seq}',
  'ctx.unknownUser': 'unknown user',
  'ctx.planName': '{event} · {scope} · v{version} · {status}',
  'crumb.label': 'You are here',
  'crumb.home': 'Home',
  'crumb.run': 'Pay run',
  'crumb.municipality': 'Municipality',
  'crumb.person': 'Person',
  'crumb.trainingPlan': 'Room plan',
  'crumb.reach': 'Training reach',
  'crumb.distributionPlan': 'Distribution plan',
  'crumb.operations': 'Operations',
  'ctx.opsNoRecruitment': 'Shortlists and supervisor results hold the applicants’ personal data: the finance role does not see them.',
};
