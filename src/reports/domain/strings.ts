import { latinToCyrillic } from '../../common/i18n/serbian-script.js';

/**
 * Report wording in Albanian (default), Serbian in Latin (`sr`) and in Cyrillic (`sr-Cyrl`),
 * and English. Templates use `{{t "key"}}`. The table holds Serbian once, in Latin; the
 * Cyrillic wording is its transliteration (`serbianCyrillic`), with the few words where that
 * is not how Cyrillic Serbian writes them in `CYRILLIC_WORDING`.
 */
export const LANGUAGES = ['sq', 'sr', 'sr-Cyrl', 'en'] as const;
export type ReportLanguage = (typeof LANGUAGES)[number];

/** Request tags that name one of the report languages: `sr-Latn` is Serbian in Latin, i.e. `sr`. */
export const LANGUAGE_SYNONYMS: Readonly<Record<string, ReportLanguage>> = { 'sr-Latn': 'sr' };

/** Whether a report is written in Serbian, in either script. */
export const isSerbian = (lang: ReportLanguage): lang is 'sr' | 'sr-Cyrl' => lang === 'sr' || lang === 'sr-Cyrl';

/**
 * Words printed as they are in every script: codes and abbreviations of the census and the
 * payment (IBAN, EUR, ASK, KKR, EA), e-mail addresses, anything with a digit (numbers, IBANs,
 * dates) and placeholders (`{n}`, `{{x}}`).
 */
const CODES = new Set(['IBAN', 'EUR', 'ASK', 'KKR', 'EA', 'ID', 'PDF']);
const KEPT = /(\{\{[^}]*\}\}|\{[^}]*\}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*|\p{Lu}{2,}(?![\p{Ll}]))/u;

/** Serbian Latin text in Cyrillic, keeping codes, numbers, e-mail addresses and placeholders. */
export function serbianCyrillic(text: string): string {
  return text
    .split(new RegExp(KEPT.source, 'gu'))
    .map((part, i) => (i % 2 === 1 ? (/^\p{Lu}+$/u.test(part) && !CODES.has(part) ? latinToCyrillic(part) : part) : latinToCyrillic(part)))
    .join('');
}

type Entry = Readonly<Record<'sq' | 'sr' | 'en', string>>;
const e = (sq: string, sr: string, en: string): Entry => ({ sq, sr, en });

