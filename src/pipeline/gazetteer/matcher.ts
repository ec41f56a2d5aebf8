// Finds country, organisation and media mentions in text with one pass over a token trie (no per-entry
// regex), then applies the ambiguity rules documented in README.md: case-sensitive forms, longest match,
// blocked phrases ("Latin America", "South China Sea"), name-like countries ("Michael Jordan"), the
// Georgia and Congo rules, capitals as actors or locations, and era-dependent states (Moscow in 1987 is SUN).
import { COUNTRIES } from './countries.ts';
import type { CountryEntry } from './countries.ts';
import { ORGANIZATIONS } from './organizations.ts';
import type { OrganizationEntry } from './organizations.ts';
import { DATELINE_PLACES, DATELINE_REGIONS, TEXT_PLACES } from './places.ts';

export interface GazetteerMatch {
  /** 'country:CHN' | 'org:sco' | 'media:xinhua' */
  key: string;
  type: 'country' | 'organization' | 'media';
  /** Offsets in the text given. */
  start: number;
  end: number;
  /** Text as written. */
  surface: string;
  via: 'name' | 'demonym' | 'capital' | 'acronym' | 'place';
  /**
   * Capitals and places: true when used as an actor ("Beijing said", "Washington warned"), false as a
   * location ("talks in Beijing"). Always true for names, demonyms, organisations.
   */
  actor: boolean;
}

export interface GazetteerOptions {
  /** Article date (YYYY-MM-DD). Maps successor states back to the state of the time (Moscow 1987 -> SUN). */
  date?: string | null;
}

type Via = GazetteerMatch['via'];

/** What a surface form stands for. `special` forms are resolved by a rule in `resolveSpecial`. */
interface FormTarget {
  key: string;
  type: GazetteerMatch['type'] | 'block';
  via: Via;
  /** Forms whose country depends on the date or the context. */
  special?: 'georgia' | 'congo';
}

interface TrieNode {
  next: Map<string, TrieNode>;
  target?: FormTarget;
}

interface Token {
  text: string;
  start: number;
  end: number;
  spaced: boolean;
}

/** Phrases that contain a country word but do not refer to the country; they match and produce nothing. */
const BLOCKED_PHRASES = [
  'Indian Ocean',
  'American Indian',
  'American Indians',
  'Native American',
  'Native Americans',
  'Latin America',
  'Latin American',
  'Latin Americans',
  'South America',
  'South American',
  'North America',
  'North American',
  'Central America',
  'Central American',
  'Pan American',
  'West Indies',
  'West Indian',
  'East Indies',
  'New Guinea',
  'Persian Gulf',
  'Arabian Gulf',
  'Arabian Sea',
  'Arabian Peninsula',
  'English Channel',
  'Irish Sea',
  'South China Sea',
  'East China Sea',
  'Chinese New Year',
  'French fries',
  'Dutch auction',
  'Turkish delight',
  'Georgian Bay',
  'Anglo American',
  'Manufacturers Hanover',
  'Franco Nevada',
];

/** US uses of "Georgia" that are unambiguous whatever the date. */
const GEORGIA_US_PHRASES = [
  'Georgia-Pacific',
  'Georgia Pacific',
  'Georgia Power',
  'Georgia Gulf',
  'Georgia Tech',
  'state of Georgia',
  'Georgia state',
];

/** Countries and capitals that are also given names or surnames ("Michael Jordan", "George Washington"). */
const NAME_LIKE = new Set([
  'Jordan',
  'Chad',
  'Georgia',
  'India',
  'Israel',
  'Kenya',
  'Paris',
  'Sofia',
  'Washington',
  'Lima',
  'Santiago',
  'Victoria',
  'Chile',
  'Cuba',
  'Montserrat',
  'Jersey',
  'Guernsey',
  'Lincoln',
  'Houston',
  'Dallas',
  'Denver',
  'Cleveland',
  'Phoenix',
  'Tampa',
  'Havana',
  'Brunei',
  'Niger',
  'Mali',
  'Kingston',
  'Hamilton',
  'Florence',
  'Regina',
  'Adelaide',
  'Darwin',
  'Sydney',
  'Perth',
  'Chelsea',
  'Austin',
  'Oxford',
  'Cambridge',
  'Welsh',
]);

