// The cast of a synthetic corpus: sovereign countries from the gazetteer ranked by diplomatic prominence, and
// a few thousand office holders with names, roles and countries. Prominence follows a Zipf-like law so a few
// actors do most of the diplomacy, as in real wire copy. Built once per seed, then only read.
import { COUNTRIES } from '../gazetteer/index.ts';
import type { CountryEntry } from '../gazetteer/index.ts';
import { createPersonName, getNameRegion } from './names.ts';

/** Dependencies and other non-sovereign ISO 3166-1 entries: they rarely conduct diplomacy of their own. */
const NON_SOVEREIGN = new Set([
  'ALA',
  'ASM',
  'AIA',
  'ATA',
  'ABW',
  'BMU',
  'BES',
  'BVT',
  'IOT',
  'CYM',
  'CXR',
  'CCK',
  'COK',
  'CUW',
  'FLK',
  'FRO',
  'GUF',
  'PYF',
  'ATF',
  'GIB',
  'GRL',
  'GLP',
  'GUM',
  'GGY',
  'HMD',
  'VAT',
  'HKG',
  'IMN',
  'JEY',
  'MAC',
  'MTQ',
  'MYT',
  'MSR',
  'NCL',
  'NIU',
  'NFK',
  'MNP',
  'PCN',
  'PRI',
  'REU',
  'BLM',
  'SHN',
  'MAF',
  'SPM',
  'SXM',
  'SGS',
  'SJM',
  'TKL',
  'TCA',
  'UMI',
  'VGB',
  'VIR',
  'WLF',
  'ESH',
]);

/** The countries that dominate diplomatic news, most prominent first; the rest follow in seeded order. */
const PROMINENT = [
  'USA',
  'CHN',
  'RUS',
  'GBR',
  'FRA',
  'DEU',
  'JPN',
  'IND',
  'UKR',
  'TUR',
  'IRN',
  'ISR',
  'SAU',
  'KOR',
  'BRA',
  'PRK',
  'PAK',
  'EGY',
  'ITA',
  'CAN',
  'AUS',
  'QAT',
  'ARE',
  'ZAF',
  'IDN',
  'MEX',
  'POL',
  'ESP',
  'SYR',
  'IRQ',
  'VNM',
  'PHL',
  'AFG',
  'NGA',
  'ETH',
  'KAZ',
  'HUN',
  'BLR',
  'VEN',
  'ARG',
  'SGP',
  'MYS',
  'THA',
  'NLD',
  'BEL',
  'SWE',
  'NOR',
  'CHE',
  'AUT',
  'GRC',
  'JOR',
  'LBN',
  'PSE',
  'AZE',
  'ARM',
  'SRB',
  'CUB',
  'KEN',
  'TWN',
  'NZL',
];

/** Where a capital city is missing from the gazetteer (city states) or is listed under a metonym first. */
const CAPITAL_OVERRIDES: Record<string, string> = {
  LUX: 'Luxembourg',
  SGP: 'Singapore',
  MCO: 'Monaco',
  SMR: 'San Marino',
  DJI: 'Djibouti',
  STP: 'Sao Tome',
  SYC: 'Victoria',
  KWT: 'Kuwait City',
};
const DEMONYM_OVERRIDES: Record<string, string> = {
  COG: 'Congolese',
  COD: 'Congolese',
  DMA: 'Dominican',
  USA: 'U.S.',
};
/** Names that take the definite article in running text. */
const ARTICLE_NAME =
  /^(?:United |Central African|Dominican Republic|Czech Republic|Republic of|Democratic Republic|Netherlands$|Philippines$|Bahamas$|Gambia$|Maldives$|Comoros$|Seychelles$|Solomon Islands$|Marshall Islands$)/;

export interface SynthCountry {
  index: number;
  code: string;
  key: string;
  /** As written mid-sentence: "the United States", "China". */
  name: string;
  /** As written in a headline: "United States". */
  shortName: string;
  possessive: string;
  demonym: string;
  capital: string;
  /** Capital used as a metonym for the government ("Beijing said"); only for well-known capitals. */
  metonym: string | null;
  weight: number;
}

export type RoleKind =
  | 'leader'
  | 'second'
  | 'foreign'
  | 'defence'
  | 'trade'
  | 'finance'
  | 'spokesperson'
  | 'ambassador'
  | 'deputyForeign'
  | 'interior'
  | 'energy'
  | 'envoy';

export interface SynthPerson {
  index: number;
  key: string;
  fullName: string;
  family: string;
  female: boolean;
  role: string;
  roleKind: RoleKind;
  country: SynthCountry;
  /** "Chinese Foreign Minister Wang Yi" (ambassadors: "Chinese Ambassador to Brazil Li Wei"). */
  titled: string;
  /** "Wang Yi, China's foreign minister," for a subject that opens a sentence. */
  appositive: string;
  /** "China's Wang" for headlines. */
  headline: string;
  weight: number;
}

