/**
 * Report wording in Albanian (default), Serbian (Latin script; names are printed as stored,
 * Cyrillic where they are Cyrillic) and English. Templates use `{{t "key"}}`.
 */
export const LANGUAGES = ['sq', 'sr', 'en'] as const;
export type ReportLanguage = (typeof LANGUAGES)[number];

type Entry = Readonly<Record<ReportLanguage, string>>;
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
  prorated: e('proporcionalisht me ditët e angazhimit', 'srazmerno danima angažovanja', 'prorated by days of engagement'),
  liability: e('Komuna nuk mban asnjë përgjegjësi nga kjo kontratë.', 'Opština ne snosi nikakvu odgovornost iz ovog ugovora.', 'The municipality carries no liability under this contract.'),
  signatures: e('Nënshkrimet', 'Potpisi', 'Signatures'),
  forAgency: e('Për ASK', 'Za ASK', 'For ASK'),
  contractor: e('Kontraktori', 'Ugovarač', 'Contractor'),
  open: e('e hapur', 'otvoreno', 'open'),
  notSet: e('pa caktuar', 'nije određeno', 'not set'),
} as const satisfies Record<string, Entry>;

export type StringKey = keyof typeof STRINGS;

export function translate(key: string, lang: ReportLanguage): string {
  const entry = (STRINGS as Record<string, Entry | undefined>)[key];
  return entry ? entry[lang] : key;
}

/** A calendar date as the reports print it: 2023-10-16 → 16.10.2023 (same in all three languages). */
export function formatDay(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}