/** Names that are also given names, so a capitalised word after them makes a person ("Jordan Peterson"). */
const GIVEN_NAME_LIKE = new Set([
  'Jordan',
  'Chad',
  'India',
  'Paris',
  'Georgia',
  'Sydney',
  'Austin',
  'Florence',
  'Victoria',
  'Regina',
  'Adelaide',
  'Sofia',
  'Kenya',
  'Israel',
]);

/** Words after a name-like place that keep it a place ("Jordan Valley", "Paris Club"). */
const PLACE_HEAD_WORDS = new Set(
  'Valley River Times Club Airport Summit Accord Accords Agreement Conference Declaration Peace Government Basin Airways Airlines Bank Embassy Ministry Radio Television News Post Observer Harbour Harbor Stock Exchange Peninsula Region Province State'.split(
    ' ',
  ),
);

/** Capitalised words that may precede a country without making it a surname. */
const NON_NAME_WORDS = new Set(
  (
    'The A An In To From And Or But With For Of On At By As Both While When Where After Before Since Until ' +
    'Neighbouring Neighboring Visit Visits Visiting Northern Southern Eastern Western Central North South East ' +
    'West New Greater Mainland Rural Urban Modern Ancient Today Yesterday Monday Tuesday Wednesday Thursday ' +
    'Friday Saturday Sunday January February March April May June July August September October November ' +
    'December If Then Also Only Even Meanwhile However Like Unlike Including Between Against Among Across ' +
    'Inside Outside Within Without Under Over Through Into Onto Near Via Per Than That This These Those It Its ' +
    'He She They We I You Our Their His Her Has Have Had Is Was Were Are Be Been Will Would Could Should May ' +
    'Might Must Can Did Do Does Not No Yes Said Says Told Asked Why How What Which Who Whom Whose Democratic ' +
    'Socialist Islamic Federal Independent Republic Kingdom State Union Hashemite Free Occupied Independence ' +
    'All Most Many Some Several Other Another Each Every Neither Either Sino Pro Anti Greater Upper Lower ' +
    'Despite During Although Though Because Whether Once Upon Beyond Along Amid Amidst Toward Towards Around ' +
    'Behind Below Above Beside Besides Nearby Throughout Except Following Regarding Concerning According ' +
    'Given Unless Whereas Thus Hence Therefore Indeed Still Yet Already Now Here There Recently Earlier Later ' +
    'Last Next First Second Third Former Late Early Coastal Communist Downtown Metropolitan Suburban Royal ' +
    'Imperial Colonial Postwar Wartime Prewar Continental Mainland Offshore Northeastern Northwestern ' +
    'Southeastern Southwestern Northeast Northwest Southeast Southwest'
  ).split(' '),
);

/** Words before a capital or place that make it a location ("talks in Beijing", "visit to Moscow"). */
const LOCATIVE_WORDS = new Set(
  (
    'in to from at into near outside via toward towards across around through throughout inside within ' +
    'between visited visit visits visiting left leave leaving reached reach arriving arrived arrive landed ' +
    'flew fly flying based headquartered trip tour back of held hosted returned return returning departed ' +
    'travelled traveled travel en route where embassy consulate bound'
  ).split(' '),
);

/** Words after a capital that make it an actor ("Beijing said", "Washington has warned"). */
const ACTOR_FOLLOWERS = new Set(
  (
    'said says say saying warned warns has have had is was were are will would could should may might must ' +
    'can cannot did does do announced announces accused accuses rejected rejects urged urges called calls ' +
    'denied denies agreed agrees insisted insists responded responds wants want hopes hope believes believe ' +
    'added stated states expressed expresses condemned condemns welcomed welcomes criticized criticised ' +
    'criticizes criticises threatened threatens imposed imposes signed signs sent sends plans plan hit hits ' +
    'also still now already claimed claims argued argues protested protests demanded demands sought seeks ' +
    'launched launches retaliated retaliates vowed vows pledged pledges backed backs opposed opposes supported ' +
    'supports refused refuses decided decides approved approves blocked blocks slammed slams blamed blames ' +
    'recalled recalls expelled expels summoned summons offered offers asked asks pressed presses reacted ' +
    'reiterated reiterates confirmed confirms declined declines responded sees saw views considers considered ' +
    'regards regarded needs needed intends intended continues continued appears appeared seems seemed ' +
    'never always strongly firmly quickly officially publicly formally'
  ).split(' '),
);