export interface SynthWorld {
  countries: readonly SynthCountry[];
  people: readonly SynthPerson[];
  pickCountry(random: () => number): SynthCountry;
  pickPerson(random: () => number): SynthPerson;
  /** The leader or the foreign minister of a country, whoever the cast has: who acts for it in person. */
  pickEnvoy(country: SynthCountry, random: () => number): SynthPerson | null;
}

const ROLE_WEIGHT: Record<RoleKind, number> = {
  leader: 1,
  foreign: 0.8,
  second: 0.45,
  spokesperson: 0.35,
  defence: 0.3,
  trade: 0.25,
  finance: 0.2,
  deputyForeign: 0.12,
  ambassador: 0.1,
  energy: 0.1,
  interior: 0.08,
  envoy: 0.08,
};

/** Roles a country's people are given in order; past the end the junior diplomatic roles repeat. */
const ROLE_LADDER: readonly RoleKind[] = [
  'leader',
  'foreign',
  'second',
  'defence',
  'trade',
  'spokesperson',
  'finance',
  'ambassador',
  'deputyForeign',
  'energy',
  'interior',
  'envoy',
];
const ROLE_REPEATS: readonly RoleKind[] = ['ambassador', 'deputyForeign', 'envoy', 'ambassador'];

const DEFAULT_TITLES: Record<Exclude<RoleKind, 'leader' | 'second'>, string> = {
  foreign: 'Foreign Minister',
  defence: 'Defence Minister',
  trade: 'Trade Minister',
  finance: 'Finance Minister',
  spokesperson: 'Foreign Ministry spokesperson',
  ambassador: 'Ambassador',
  deputyForeign: 'Deputy Foreign Minister',
  interior: 'Interior Minister',
  energy: 'Energy Minister',
  envoy: 'Special Envoy',
};

const TITLE_OVERRIDES: Record<string, Partial<Record<RoleKind, string>>> = {
  USA: {
    foreign: 'Secretary of State',
    defence: 'Defense Secretary',
    trade: 'Trade Representative',
    finance: 'Treasury Secretary',
    spokesperson: 'State Department spokesperson',
    deputyForeign: 'Deputy Secretary of State',
    interior: 'Homeland Security Secretary',
    energy: 'Energy Secretary',
  },
  GBR: {
    foreign: 'Foreign Secretary',
    defence: 'Defence Secretary',
    trade: 'Business and Trade Secretary',
    finance: 'Chancellor of the Exchequer',
    spokesperson: 'Foreign Office spokesperson',
    deputyForeign: 'Foreign Office minister',
    interior: 'Home Secretary',
    energy: 'Energy Secretary',
  },
  CHN: { second: 'Premier' },
};

const PM_LED_REPUBLICS = new Set([
  'IND',
  'ISR',
  'PAK',
  'ITA',
  'GRC',
  'IRL',
  'HUN',
  'CZE',
  'SVK',
  'SVN',
  'HRV',
  'SRB',
  'BGR',
  'EST',
  'LVA',
  'LTU',
  'FIN',
  'ISL',
  'MLT',
  'ALB',
  'MKD',
  'MNE',
  'BGD',
  'NPL',
  'ARM',
  'GEO',
  'ETH',
  'IRQ',
  'LBN',
  'MDA',
  'XKX',
  'POL',
  'ROU',
  'PRT',
  'FJI',
  'SGP',
  'TTO',
  'MUS',
  'VUT',
  'SMR',
]);
const PM_LED_MONARCHIES = new Set([
  'GBR',
  'JPN',
  'ESP',
  'NLD',
  'BEL',
  'SWE',
  'NOR',
  'DNK',
  'THA',
  'CAN',
  'AUS',
  'NZL',
  'MYS',
  'KHM',
  'LUX',
  'AND',
  'LIE',
  'MCO',
  'JAM',
  'BHS',
  'BRB',
  'PNG',
  'SLB',
  'TON',
  'TUV',
  'LSO',
  'BTN',
  'GRD',
  'BLZ',
  'ATG',
  'KNA',
  'LCA',
  'VCT',
]);
/** Presidential systems without a prime minister: the number two is a vice president. */
const VICE_PRESIDENTIAL = new Set([
  'USA',
  'MEX',
  'BRA',
  'ARG',
  'COL',
  'CHL',
  'PER',
  'VEN',
  'ECU',
  'BOL',
  'PRY',
  'URY',
  'CRI',
  'PAN',
  'GTM',
  'HND',
  'SLV',
  'NIC',
  'DOM',
  'IDN',
  'PHL',
  'NGA',
  'KEN',
  'GHA',
  'ZAF',
  'LBR',
  'SLE',
  'ZMB',
  'ZWE',
  'MWI',
  'BWA',
  'SSD',
  'CYP',
  'KIR',
  'PLW',
  'FSM',
]);
const CHANCELLOR_LED = new Set(['DEU', 'AUT']);
const EXECUTIVE_MONARCHS: Record<string, string> = {
  SAU: 'King',
  JOR: 'King',
  MAR: 'King',
  BHR: 'King',
  SWZ: 'King',
  QAT: 'Emir',
  KWT: 'Emir',
  OMN: 'Sultan',
  BRN: 'Sultan',
};