export const STRINGS = {
  agency: e('Agjencia e Statistikave të Kosovës', 'Agencija za statistiku Kosova', 'Kosovo Agency of Statistics'),
  census: e('Regjistrimi i popullsisë', 'Popis stanovništva', 'Population census'),
  generated: e('Gjeneruar më', 'Generisano', 'Generated on'),
  page: e('Faqe', 'Strana', 'Page'),
  of: e('nga', 'od', 'of'),
  document: e('Dokumenti', 'Dokument', 'Document'),
  // statements
  statementTitle: e('Pasqyra e pagesës', 'Izvod o isplati', 'Payment statement'),
  statementPackTitle: e('Pasqyrat e pagesës së komunës', 'Izvodi o isplati opštine', 'Payment statements of the municipality'),
  person: e('Personi', 'Lice', 'Person'),
  nationalId: e('Numri personal', 'Lični broj', 'National id'),
  iban: e('IBAN', 'IBAN', 'IBAN'),
  ibanVersion: e('versioni i konfirmuar', 'potvrđena verzija', 'confirmed version'),
  municipality: e('Komuna', 'Opština', 'Municipality'),
  payRun: e('Llogaritja e pagave', 'Obračun plata', 'Pay run'),
  tariff: e('Tarifa', 'Tarifa', 'Tariff'),
  timeBased: e('Pagesa sipas kohës', 'Isplata po vremenu', 'Time-based pay'),
  ea: e('Qarku regjistrues', 'Popisni krug', 'Enumeration area'),
  line: e('Llogaritja', 'Obračun', 'Calculation'),
  amount: e('Shuma', 'Iznos', 'Amount'),
  deductions: e('Zbritjet', 'Odbici', 'Deductions'),
  gross: e('Bruto', 'Bruto', 'Gross'),
  net: e('Neto', 'Neto', 'Net'),
  total: e('Gjithsej', 'Ukupno', 'Total'),
  status: e('Statusi', 'Status', 'Status'),
  blockedBanner: e('I BLLOKUAR – nuk paguhet në këtë llogaritje', 'BLOKIRAN – ne isplaćuje se u ovom obračunu', 'BLOCKED – not paid in this run'),
  reason: e('Arsyeja', 'Razlog', 'Reason'),
  notPaid: e('Nuk paguhet', 'Ne isplaćuje se', 'Not paid'),
  // the preparatory line under the census's training-attendance rule
  PREP_NO_ATTENDANCE: e(
    'Shuma përgatitore nuk paguhet: asnjë ditë prezence në trajnimin e regjistruesve',
    'Pripremni iznos se ne isplaćuje: nijedan dan prisustva na obuci popisivača',
    'Preparatory amount not paid: no day present at the enumerator training',
  ),
  PREP_PRORATED: e(
    'Shuma përgatitore në proporcion me ditët e prezencës në trajnimin e regjistruesve',
    'Pripremni iznos srazmerno danima prisustva na obuci popisivača',
    'Preparatory amount prorated by days present at the enumerator training',
  ),
  blockedPeople: e('Persona të bllokuar (nuk paguhen)', 'Blokirana lica (ne isplaćuju se)', 'Blocked people (not paid)'),
  payablePeople: e('Persona për pagesë', 'Lica za isplatu', 'People paid'),
  notApproved: e('E PAMIRATUAR – vetëm për kontroll', 'NEODOBRENO – samo za proveru', 'NOT APPROVED – for checking only'),
  // summary
  summaryTitle: e('Përmbledhja e pagave', 'Rekapitulacija plata', 'Payroll summary'),
  perMunicipality: e('Sipas komunave', 'Po opštinama', 'By municipality'),
  perPerson: e('Sipas personave', 'Po licima', 'By person'),
  people: e('Persona', 'Lica', 'People'),
  name: e('Emri dhe mbiemri', 'Ime i prezime', 'Full name'),
  kind: e('Roli', 'Uloga', 'Role'),
  SUPERVISOR: e('Mbikëqyrës', 'Supervizor', 'Supervisor'),
  ENUMERATOR: e('Regjistrues', 'Popisivač', 'Enumerator'),
  PAYABLE: e('Për pagesë', 'Za isplatu', 'Payable'),
  BLOCKED: e('I bllokuar', 'Blokiran', 'Blocked'),
  // KKR list (Table 1 of the letter)
  kkrTitle: e('Lista e anëtarëve të KKR-së', 'Spisak članova OKP', 'KKR member list'),
  no: e('Nr.', 'Br.', 'No.'),
  currentJob: e('Puna aktuale', 'Trenutni posao', 'Current job'),
  kkrRole: e('Roli në KKR', 'Uloga u OKP', 'KKR role'),
  phone: e('Telefoni', 'Telefon', 'Phone'),
  email: e('E-mail', 'E-mail', 'E-mail'),
  contactPerson: e('Person kontakti', 'Kontakt osoba', 'Contact person'),
  contactPersons: e('Personat e kontaktit me ASK', 'Kontakt osobe sa ASK', 'Contact persons with ASK'),
  yes: e('Po', 'Da', 'Yes'),
  noWord: e('Jo', 'Ne', 'No'),
  CHAIR: e('Kryetar', 'Predsednik', 'Chair'),
  DEPUTY_CHAIR: e('Nënkryetar', 'Zamenik predsednika', 'Deputy chair'),
  SECRETARY: e('Sekretar', 'Sekretar', 'Secretary'),
  MEMBER: e('Anëtar', 'Član', 'Member'),
  // contracts
  contractSupervisorTitle: e('Kontratë për mbikëqyrës', 'Ugovor za supervizora', 'Supervisor contract'),
  contractEnumeratorTitle: e('Kontratë për regjistrues', 'Ugovor za popisivača', 'Enumerator contract'),
  contractNumber: e('Numri i kontratës', 'Broj ugovora', 'Contract number'),
  contractPeriod: e('Periudha e kontratës', 'Period ugovora', 'Contract period'),
  parties: e('Palët', 'Strane', 'Parties'),
  between: e('Kjo kontratë lidhet ndërmjet', 'Ovaj ugovor se zaključuje između', 'This contract is made between'),
  and: e('dhe', 'i', 'and'),
  engagement: e('Periudha e angazhimit', 'Period angažovanja', 'Engagement period'),
  team: e('Ekipi', 'Tim', 'Team'),
  eas: e('Qarqet regjistruese', 'Popisni krugovi', 'Enumeration areas'),
  payTerms: e('Kushtet e pagesës', 'Uslovi isplate', 'Pay terms'),
  monthlyPay: e('Pagesa fikse mujore', 'Fiksna mesečna isplata', 'Fixed monthly pay'),
  months: e('muaj', 'meseci', 'months'),
  prepAmount: e('Shuma fikse për periudhën përgatitore 15-ditore', 'Fiksni iznos za pripremni period od 15 dana', 'Fixed amount for the 15-day preparatory period'),
  pieceRates: e('Pagesa për njësi në periudhën e intervistave', 'Isplata po jedinici u periodu intervjua', 'Piece rates in the interview period'),
  BUILDING: e('ndërtesë (shtëpi)', 'zgrada (kuća)', 'building (house)'),
  DWELLING: e('banesë', 'stan', 'dwelling'),
  HOUSEHOLD: e('familje', 'domaćinstvo', 'household'),
  INDIVIDUAL: e('individ', 'pojedinac', 'individual'),
  DIASPORA: e('person i diasporës (lista e plotë)', 'lice iz dijaspore (potpuna lista)', 'diaspora person (complete list)'),
  // a statement's diaspora line when the list was incomplete: counted, not paid
  DIASPORA_LIST_INCOMPLETE: e(
    'person i diasporës (lista e paplotë – nuk paguhet)',
    'lice iz dijaspore (nepotpuna lista – ne isplaćuje se)',
    'diaspora person (incomplete list – not paid)',
  ),
  prorated: e('proporcionalisht me ditët e angazhimit', 'srazmerno danima angažovanja', 'prorated by days of engagement'),
  liability: e('Komuna nuk mban asnjë përgjegjësi nga kjo kontratë.', 'Opština ne snosi nikakvu odgovornost iz ovog ugovora.', 'The municipality carries no liability under this contract.'),
  signatures: e('Nënshkrimet', 'Potpisi', 'Signatures'),
  forAgency: e('Për ASK', 'Za ASK', 'For ASK'),
  contractor: e('Kontraktori', 'Ugovarač', 'Contractor'),
  open: e('e hapur', 'otvoreno', 'open'),
  notSet: e('pa caktuar', 'nije određeno', 'not set'),
  // training room plan (3) and schedule (6)
  roomPlanTitle: e('Plani i sallave të trajnimit', 'Plan sala za obuku', 'Training room plan'),
  trainingEvent: e('Trajnimi', 'Obuka', 'Training event'),
  planVersion: e('Versioni i planit', 'Verzija plana', 'Plan version'),
  classKey: e('Klasa', 'Odeljenje', 'Class'),
  venue: e('Vendi', 'Mesto', 'Venue'),
  address: e('Adresa', 'Adresa', 'Address'),
  room: e('Salla', 'Sala', 'Room'),
  seats: e('Ulëse', 'Mesta', 'Seats'),
  dates: e('Datat', 'Datumi', 'Dates'),
  shift: e('Ndërrimi', 'Smena', 'Shift'),
  trainees: e('Pjesëmarrësit', 'Polaznici', 'Trainees'),
  explanation: e('Shpjegimi', 'Objašnjenje', 'Explanation'),
  shortfalls: e('Mungesat e sallave', 'Nedostatak sala', 'Room shortfalls'),
  warnings: e('Paralajmërimet', 'Upozorenja', 'Warnings'),
  noRoom: e('pa sallë', 'bez sale', 'no room'),
  language: e('Gjuha', 'Jezik', 'Language'),
  planDraft: e('draft', 'nacrt', 'draft'),
  planPublished: e('i publikuar', 'objavljen', 'published'),
  // attendance sheet (per training session)
  attendanceSheetTitle: e('Lista e pjesëmarrjes në trajnim', 'Lista prisustva na obuci', 'Training attendance sheet'),
  sheetSession: e('Seanca', 'Sesija', 'Session'),
  time: e('Ora', 'Vreme', 'Time'),
  floor: e('Kati', 'Sprat', 'Floor'),
  // languages of instruction (a class's language)
  langSQ: e('shqip', 'albanski', 'Albanian'),
  langSR: e('serbisht', 'srpski', 'Serbian'),
  langTR: e('turqisht', 'turski', 'Turkish'),
  langBS: e('boshnjakisht', 'bosanski', 'Bosnian'),
  langEN: e('anglisht', 'engleski', 'English'),
  MORNING: e('paradite', 'pre podne', 'morning'),
  AFTERNOON: e('pasdite', 'posle podne', 'afternoon'),
  STAFF: e('Staf', 'Osoblje', 'Staff'),
  KKR_MEMBER: e('Anëtar i KKR-së', 'Član OKP', 'KKR member'),
  KKR_REGIONAL: e('Trajnimi rajonal i KKR-ve', 'Regionalna obuka OKP', 'Regional KKR training'),
  SUPERVISORS: e('Trajnimi i mbikëqyrësve', 'Obuka supervizora', 'Supervisor training'),
  ENUMERATORS: e('Trajnimi i regjistruesve', 'Obuka popisivača', 'Enumerator training'),
  scheduleTitle: e('Orari i trajnimeve sipas rajoneve', 'Raspored obuka po regionima', 'Training schedule by region'),
  region: e('Rajoni', 'Region', 'Region'),
  municipalities: e('Komunat', 'Opštine', 'Municipalities'),
  hostVenue: e('Vendi mikpritës', 'Mesto domaćin', 'Host venue'),
  otherEvents: e('Trajnimet e tjera', 'Ostale obuke', 'Other training events'),
  // equipment distribution plan (4)
  distributionTitle: e('Plani i shpërndarjes së pajisjeve', 'Plan raspodele opreme', 'Equipment distribution plan'),
  storageRoom: e('Depoja', 'Magacin', 'Storage room'),
  kit: e('Pajisjet (lloji: numri serik)', 'Oprema (vrsta: serijski broj)', 'Kit (item: serial)'),
  session: e('Trajnimi (ku dhe kur)', 'Obuka (gde i kada)', 'Training session (where and when)'),
  signature: e('Nënshkrimi', 'Potpis', 'Signature'),
  spares: e('Rezervat', 'Rezerve', 'Spares'),
  wanted: e('Të nevojshme', 'Potrebno', 'Wanted'),
  serials: e('Numrat serikë', 'Serijski brojevi', 'Serials'),
  missingList: e('Lista e mungesave', 'Spisak nedostataka', 'Missing list'),
  itemType: e('Lloji', 'Vrsta', 'Item type'),
  count: e('Numri', 'Broj', 'Count'),
  incompleteKits: e('Komplete të paplota', 'Nepotpuni kompleti', 'Incomplete kits'),
  sessionsNotPlanned: e('Pa trajnim të planifikuar', 'Bez planirane obuke', 'Training session not planned'),
  nothingMissing: e('Asgjë nuk mungon.', 'Ništa ne nedostaje.', 'Nothing is missing.'),
  missingSerial: e('mungon', 'nedostaje', 'missing'),
  sessionNotPlannedYet: e('trajnimi ende i paplanifikuar', 'obuka još nije planirana', 'session not planned yet'),
  // recruitment (8, 9)
  vacancyTitle: e('Njoftim për vende të lira pune', 'Oglas za slobodna radna mesta', 'Vacancy notice'),
  vacancyIntro: e(
    'Agjencia e Statistikave të Kosovës shpall konkurs për mbikëqyrës dhe regjistrues për regjistrimin e popullsisë.',
    'Agencija za statistiku Kosova raspisuje konkurs za supervizore i popisivače za popis stanovništva.',
    'The Kosovo Agency of Statistics announces a competition for supervisors and enumerators for the population census.',
  ),
  competition: e('Konkursi', 'Konkurs', 'Competition'),
  announced: e('Shpallur më', 'Objavljeno', 'Announced on'),
  deadline: e('Afati i aplikimit', 'Rok za prijavu', 'Application deadline'),
  engagementPeriod: e('Periudha e angazhimit', 'Period angažovanja', 'Engagement period'),
  howToApply: e('Mënyra e aplikimit', 'Način prijave', 'How to apply'),
  ONLINE: e('në internet', 'onlajn', 'online'),
  PAPER: e('në letër, në komunë', 'na papiru, u opštini', 'on paper, at the municipality'),
  community: e('Komuniteti', 'Zajednica', 'Community'),
  supervisors: e('Mbikëqyrës', 'Supervizori', 'Supervisors'),
  enumerators: e('Regjistrues', 'Popisivači', 'Enumerators'),
  ALBANIAN: e('shqiptar', 'albanska', 'Albanian'),
  SERB: e('serb', 'srpska', 'Serb'),
  BOSNIAK: e('boshnjak', 'bošnjačka', 'Bosniak'),
  TURKISH: e('turk', 'turska', 'Turkish'),
  ROMA: e('rom', 'romska', 'Roma'),
  ASHKALI: e('ashkali', 'aškalijska', 'Ashkali'),
  EGYPTIAN: e('egjiptian', 'egipćanska', 'Egyptian'),
  GORANI: e('goran', 'goranska', 'Gorani'),
  OTHER: e('tjetër', 'ostale', 'other'),
  finalListTitle: e('Lista përfundimtare e regjistruesve të përzgjedhur', 'Konačna lista izabranih popisivača', 'Final list of selected enumerators'),
  published: e('Publikuar më', 'Objavljeno', 'Published on'),
  finalListIntro: e(
    'Kandidatët e mëposhtëm janë përzgjedhur si regjistrues (sipas alfabetit).',
    'Sledeći kandidati su izabrani za popisivače (po abecedi).',
    'The following candidates have been selected as enumerators (in alphabetical order).',
  ),
} as const satisfies Record<string, Entry>;

/** Where the transliteration of the Latin wording is not how Cyrillic Serbian writes it. */
const CYRILLIC_WORDING: Partial<Record<keyof typeof STRINGS, string>> = {
  email: 'Е-пошта',
};

export function translate(key: string, lang: ReportLanguage): string {
  const entry = (STRINGS as Record<string, Entry | undefined>)[key];
  if (!entry) return key;
  if (lang !== 'sr-Cyrl') return entry[lang];
  return (CYRILLIC_WORDING as Record<string, string | undefined>)[key] ?? serbianCyrillic(entry.sr);
}

/** A calendar date as the reports print it: 2030-10-16 → 16.10.2030 (same in all three languages). */
export function formatDay(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}