/** Outlet names that also begin longer names ("The National Association of Manufacturers"). */
const GENERIC_TITLES = new Set(['the national', 'the guardian', 'the economist', 'the independent']);

/** A capitalised word right after the match, on the same line. */
function isFollowedByName(text: string, tokens: Token[], last: number): boolean {
  const after = tokens[last + 1];
  const lastEnd = tokens[last]?.end ?? 0;
  return (
    !!after && after.spaced && /^\p{Lu}/u.test(after.text) && !text.slice(lastEnd, after.start).includes('\n')
  );
}

/** Acronyms that are also English words: ignored on ALL-CAPS lines ("HELP US", "WHO WILL"). */
const CAPS_AMBIGUOUS = new Set([
  'US',
  'WHO',
  'AU',
  'AP',
  'RT',
  'DW',
  'NAM',
  'PAP',
  'WAM',
  'SANA',
  'CIS',
  'RIA',
  'LABOUR',
]);

/** Successor states mapped back to the state of the time, for dated articles. */
interface EraRule {
  code: string;
  to: string;
  from?: string;
  until: string;
}

const FORMER_SOVIET = [
  'RUS',
  'UKR',
  'BLR',
  'KAZ',
  'UZB',
  'TKM',
  'KGZ',
  'TJK',
  'ARM',
  'AZE',
  'MDA',
  'EST',
  'LVA',
  'LTU',
];
const ERA_RULES: readonly EraRule[] = [
  ...FORMER_SOVIET.map((code) => ({ code, to: 'SUN', until: '1991-12-26' })),
  ...['HRV', 'SVN'].map((code) => ({ code, to: 'YUG', until: '1991-06-25' })),
  ...['BIH', 'MKD'].map((code) => ({ code, to: 'YUG', until: '1992-03-01' })),
  ...['SRB', 'MNE', 'XKX'].map((code) => ({ code, to: 'YUG', until: '2003-02-04' })),
  ...['SRB', 'MNE', 'XKX'].map((code) => ({ code, to: 'SCG', from: '2003-02-04', until: '2006-06-03' })),
  ...['CZE', 'SVK'].map((code) => ({ code, to: 'CSK', until: '1993-01-01' })),
  { code: 'COD', to: 'ZAR', from: '1971-10-27', until: '1997-05-17' },
  { code: 'SSD', to: 'SDN', until: '2011-07-09' },
  { code: 'ERI', to: 'ETH', until: '1993-05-24' },
  { code: 'BFA', to: 'HVO', until: '1984-08-04' },
  { code: 'BEN', to: 'DHY', until: '1975-11-30' },
  { code: 'ZWE', to: 'RHO', until: '1980-04-18' },
];

/** The code of the state a country was part of at `date` (YYYY-MM-DD); `code` itself when undated. */
export function getCodeAtDate(code: string, date: string | null | undefined): string {
  if (!date) return code;
  for (const rule of ERA_RULES) {
    if (rule.code === code && date < rule.until && (!rule.from || date >= rule.from)) return rule.to;
  }
  return code;
}

function isUpperWord(text: string): boolean {
  return text.length >= 2 && /^\p{Lu}+$/u.test(text);
}

function isTitleWord(text: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(text);
}

function isWord(text: string): boolean {
  return /^[\p{L}\p{N}]/u.test(text);
}

function normalizeToken(text: string): string {
  if (text === '’' || text === '‘' || text === 'ʼ') return "'";
  if (text === '‐' || text === '‑' || text === '–') return '-';
  return text;
}

const TOKEN_PATTERN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** Splits text into word and punctuation tokens, noting which ones follow whitespace. */
export function toTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const start = match.index;
    const end = start + match[0].length;
    tokens.push({
      text: normalizeToken(match[0]),
      start,
      end,
      spaced: previousEnd >= 0 && start > previousEnd,
    });
    previousEnd = end;
  }
  return tokens;
}

function toTrieKeys(form: string): string[] {
  return toTokens(form).map((token, index) => (index > 0 && token.spaced ? ' ' : '') + token.text);
}