function getLeaderTitles(code: string): { leader: string; second: string | null } {
  const override = TITLE_OVERRIDES[code]?.second;
  const monarch = EXECUTIVE_MONARCHS[code];
  if (monarch) return { leader: monarch, second: code === 'SAU' ? 'Crown Prince' : 'Prime Minister' };
  if (CHANCELLOR_LED.has(code)) return { leader: 'Chancellor', second: 'President' };
  if (PM_LED_MONARCHIES.has(code))
    return { leader: 'Prime Minister', second: code === 'JPN' ? null : 'King' };
  if (PM_LED_REPUBLICS.has(code)) return { leader: 'Prime Minister', second: 'President' };
  if (code === 'IRN') return { leader: 'President', second: 'Supreme Leader' };
  if (VICE_PRESIDENTIAL.has(code)) return { leader: 'President', second: override ?? 'Vice President' };
  return { leader: 'President', second: override ?? 'Prime Minister' };
}

function getRoleTitle(code: string, kind: RoleKind): string | null {
  if (kind === 'leader') return getLeaderTitles(code).leader;
  if (kind === 'second') return getLeaderTitles(code).second;
  return TITLE_OVERRIDES[code]?.[kind] ?? DEFAULT_TITLES[kind];
}

function toPossessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

function toSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function isUsableCountry(entry: CountryEntry): boolean {
  return !entry.historical && !NON_SOVEREIGN.has(entry.code);
}

/** How many sovereign countries the gazetteer offers (the upper bound of `countries`). */
export function getAvailableCountryCount(): number {
  return COUNTRIES.filter(isUsableCountry).length;
}

function shuffleInPlace<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = items[i] as T;
    items[i] = items[j] as T;
    items[j] = a;
  }
}

function toCountries(count: number, random: () => number): SynthCountry[] {
  const usable = COUNTRIES.filter(isUsableCountry);
  const byCode = new Map(usable.map((entry) => [entry.code, entry]));
  const prominent = PROMINENT.flatMap((code) => {
    const entry = byCode.get(code);
    return entry ? [entry] : [];
  });
  const rest = usable.filter((entry) => !PROMINENT.includes(entry.code));
  shuffleInPlace(rest, random);
  return [...prominent, ...rest].slice(0, count).map((entry, index) => {
    const name = ARTICLE_NAME.test(entry.name) ? `the ${entry.name}` : entry.name;
    const capital = CAPITAL_OVERRIDES[entry.code] ?? entry.capitals[0] ?? entry.name;
    return {
      index,
      code: entry.code,
      key: `country:${entry.code}`,
      name,
      shortName: entry.name,
      possessive: toPossessive(name),
      demonym: DEMONYM_OVERRIDES[entry.code] ?? entry.demonyms[0] ?? entry.name,
      capital,
      metonym: index < 24 && entry.capitals[0] ? entry.capitals[0] : null,
      // Zipf-like prominence, slightly steeper than 1/rank: the top few dominate the news.
      weight: 1 / Math.pow(index + 1, 1.15),
    };
  });
}

