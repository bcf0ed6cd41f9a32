/**
 * The 7 regions and 38 municipalities of Table 2 of ASK's letter of 26 Sep 2023, in the
 * letter's order, with Albanian and Serbian names. Codes are lower-case ASCII slugs of the
 * Albanian name: stable identifiers for files and URLs; never renumber or rename them.
 */
export interface MunicipalityDef {
  readonly code: string;
  readonly nameSq: string;
  readonly nameSr: string;
}

export interface RegionDef {
  readonly code: string;
  readonly nameSq: string;
  readonly nameSr: string;
  readonly municipalities: readonly MunicipalityDef[];
}

const m = (code: string, nameSq: string, nameSr: string): MunicipalityDef => ({ code, nameSq, nameSr });

export const KOSOVO_REGIONS: readonly RegionDef[] = [
  {
    code: 'prishtine',
    nameSq: 'Prishtinë',
    nameSr: 'Priština',
    municipalities: [
      m('fushe-kosove', 'Fushë Kosovë', 'Kosovo Polje'),
      m('gracanice', 'Graçanicë', 'Gračanica'),
      m('lipjan', 'Lipjan', 'Lipljan'),
      m('obiliq', 'Obiliq', 'Obilić'),
      m('podujeve', 'Podujevë', 'Podujevo'),
      m('prishtine', 'Prishtinë', 'Priština'),
      m('gllogoc', 'Gllogoc', 'Glogovac'),
    ],
  },
  {
    code: 'mitrovice',
    nameSq: 'Mitrovicë',
    nameSr: 'Mitrovica',
    municipalities: [
      m('mitrovice', 'Mitrovicë', 'Mitrovica'),
      m('leposaviq', 'Leposaviq', 'Leposavić'),
      m('skenderaj', 'Skënderaj', 'Srbica'),
      m('vushtrri', 'Vushtrri', 'Vučitrn'),
      m('zubin-potok', 'Zubin Potok', 'Zubin Potok'),
      m('zvecan', 'Zveçan', 'Zvečan'),
      m('mitrovice-e-veriut', 'Mitrovicë e Veriut', 'Severna Mitrovica'),
    ],
  },
  {
    code: 'peje',
    nameSq: 'Pejë',
    nameSr: 'Peć',
    municipalities: [m('decan', 'Deçan', 'Dečani'), m('istog', 'Istog', 'Istok'), m('kline', 'Klinë', 'Klina'), m('peje', 'Pejë', 'Peć')],
  },
  {
    code: 'prizren',
    nameSq: 'Prizren',
    nameSr: 'Prizren',
    municipalities: [
      m('dragash', 'Dragash', 'Dragaš'),
      m('prizren', 'Prizren', 'Prizren'),
      m('suhareke', 'Suharekë', 'Suva Reka'),
      m('mamushe', 'Mamushë', 'Mamuša'),
    ],
  },
  {
    code: 'ferizaj',
    nameSq: 'Ferizaj',
    nameSr: 'Uroševac',
    municipalities: [
      m('kacanik', 'Kaçanik', 'Kačanik'),
      m('shtime', 'Shtime', 'Štimlje'),
      m('shterpce', 'Shtërpcë', 'Štrpce'),
      m('ferizaj', 'Ferizaj', 'Uroševac'),
      m('hani-i-elezit', 'Hani i Elezit', 'Elez Han'),
    ],
  },
  {
    code: 'gjilan',
    nameSq: 'Gjilan',
    nameSr: 'Gnjilane',
    municipalities: [
      m('gjilan', 'Gjilan', 'Gnjilane'),
      m('kamenice', 'Kamenicë', 'Kamenica'),
      m('novoberde', 'Novobërdë', 'Novo Brdo'),
      m('viti', 'Viti', 'Vitina'),
      m('ranillug', 'Ranillug', 'Ranilug'),
      m('partesh', 'Partesh', 'Parteš'),
      m('kllokot', 'Kllokot', 'Klokot'),
    ],
  },
  {
    code: 'gjakove',
    nameSq: 'Gjakovë',
    nameSr: 'Đakovica',
    municipalities: [
      m('gjakove', 'Gjakovë', 'Đakovica'),
      m('rahovec', 'Rahovec', 'Orahovac'),
      m('malisheve', 'Malishevë', 'Mališevo'),
      m('junik', 'Junik', 'Junik'),
    ],
  },
];

/**
 * The municipalities with a Serbian majority: their documents are printed in Serbian Cyrillic
 * unless a request names a language (an ADMIN may change a municipality's document languages).
 */
export const SERBIAN_DOCUMENT_MUNICIPALITIES: ReadonlySet<string> = new Set([
  'leposaviq',
  'zubin-potok',
  'zvecan',
  'mitrovice-e-veriut',
  'gracanice',
  'shterpce',
  'novoberde',
  'kllokot',
  'partesh',
  'ranillug',
]);

/** The document languages a municipality starts with (its first one is the default). */
export const defaultDocumentLocales = (code: string): string[] => (SERBIAN_DOCUMENT_MUNICIPALITIES.has(code) ? ['sr-Cyrl'] : ['sq']);