/** Plural of a demonym ("Norwegians", "Iraqis", "Czechs"); undefined when it has none ("Chinese", "Swiss"). */
function getDemonymPlural(demonym: string): string | undefined {
  if (demonym.endsWith('Czech')) return `${demonym}s`;
  if (
    /(ese|sh|ch|ss|s|x|man|men|Sino|Lao|Basotho|Batswana|Emaswati|Hellenic|Philippine|Manx|-)$/.test(demonym)
  ) {
    return undefined;
  }
  return `${demonym}s`;
}

function isAcronym(form: string): boolean {
  return /^[\p{Lu}\d.&+-]+$/u.test(form) && /\p{Lu}/u.test(form) && form.replace(/[.&+-]/g, '').length <= 8;
}

/** The trie of every surface form, plus the look-up tables for single words and places. */
interface GazetteerIndex {
  root: TrieNode;
  wordToCountry: Map<string, string>;
  placeToCountry: Map<string, string>;
  regionToCountry: Map<string, string>;
  countriesByKey: Map<string, CountryEntry>;
  organizationsByKey: Map<string, OrganizationEntry>;
}

function addForm(root: TrieNode, form: string, target: FormTarget): void {
  const variants = new Set([form, form.toUpperCase()]);
  if (/^\p{Ll}/u.test(form)) variants.add(form.charAt(0).toUpperCase() + form.slice(1));
  for (const variant of variants) {
    let node = root;
    for (const key of toTrieKeys(variant)) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    // The first entry to claim a form keeps it: names before demonyms before capitals before places.
    if (!node.target) node.target = target;
  }
}

function createIndex(): GazetteerIndex {
  const root: TrieNode = { next: new Map() };
  const wordToCountry = new Map<string, string>();
  const placeToCountry = new Map<string, string>();
  const countriesByKey = new Map<string, CountryEntry>();
  const organizationsByKey = new Map<string, OrganizationEntry>();
  const regionToCountry = new Map<string, string>();
  const setPlace = (place: string, key: string): void => {
    const normalized = toPlaceKey(place);
    if (!placeToCountry.has(normalized)) placeToCountry.set(normalized, key);
  };
  for (const [code, regions] of Object.entries(DATELINE_REGIONS)) {
    for (const region of regions) regionToCountry.set(toPlaceKey(region), `country:${code}`);
  }

  for (const phrase of BLOCKED_PHRASES) addForm(root, phrase, { key: '', type: 'block', via: 'name' });
  for (const phrase of GEORGIA_US_PHRASES)
    addForm(root, phrase, { key: 'country:USA', type: 'country', via: 'place' });
  addForm(root, 'Georgia', { key: 'country:GEO', type: 'country', via: 'name', special: 'georgia' });
  addForm(root, 'Congo', { key: 'country:COD', type: 'country', via: 'name', special: 'congo' });
  addForm(root, 'Congolese', { key: 'country:COD', type: 'country', via: 'demonym', special: 'congo' });

  for (const entry of COUNTRIES) {
    const key = `country:${entry.code}`;
    countriesByKey.set(key, entry);
    for (const name of [entry.name, ...entry.names]) {
      addForm(root, name, { key, type: 'country', via: 'name' });
      if (!wordToCountry.has(name)) wordToCountry.set(name, key);
      setPlace(name, key);
    }
  }
  for (const entry of COUNTRIES) {
    const key = `country:${entry.code}`;
    for (const demonym of entry.demonyms) {
      const plural = getDemonymPlural(demonym);
      for (const form of plural ? [demonym, plural] : [demonym]) {
        addForm(root, form, { key, type: 'country', via: 'demonym' });
        if (!wordToCountry.has(form)) wordToCountry.set(form, key);
      }
    }
  }
  for (const entry of COUNTRIES) {
    const key = `country:${entry.code}`;
    for (const capital of entry.capitals) {
      addForm(root, capital, { key, type: 'country', via: 'capital' });
      setPlace(capital, key);
    }
  }
  for (const entry of ORGANIZATIONS) {
    organizationsByKey.set(entry.key, entry);
    addForm(root, entry.name, {
      key: entry.key,
      type: entry.type,
      via: isAcronym(entry.name) ? 'acronym' : 'name',
    });
    for (const alias of entry.aliases) {
      addForm(root, alias, { key: entry.key, type: entry.type, via: isAcronym(alias) ? 'acronym' : 'name' });
    }
  }
  for (const [code, places] of Object.entries(TEXT_PLACES)) {
    for (const place of places)
      addForm(root, place, { key: `country:${code}`, type: 'country', via: 'place' });
  }
  for (const [code, places] of Object.entries(DATELINE_PLACES)) {
    for (const place of places) setPlace(place, `country:${code}`);
  }
  for (const [code, places] of Object.entries(TEXT_PLACES)) {
    for (const place of places) setPlace(place, `country:${code}`);
  }
  return { root, wordToCountry, placeToCountry, regionToCountry, countriesByKey, organizationsByKey };
}

