// The words for the statuses and kinds the API sends as codes (pay runs, paid people, room
// plans), in the three languages; merged into the dictionaries of i18n.tsx.

export const statusSq = {
  'runStatus.QUEUED': 'Në radhë',
  'runStatus.COMPUTING': 'Po llogaritet',
  'runStatus.COMPUTED': 'E llogaritur',
  'runStatus.FAILED': 'Dështoi',
  'runStatus.APPROVED': 'E miratuar',
  'runKind.REGULAR': 'E rregullt',
  'runKind.ADJUSTMENT': 'Korrigjim',
  'personStatus.PAYABLE': 'Për pagesë',
  'personStatus.BLOCKED': 'E bllokuar',
  'planStatus.DRAFT': 'Projekt',
  'planStatus.PUBLISHED': 'I publikuar',
} as const;

export const statusSr: Record<keyof typeof statusSq, string> = {
  'runStatus.QUEUED': 'Na čekanju',
  'runStatus.COMPUTING': 'Računa se',
  'runStatus.COMPUTED': 'Izračunat',
  'runStatus.FAILED': 'Neuspešan',
  'runStatus.APPROVED': 'Odobren',
  'runKind.REGULAR': 'Redovan',
  'runKind.ADJUSTMENT': 'Korekcija',
  'personStatus.PAYABLE': 'Za isplatu',
  'personStatus.BLOCKED': 'Blokiran',
  'planStatus.DRAFT': 'Nacrt',
  'planStatus.PUBLISHED': 'Objavljen',
};

export const statusEn: Record<keyof typeof statusSq, string> = {
  'runStatus.QUEUED': 'Queued',
  'runStatus.COMPUTING': 'Computing',
  'runStatus.COMPUTED': 'Computed',
  'runStatus.FAILED': 'Failed',
  'runStatus.APPROVED': 'Approved',
  'runKind.REGULAR': 'Regular',
  'runKind.ADJUSTMENT': 'Adjustment',
  'personStatus.PAYABLE': 'Payable',
  'personStatus.BLOCKED': 'Blocked',
  'planStatus.DRAFT': 'Draft',
  'planStatus.PUBLISHED': 'Published',
};
