/** Dutch, the default language. en.ts and de.ts must have exactly these keys (checked by the compiler). */
export const nl = {
  app: {
    title: 'Grensatlas',
    tagline: 'Brede welvaart over de grens',
    language: 'Taal',
  },
  level: {
    legend: 'Regioniveau',
    l1: 'Landsdelen en deelstaten',
    l2: 'Provincies en Regierungsbezirke',
    l3: "COROP-regio's en Kreise",
    code: 'NUTS {{level}}',
    // Full description per level, for the tooltip of each choice.
    d1: 'NUTS 1: landsdelen (NL), gewesten (BE), Länder (DE), Luxemburg',
    d2: 'NUTS 2: provincies (NL, BE), Regierungsbezirke of Länder (DE), Luxemburg',
    d3: "NUTS 3: COROP-regio's (NL), arrondissementen (BE), Kreise en kreisfreie Städte (DE), Luxemburg",
  },
  // What a region of this country and level is called in everyday speech.
  kind: {
    NL: { l0: 'Land', l1: 'Landsdeel', l2: 'Provincie', l3: 'COROP-regio' },
    BE: { l0: 'Land', l1: 'Gewest', l2: 'Provincie', l3: 'Arrondissement' },
    DE: { l0: 'Land', l1: 'Deelstaat (Land)', l2: 'Regierungsbezirk', l3: 'Kreis of kreisfreie Stadt' },
    LU: { l0: 'Land', l1: 'Land', l2: 'Land', l3: 'Land' },
  },
  country: { NL: 'Nederland', BE: 'België', DE: 'Duitsland', LU: 'Luxemburg' },
  search: {
    label: 'Zoek een regio',
    placeholder: 'Naam of NUTS-code, bijv. Twente',
    results: '{{count}} resultaten',
    none: 'Geen regio gevonden voor “{{query}}”',
  },
  panel: {
    label: 'Geselecteerde regio',
    close: 'Sluiten',
    code: 'Code',
    country: 'Land',
    level: 'Niveau',
    parents: 'Ligt in',
    area: 'Oppervlakte',
    areaValue: '{{value}} km²',
    source: 'Grenzen: Eurostat GISCO NUTS 2021',
  },
  map: {
    label: 'Kaart van de regio’s',
    attribution: '© EuroGeographics for the administrative boundaries',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    canvas: 'Kaart',
    toggleAttribution: 'Bronvermelding tonen of verbergen',
    loading: 'Kaart wordt geladen…',
  },
  notice: {
    dismiss: 'Melding sluiten',
    list: 'Meldingen',
    badLevel: 'Het regioniveau “{{value}}” in de link bestaat niet; het standaardniveau wordt getoond.',
    badRegion: 'De regiocode “{{value}}” in de link is ongeldig; er is geen regio geselecteerd.',
    unknownRegion: 'De regio “{{value}}” uit de link bestaat niet in NUTS 2021; er is geen regio geselecteerd.',
    badMap: 'De kaartpositie “{{value}}” in de link is ongeldig; het standaardbeeld wordt getoond.',
    badLang: 'De taal “{{value}}” in de link wordt niet ondersteund; Nederlands wordt getoond.',
    dataError: 'De gegevens {{what}} konden niet worden geladen: {{detail}}',
    retry: 'Opnieuw proberen',
  },
  data: {
    regions: 'van de regio-index',
    geometry: 'van de grenzen (NUTS {{level}})',
  },
} as const;

/** Same shape as `nl`, with any string values. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof nl>;