let cachedIndex: GazetteerIndex | undefined;

/** The gazetteer index, built on first use (not at import, so importing the module stays cheap). */
export function getGazetteerIndex(): GazetteerIndex {
  cachedIndex ??= createIndex();
  return cachedIndex;
}

function previousWordIndex(tokens: Token[], index: number): number {
  for (let i = index - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token && isWord(token.text)) return i;
    if (token && token.text !== '"' && token.text !== '(') return -1;
  }
  return -1;
}

/** True on a line without lower-case letters, as in Reuters headlines ("HELP US ...") and datelines. */
function isInCapsLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const line = text.slice(lineStart, newline < 0 ? text.length : newline);
  return !/\p{Ll}/u.test(line);
}

/** Surname position ("Michael Jordan", "Mr. Jordan") or, for given names, first-name position ("Jordan Peterson"). */
function isPartOfPersonName(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  surface: string,
): boolean {
  const index = getGazetteerIndex();
  const before = tokens[first - 1];
  const sameLine = (from: Token | undefined, to: Token | undefined): boolean =>
    !!from && !!to && !text.slice(from.end, to.start).includes('\n');
  if (
    before &&
    tokens[first]?.spaced &&
    sameLine(before, tokens[first]) &&
    isTitleWord(before.text) &&
    !NON_NAME_WORDS.has(before.text)
  ) {
    if (!index.wordToCountry.has(before.text)) return true;
  }
  if (
    before?.text === '.' &&
    /^(Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Col|Lt|Sgt|Capt|Prof)$/.test(tokens[first - 2]?.text ?? '')
  ) {
    return true;
  }
  const after = tokens[last + 1];
  if (
    !GIVEN_NAME_LIKE.has(surface) ||
    !after?.spaced ||
    !sameLine(tokens[last], after) ||
    !isTitleWord(after.text) ||
    NON_NAME_WORDS.has(after.text)
  ) {
    return false;
  }
  return !PLACE_HEAD_WORDS.has(after.text) && !index.wordToCountry.has(after.text);
}

/** "Allied-Lyons", "Bristol-Myers": a place hyphenated to a capitalised word that is no place itself. */
function isPartOfCompoundName(tokens: Token[], first: number, last: number): boolean {
  const index = getGazetteerIndex();
  const isOtherName = (token: Token | undefined): boolean =>
    !!token &&
    /^\p{Lu}/u.test(token.text) &&
    !index.wordToCountry.has(token.text) &&
    !index.placeToCountry.has(toPlaceKey(token.text));
  const hyphenBefore =
    tokens[first - 1]?.text === '-' && !tokens[first - 1]?.spaced && !tokens[first]?.spaced;
  if (hyphenBefore && isOtherName(tokens[first - 2])) return true;
  const hyphenAfter =
    tokens[last + 1]?.text === '-' && !tokens[last + 1]?.spaced && !tokens[last + 2]?.spaced;
  return hyphenAfter && isOtherName(tokens[last + 2]);
}

function isActorUse(tokens: Token[], first: number, last: number): boolean {
  const after = tokens[last + 1];
  if (after && !after.spaced && after.text === "'" && tokens[last + 2]?.text === 's') return true;
  return !!after && after.spaced && ACTOR_FOLLOWERS.has(after.text);
}

