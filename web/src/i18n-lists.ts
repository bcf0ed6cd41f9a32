// Texts of paged lists (search, order) in the three languages; merged into the dictionaries
// of i18n.tsx.

export const listsSq = {
  'list.search': 'Kërko',
  'list.sort': 'Renditja',
  'list.staffSearchHint': 'Emri ose numri personal',
  'list.eaSearchHint': 'Fillimi i kodit',
  'list.sort.fullName': 'Emri (A–Z)',
  'list.sort.-fullName': 'Emri (Z–A)',
  'list.sort.nationalId': 'Numri personal',
  'list.sort.-createdAt': 'Më të rejat së pari',
};

export type ListsKey = keyof typeof listsSq;

export const listsSr: Record<ListsKey, string> = {
  'list.search': 'Pretraga',
  'list.sort': 'Redosled',
  'list.staffSearchHint': 'Ime ili lični broj',
  'list.eaSearchHint': 'Početak šifre',
  'list.sort.fullName': 'Ime (A–Ž)',
  'list.sort.-fullName': 'Ime (Ž–A)',
  'list.sort.nationalId': 'Lični broj',
  'list.sort.-createdAt': 'Najnoviji prvo',
};

export const listsEn: Record<ListsKey, string> = {
  'list.search': 'Search',
  'list.sort': 'Order',
  'list.staffSearchHint': 'Name or national id',
  'list.eaSearchHint': 'Start of the code',
  'list.sort.fullName': 'Name (A–Z)',
  'list.sort.-fullName': 'Name (Z–A)',
  'list.sort.nationalId': 'National id',
  'list.sort.-createdAt': 'Newest first',
};