/** Number of people per country: proportional to prominence (flattened), at least two each when possible. */
function toPeopleQuotas(countries: readonly SynthCountry[], people: number): number[] {
  const shares = countries.map((country) => Math.pow(country.weight, 0.45));
  const total = shares.reduce((sum, share) => sum + share, 0);
  const floor = people >= countries.length * 2 ? 2 : people >= countries.length ? 1 : 0;
  const spare = people - floor * countries.length;
  const exact = shares.map((share) => (share / total) * spare);
  const quotas = exact.map((value) => floor + Math.floor(value));
  let left = people - quotas.reduce((sum, quota) => sum + quota, 0);
  const byRemainder = exact
    .map((value, i) => ({ i, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    quotas[i] = (quotas[i] ?? 0) + 1;
    left -= 1;
  }
  return quotas;
}

function createPicker<T extends { weight: number }>(items: readonly T[]): (random: () => number) => T {
  const cumulative = new Float64Array(items.length);
  let sum = 0;
  items.forEach((item, i) => {
    sum += item.weight;
    cumulative[i] = sum;
  });
  return (random) => {
    const target = random() * sum;
    let low = 0;
    let high = items.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return items[low] as T;
  };
}

/**
 * Raises a person's weight to the power `skew`: above 1 the busy few do even more of the diplomacy, so
 * the same number of interactions falls on fewer distinct pairs. 1 leaves the weight exactly as it is.
 */
function toSkewed(weight: number, skew: number): number {
  return skew === 1 ? weight : Math.pow(weight, skew);
}

/** Words a name part must not be: country names, demonyms and capitals would read as another entity. */
function getReservedWords(): Set<string> {
  const words = new Set<string>();
  for (const entry of COUNTRIES) {
    for (const phrase of [entry.name, ...entry.names, ...entry.demonyms, ...entry.capitals]) {
      for (const word of phrase.split(/\s+/)) words.add(word.toLowerCase());
    }
  }
  return words;
}

/**
 * Builds the cast for `countries` countries and `people` people. Deterministic for a given `random`.
 * Throws when unique names run out (only for absurd `people` counts).
 */
export function createSynthWorld(
  options: { countries: number; people: number; skew?: number },
  random: () => number,
): SynthWorld {
  const skew = options.skew ?? 1;
  const countries = toCountries(options.countries, random);
  const quotas = toPeopleQuotas(countries, options.people);
  const reserved = getReservedWords();
  const usedKeys = new Set<string>();
  const people: SynthPerson[] = [];
  const pickPostingCountry = createPicker(countries);
  countries.forEach((country, countryIndex) => {
    const quota = quotas[countryIndex] ?? 0;
    const region = getNameRegion(country.code);
    const ladder = ROLE_LADDER.filter((kind) => getRoleTitle(country.code, kind) !== null);
    for (let slot = 0; slot < quota; slot += 1) {
      const repeated = slot >= ladder.length;
      const roleKind =
        ladder[slot] ?? (ROLE_REPEATS[(slot - ladder.length) % ROLE_REPEATS.length] as RoleKind);
      const role = getRoleTitle(country.code, roleKind) ?? 'Envoy';
      let name = createPersonName(region, random);
      let key = `person:${toSlug(name.full)}`;
      for (
        let attempt = 1;
        usedKeys.has(key) || name.full.split(/[\s-]+/).some((w) => reserved.has(w.toLowerCase()));
        attempt += 1
      ) {
        if (attempt > 200)
          throw new Error(`entente/synth: ran out of unique names for ${country.code}; ask for fewer people`);
        name = createPersonName(region, random, attempt);
        key = `person:${toSlug(name.full)}`;
      }
      usedKeys.add(key);
      let posting = country;
      if (roleKind === 'ambassador') {
        for (let tries = 0; posting === country && tries < 10; tries += 1)
          posting = pickPostingCountry(random);
      }
      const postingSuffix = roleKind === 'ambassador' && posting !== country ? ` to ${posting.name}` : '';
      // Offices named after an institution keep their capitals ("State Department spokesperson").
      const lowerRole = /Department|Office|Exchequer|Homeland/.test(role) ? role : role.toLowerCase();
      people.push({
        index: people.length,
        key,
        fullName: name.full,
        family: name.family,
        female: name.female,
        role,
        roleKind,
        country,
        titled: `${country.demonym} ${role}${postingSuffix} ${name.full}`,
        appositive: `${name.full}, ${country.possessive} ${lowerRole}${postingSuffix},`,
        headline: `${toPossessive(country.shortName)} ${name.family}`,
        // Jitter keeps two foreign ministers of similar countries from being exactly as busy.
        // Second and later holders of a junior role (the tenth ambassador) are rarely in the news.
        weight: toSkewed(
          country.weight * ROLE_WEIGHT[roleKind] * (repeated ? 0.3 : 1) * (0.6 + 0.8 * random()),
          skew,
        ),
      });
    }
  });
  if (people.length === 0) throw new Error('entente/synth: the cast needs at least one person');
  const envoys = countries.map((country) =>
    people.filter(
      (person) =>
        person.country === country && (person.roleKind === 'leader' || person.roleKind === 'foreign'),
    ),
  );
  return {
    countries,
    people,
    pickCountry: createPicker(countries),
    pickPerson: createPicker(people),
    pickEnvoy: (country, random) => {
      const candidates = envoys[country.index] ?? [];
      return candidates.length > 0
        ? (candidates[Math.floor(random() * candidates.length)] as SynthPerson)
        : null;
    },
  };
}