function resolveSpecial(
  target: FormTarget,
  tokens: Token[],
  first: number,
  options: GazetteerOptions,
): { key: string; via: Via } {
  const date = options.date ?? null;
  if (target.special === 'congo') {
    // Between 1971 and 1997 the DRC was Zaire, so a bare "Congo" could only be Congo-Brazzaville.
    return { key: date && date < '1997-05-17' ? 'country:COG' : 'country:COD', via: target.via };
  }
  if (target.special === 'georgia') {
    // Before 1991 Georgia was a Soviet republic that news rarely named alone: "Georgia" was the US state.
    if (date && date < '1991-04-09') return { key: 'country:USA', via: 'place' };
    // "Atlanta, Georgia": a known US city before the comma.
    const city = tokens[first - 2]?.text;
    if (tokens[first - 1]?.text === ',' && city && getCountryKeyForPlace(city) === 'country:USA') {
      return { key: 'country:USA', via: 'place' };
    }
  }
  return { key: target.key, via: target.via };
}

/**
 * All country, organisation and media mentions in a text: non-overlapping, sorted by start, longest match
 * first, case-sensitive ("US" is the country, "us" the pronoun; "china" is porcelain).
 */
export function findGazetteerMentions(text: string, options: GazetteerOptions = {}): GazetteerMatch[] {
  const index = getGazetteerIndex();
  const tokens = toTokens(text);
  const matches: GazetteerMatch[] = [];
  const tokenSpans: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    let node: TrieNode | undefined = index.root;
    let best: { target: FormTarget; last: number } | undefined;
    for (let j = i; j < tokens.length && node; j++) {
      const token = tokens[j] as Token;
      node = node.next.get((j > i && token.spaced ? ' ' : '') + token.text);
      if (node?.target) best = { target: node.target, last: j };
    }
    if (!best) {
      i++;
      continue;
    }
    const { target, last } = best;
    const firstToken = tokens[i] as Token;
    const lastToken = tokens[last] as Token;
    const surface = text.slice(firstToken.start, lastToken.end);
    const accepted =
      target.type !== 'block' &&
      !((target.via === 'place' || target.via === 'capital') && isPartOfCompoundName(tokens, i, last)) &&
      !(CAPS_AMBIGUOUS.has(surface) && isInCapsLine(text, firstToken.start, lastToken.end)) &&
      !(GENERIC_TITLES.has(surface.toLowerCase()) && isFollowedByName(text, tokens, last)) &&
      !(
        (NAME_LIKE.has(surface) || target.via === 'place') &&
        isPartOfPersonName(text, tokens, i, last, surface)
      );
    if (accepted) {
      const { key, via } = resolveSpecial(target, tokens, i, options);
      const isCountry = target.type === 'country';
      matches.push({
        key: isCountry ? `country:${getCodeAtDate(key.slice('country:'.length), options.date)}` : key,
        type: target.type as GazetteerMatch['type'],
        start: firstToken.start,
        end: lastToken.end,
        surface,
        via,
        actor: via === 'capital' || via === 'place' ? isActorUse(tokens, i, last) : true,
      });
      tokenSpans.push([i, last]);
    }
    i = last + 1;
  }
  propagateCoordinatedActors(matches, tokens, tokenSpans);
  return addShortOrganizationNames(text, matches);
}

/**
 * "the Social Democratic Party of Japan ... the Social Democratic Party said": once an organisation named
 * "X of Y" appears in a text, a later (or earlier) bare "X" refers to it, overriding shorter matches inside
 * it ("Democratic Party"). With several candidates the nearest preceding full name wins.
 */
function addShortOrganizationNames(text: string, matches: GazetteerMatch[]): GazetteerMatch[] {
  const fullNames = new Map<string, GazetteerMatch[]>();
  for (const match of matches) {
    if (match.type === 'country') continue;
    const words = match.surface.split(/\s+/u);
    const ofIndex = words.indexOf('of');
    if (ofIndex < 2 || !/^\p{Lu}/u.test(match.surface)) continue;
    const prefix = words.slice(0, ofIndex).join(' ');
    const list = fullNames.get(prefix) ?? [];
    list.push(match);
    fullNames.set(prefix, list);
  }
  if (fullNames.size === 0) return matches;
  let result = matches;
  for (const [prefix, owners] of fullNames) {
    const pattern = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    for (const occurrence of text.matchAll(
      new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'gu'),
    )) {
      const start = occurrence.index;
      const end = start + occurrence[0].length;
      const crossed = result.some(
        (match) => match.start < end && match.end > start && (match.start < start || match.end > end),
      );
      if (crossed) continue;
      const owner = owners.filter((match) => match.start < start).at(-1) ?? (owners[0] as GazetteerMatch);
      const inside = (match: GazetteerMatch): boolean => match.start >= start && match.end <= end;
      result = [
        ...result.filter((match) => !inside(match)),
        { key: owner.key, type: owner.type, start, end, surface: occurrence[0], via: 'name', actor: true },
      ];
    }
  }
  return result.sort((a, b) => a.start - b.start);
}

/** "Beijing and Moscow agreed": a capital joined by "and" or a comma to an actor is an actor too. */
function propagateCoordinatedActors(
  matches: GazetteerMatch[],
  tokens: Token[],
  spans: [number, number][],
): void {
  for (let m = matches.length - 2; m >= 0; m--) {
    const match = matches[m] as GazetteerMatch;
    const next = matches[m + 1] as GazetteerMatch;
    const span = spans[m] as [number, number];
    const nextSpan = spans[m + 1] as [number, number];
    if (match.actor || !next.actor || (next.via !== 'capital' && next.via !== 'place')) continue;
    const between = tokens.slice(span[1] + 1, nextSpan[0]).map((token) => token.text);
    if (between.length === 1 && (between[0] === 'and' || between[0] === ',')) {
      const previous = previousWordIndex(tokens, span[0]);
      const previousText = previous >= 0 ? tokens[previous]?.text.toLowerCase() : undefined;
      if (!previousText || !LOCATIVE_WORDS.has(previousText)) match.actor = true;
    }
  }
}

/** "Chinese" -> 'country:CHN', "Norway" / "Norway's" -> 'country:NOR'; undefined when not a country word. */
export function getCountryKeyForWord(word: string): string | undefined {
  const trimmed = word.trim().replace(/['’]s?$/u, '');
  const { wordToCountry } = getGazetteerIndex();
  const direct = wordToCountry.get(trimmed);
  if (direct) return direct;
  if (trimmed === 'Congo' || trimmed === 'Congolese') return 'country:COD';
  if (trimmed === 'Georgia') return 'country:GEO';
  if (isUpperWord(trimmed.replace(/[^\p{L}]/gu, ''))) {
    for (const [form, key] of wordToCountry) if (form.toUpperCase() === trimmed) return key;
  }
  return undefined;
}

/** Normalised look-up key for a place name: case, spacing, apostrophes and trailing punctuation ignored. */
function toPlaceKey(place: string): string {
  return place
    .trim()
    .replace(/[’]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[\s,.-]+$/u, '')
    .toLowerCase();
}

/** Place (city, region, US state, dateline city like "NEW YORK", "TOKYO") -> 'country:XXX'. */
export function getCountryKeyForPlace(place: string): string | undefined {
  const normalized = toPlaceKey(place);
  if (!normalized) return undefined;
  const { placeToCountry } = getGazetteerIndex();
  return placeToCountry.get(normalized) ?? (normalized === 'georgia' ? 'country:GEO' : undefined);
}

const MONTH_PATTERN = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d/i;

/**
 * Country of a news dateline: "NEW YORK, Feb 26 -" -> 'country:USA'; a region after the city wins over the
 * city ("DUBLIN, Ohio, March 12 -" -> USA, "IJMUIDEN, The Netherlands, April 2 -" -> NLD).
 */
export function getCountryKeyForDateline(dateline: string): string | undefined {
  const parts = dateline
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part && !MONTH_PATTERN.test(part) && !/^[-\s]*$/.test(part));
  const withoutDate = (part: string | undefined): string | undefined =>
    part
      ?.replace(/\s+-+.*$/u, '')
      .replace(/\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d.*$/iu, '');
  const city = withoutDate(parts[0]);
  const region = withoutDate(parts[1]);
  if (region) {
    const key = getGazetteerIndex().regionToCountry.get(toPlaceKey(region)) ?? getCountryKeyForPlace(region);
    if (key) return key;
  }
  return city ? getCountryKeyForPlace(city) : undefined;
}

export function getCountryByKey(key: string): CountryEntry | undefined {
  return getGazetteerIndex().countriesByKey.get(key);
}

export function getOrganizationByKey(key: string): OrganizationEntry | undefined {
  return getGazetteerIndex().organizationsByKey.get(key);
}
