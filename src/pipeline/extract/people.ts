// People: capitalised name runs announced by a title ("Chinese President Xi Jinping"), an apposition
// ("Liu Jianchao, Minister of the ..."), a known given name, or a surname reused alone; then within-article
// coreference ("Xi" -> Xi Jinping, a bare "Wang" only to the Wang in focus), each with role and country votes;
// last, the gazetteer of well-known people names a surname the article never expands ("Putin met Xi") and
// fills in the country (and role) an article leaves unsaid ("President Reagan").
import type { ExtractGazetteer, PersonEntry } from './gazetteer-port.ts';
import {
  BARE_TITLE_OFFICES,
  COMPANY_WORDS,
  CHINESE_FAMILY_NAMES,
  COUNTRY_SPECIFIC_ROLES,
  FAMILY_NAME_FIRST,
  GIVEN_NAMES,
  TITLE_OBJECTS,
  HEADLINE_VERBS,
  HONORIFICS,
  NAME_PARTICLES,
  NON_NAME_WORDS,
  ROLES,
  STRONG_HONORIFICS,
  UK_PARTY_WORDS,
} from './lexicon.ts';
import { foldText, isCapitalized, stripPossessive, toPersonKey } from './text.ts';
import { isSpaceGap } from './tokens.ts';
import type { SentenceToken } from './tokens.ts';
import { isCommonNonNameWord, isKnownFirstName, isOrdinaryWord } from './word-classes.ts';

function isGivenName(word: string): boolean {
  return GIVEN_NAMES.has(word) || isKnownFirstName(word);
}

export interface PersonMention {
  key: string;
  start: number;
  end: number;
  sentence: number;
  /** Offsets of country/org tokens that only describe this person ("Chinese" in "Chinese President Xi"). */
  absorbed: Array<[number, number]>;
}

export interface PersonRecord {
  key: string;
  label: string;
  tokens: string[];
  aliases: Set<string>;
  roleVotes: Map<string, number>;
  countryVotes: Map<string, number>;
  firstSeen: number;
  /** The gazetteer's entry when this is a well-known person. */
  listed?: PersonEntry;
}

interface Description {
  role?: string;
  country?: string;
  counterpart: boolean;
  cue: boolean;
  absorbed: Array<[number, number]>;
}

interface Candidate {
  sentence: number;
  tokens: SentenceToken[];
  words: string[];
  start: number;
  end: number;
  titleTokens: SentenceToken[];
  description: Description;
  saidNearby: boolean;
}

/** Per-sentence tokens plus the facts about unknown organisations the people finder needs. */
export interface PeopleInput {
  text: string;
  sentences: ReadonlyArray<{ start: number; end: number; tokens: SentenceToken[] }>;
  gazetteer: ExtractGazetteer;
  /** Country node id of organisations found outside the gazetteer. */
  localOrgCountry: ReadonlyMap<string, string>;
  /** The country the article mentions most, for officials whose own country goes without saying. */
  mainCountry?: string;
  /** How often the article names each country. */
  countryCounts?: ReadonlyMap<string, number>;
  /** The article's date (YYYY-MM-DD): which well-known people a short form can name, and when roles held. */
  date?: string | null;
}

const TITLE_LOWER_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'to',
  'his',
  'her',
  'their',
  'its',
  'former',
  'late',
  'then',
  'foreign',
  'minister',
  'counterpart',
  'press',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'deputy',
  'vice',
  'prime',
  'secretary',
  'general',
  'president',
  'premier',
  'chief',
  'head',
  'leader',
  'chairman',
  'ambassador',
  'envoy',
  'newly',
  'sworn-in',
  'new',
  'acting',
  'affairs',
  'defence',
  'defense',
  'finance',
  'trade',
  'interior',
  'top',
  'senior',
  'outgoing',
  'incoming',
  'state',
  'councillor',
  'member',
  'mp',
  'party',
  'opposition',
  'official',
  'officials',
  'diplomat',
  'negotiator',
  'minister,',
  'counterparts',
  'ministry',
  'office',
  'federal',
]);
const COUNTERPART_WORDS = new Set(['counterpart', 'counterparts']);
const SAY_WORDS =
  /^(?:said|says|told|added|noted|stressed|stated|commented|explained|argued|wrote|warned|urged|announced|replied|asked|insisted)$/;

// One alternation, longest roles first, so "Foreign Minister" wins over "Minister" at the same place.
const ROLE_PATTERN = new RegExp(
  `(?<![\\p{L}-])(?:${[...ROLES]
    .sort((x, y) => y.length - x.length)
    .map((role) => role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}-])`,
  'giu',
);
const singleWordRoles = new Map<string, boolean>();
const GENERIC_ROLES = new Set(['member', 'official', 'delegate', 'deputy']);
const ROLE_WORD_SET = new Set(ROLES.filter((role) => !role.includes(' ')).map((role) => role.toLowerCase()));

// One label per office, so votes for "Minister of Foreign Affairs" and "Foreign Minister" add up.
const ROLE_SYNONYMS: Record<string, string> = {
  'minister of foreign affairs': 'Foreign Minister',
  'minister for foreign affairs': 'Foreign Minister',
  'vice-minister': 'Vice Minister',
  'vice-president': 'Vice President',
  'secretary-general': 'Secretary General',
  'director-general': 'Director General',
  'press spokesperson': 'Spokesperson',
  spokesman: 'Spokesperson',
  spokeswoman: 'Spokesperson',
  chairwoman: 'Chairman',
  chair: 'Chairman',
};

function toRoleLabel(role: string): string {
  const synonym = ROLE_SYNONYMS[role.toLowerCase()];
  if (synonym) return synonym;
  return role
    .split(/\s+/)
    .map((w, i) => {
      if (/^\p{Lu}{2,}$/u.test(w)) return w;
      if (i > 0 && /^(?:of|the|for|and)$/i.test(w)) return w.toLowerCase();
      return w
        .replace(/^\p{Ll}/u, (c) => c.toUpperCase())
        .replace(/-(\p{L})/gu, (_m, c: string) => `-${c.toLowerCase()}`);
    })
    .join(' ');
}

/** The role nearest the end of `phrase` (or nearest its start when `fromStart`), as written in title case. */
export function getRoleIn(phrase: string, fromStart = false): { role: string; index: number } | undefined {
  // Most calls ask about one word: answer those from a cache.
  if (!/\s/.test(phrase) && singleWordRoles.get(phrase) === false) return undefined;
  let best: { role: string; index: number } | undefined;
  ROLE_PATTERN.lastIndex = 0;
  // Generic roles ("member of the delegation and chair of ...") give way to a specific one in the same phrase.
  let generic: { role: string; index: number } | undefined;
  for (const match of phrase.matchAll(ROLE_PATTERN)) {
    const found = { role: match[0], index: match.index ?? 0 };
    if (GENERIC_ROLES.has(found.role.toLowerCase())) {
      if (!generic || !fromStart) generic = found;
      continue;
    }
    best = found;
    if (fromStart) break;
  }
  best ??= generic;
  if (!/\s/.test(phrase)) singleWordRoles.set(phrase, best !== undefined);
  return best ? { role: toRoleLabel(best.role.replace(/\s+/g, ' ')), index: best.index } : undefined;
}

function isNameWord(token: SentenceToken): boolean {
  // A place can also be a surname ("Mizuho Fukushima"); it joins a name only through the rules below.
  if (token.gazetteer) return token.gazetteer.via === 'place' && /^\p{Lu}\p{Ll}+$/u.test(token.text);
  const word = stripPossessive(token.text);
  // Arabic names: "Ali al-Khalifa al-Sabah".
  if (/^(?:al|el|ad|as|ash|an|ar|at|az|ul)-\p{Lu}/u.test(word)) return true;
  if (!/^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(word)) return false;
  return true;
}

function getCountryOfToken(token: SentenceToken, input: PeopleInput): string | undefined {
  const match = token.gazetteer;
  if (!match) return undefined;
  if (match.type === 'country')
    return match.via === 'capital' || match.via === 'place' ? undefined : match.key;
  if (match.type === 'organization') {
    const local = input.localOrgCountry.get(match.key);
    if (local) return local;
    const org = input.gazetteer.getOrganizationByKey(match.key);
    return org?.country ? `country:${org.country}` : undefined;
  }
  return undefined;
}

function getPartyCountry(phrase: string, role: string | undefined, westminster: boolean): string | undefined {
  for (const word of UK_PARTY_WORDS) {
    if (new RegExp(`\\b${word}\\b`).test(phrase) && (westminster || role === 'MP')) return 'country:GBR';
  }
  return undefined;
}

// Gazetteer tokens written with a possessive ("Labour's"): a possessive before a name marks an affiliation.
const possessiveTokens = new WeakSet<SentenceToken>();

/** Title phrase tokens right before a name, walking back over titles, demonyms, orgs and connectors. */
function getTitleTokensBefore(
  text: string,
  tokens: readonly SentenceToken[],
  index: number,
): SentenceToken[] {
  const phrase: SentenceToken[] = [];
  let i = index - 1;
  while (i >= 0 && phrase.length < 25) {
    const token = tokens[i];
    const after = tokens[i + 1];
    if (!token || !after) break;
    const gap = text.slice(token.end, after.start);
    const lower = token.text.toLowerCase();
    const commaAllowed =
      phrase.length === 0 &&
      /^\s*,\s*$/.test(gap) &&
      /^(?:counterpart|spokesperson|spokesman|spokeswoman)$/.test(lower);
    // "... Communist Party of China (CPC) Central Committee": an acronym in parentheses stays in the title.
    const parenthesis =
      /^\s*[()]\s*$/.test(gap) && (/^\p{Lu}{2,}$/u.test(token.text) || /^\p{Lu}{2,}$/u.test(after.text));
    // "Labour's Louise Jones", "Namibia’s newly sworn-in President": the gazetteer match leaves the 's outside.
    const possessive = token.gazetteer !== undefined && /^['’]s\s+$/.test(gap);
    if (possessive) possessiveTokens.add(token);
    if (
      !isSpaceGap(gap) &&
      !commaAllowed &&
      !parenthesis &&
      !possessive &&
      !(gap === '' && /^['’]s$/.test(after.text))
    )
      break;
    if (token.gazetteer) {
      if (token.gazetteer.type === 'media') break;
    } else if (
      !isCapitalized(token.text) &&
      !TITLE_LOWER_WORDS.has(lower) &&
      !ROLE_WORD_SET.has(lower) &&
      !/^['’]s$/.test(token.text)
    )
      break;
    else if (
      isCapitalized(token.text) &&
      NON_NAME_WORDS.has(lower) &&
      !HONORIFICS.has(token.text) &&
      !/^(?:foreign|affairs|national|international|party|state|office|ministry|central|people|peoples|political|committee|council|union|republic|kingdom|government|new|democratic|socialist|communist|labour|conservative|reform|liberal|green|the|of|and|for)$/.test(
        lower,
      )
    )
      break;
    phrase.unshift(token);
    i--;
  }
  while (phrase.length > 0 && /^(?:of|the|and|for|to|his|her|their|its)$/i.test(phrase[0]?.text ?? ''))
    phrase.shift();
  return phrase;
}

function describe(
  text: string,
  phraseTokens: readonly SentenceToken[],
  input: PeopleInput,
  westminster: boolean,
  fromStart: boolean,
): Description {
  const description: Description = { counterpart: false, cue: false, absorbed: [] };
  if (phraseTokens.length === 0) return description;
  const first = phraseTokens[0];
  const last = phraseTokens[phraseTokens.length - 1];
  if (!first || !last) return description;
  const phrase = text.slice(first.start, last.end);
  const role = getRoleIn(phrase, fromStart);
  if (role) {
    description.role = role.role;
    description.cue = true;
  }
  const counterpartIndex = phraseTokens.findIndex((t) => COUNTERPART_WORDS.has(t.text.toLowerCase()));
  if (counterpartIndex >= 0) {
    description.counterpart = true;
    description.cue = true;
    const before = phraseTokens[counterpartIndex - 1];
    const country = before ? getCountryOfToken(before, input) : undefined;
    if (country) description.country = country;
  }
  for (let i = 0; i < phraseTokens.length; i++) {
    const token = phraseTokens[i];
    if (!token?.gazetteer || token.gazetteer.type === 'media') continue;
    // "Ambassador to the U.K.": the posting, not the person's own country.
    const previous = phraseTokens[i - 1]?.text.toLowerCase();
    const pre2 = phraseTokens[i - 2]?.text.toLowerCase();
    const posting = previous === 'to' || (previous === 'the' && pre2 === 'to') || previous === 'in';
    const country = getCountryOfToken(token, input);
    if (!posting) description.absorbed.push([token.start, token.end]);
    if (!description.country && country && !posting) description.country = country;
    // A possessive right before the name ("Labour's Louise Jones") announces a person; a bare demonym does not.
    if (i === phraseTokens.length - 1 && (possessiveTokens.has(token) || /['’]s$/.test(token.text)))
      description.cue = true;
  }
  if (!description.country && description.role) {
    const specific = COUNTRY_SPECIFIC_ROLES[description.role.toLowerCase()];
    if (specific) description.country = `country:${specific}`;
  }
  if (!description.country) {
    const party = getPartyCountry(phrase, description.role, westminster);
    if (party) {
      description.country = party;
      description.cue = true;
    }
  }
  return description;
}

/** Apposition right after a name: ", Minister of the International Department ..." or " (president of ...)". */
function getApposition(
  text: string,
  tokens: readonly SentenceToken[],
  nameEndIndex: number,
  sentenceEnd: number,
): SentenceToken[] {
  const nameEnd = tokens[nameEndIndex]?.end ?? 0;
  const opener = text.slice(nameEnd, nameEnd + 3).match(/^\s*([,(])\s*/);
  if (!opener) return [];
  const closer = opener[1] === '(' ? ')' : ',';
  const out: SentenceToken[] = [];
  for (let i = nameEndIndex + 1; i < tokens.length && out.length < 16; i++) {
    const token = tokens[i];
    if (!token || token.start >= sentenceEnd) break;
    const previousEnd = i === nameEndIndex + 1 ? nameEnd + opener[0].length - 1 : (tokens[i - 1]?.end ?? 0);
    const gap = text.slice(previousEnd + (i === nameEndIndex + 1 ? 1 : 0), token.start);
    if (i > nameEndIndex + 1 && (gap.includes(closer) || /[;:.!?"“”]/.test(gap))) break;
    if (/^(?:said|says|told|added|noted|who|which|that|has|had|is|was|will|would|met|held)$/.test(token.text))
      break;
    out.push(token);
  }
  // Only a role near the start makes this a description ("the organization's president", "a consultant").
  const head = out.slice(0, 6);
  const headText = head.length > 0 ? text.slice(head[0]?.start ?? 0, head[head.length - 1]?.end ?? 0) : '';
  if (!getRoleIn(headText) && !head.some((t) => COUNTERPART_WORDS.has(t.text.toLowerCase()))) return [];
  return out;
}

function addVote(votes: Map<string, number>, value: string | undefined, weight = 1): void {
  if (value) votes.set(value, (votes.get(value) ?? 0) + weight);
}

/** All person mentions of one article with their records, after within-article coreference. */
export function findPeople(input: PeopleInput): {
  people: Map<string, PersonRecord>;
  mentions: PersonMention[];
} {
  const { text } = input;
  const westminster =
    /\b(?:House of Commons|the Commons|Westminster|Reform UK|Downing Street|Foreign Secretary)\b/.test(text);
  const candidates: Candidate[] = [];

  input.sentences.forEach((sentence, sentenceIndex) => {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token || !isNameWord(token)) continue;
      // A maximal run of capitalised words (particles allowed inside) joined by single spaces.
      let j = i;
      while (j + 1 < tokens.length) {
        const next = tokens[j + 1];
        const current = tokens[j];
        if (!next || !current || !isSpaceGap(text.slice(current.end, next.start))) break;
        if (/['’]s$/.test(current.text)) break;
        if (isNameWord(next)) {
          j++;
          continue;
        }
        const afterParticle = tokens[j + 2];
        if (
          !next.gazetteer &&
          NAME_PARTICLES.has(next.text.toLowerCase()) &&
          afterParticle &&
          isNameWord(afterParticle) &&
          isSpaceGap(text.slice(next.end, afterParticle.start))
        ) {
          j += 2;
          continue;
        }
        break;
      }
      let run = tokens.slice(i, j + 1);
      i = j;
      const verbAt = run.findIndex((t, n) => n > 0 && HEADLINE_VERBS.has(t.text));
      if (verbAt > 0) run = run.slice(0, verbAt);
      if (run.length > 1 && run[0]?.gazetteer) continue;
      // Leading titles and sentence-starting words are not part of the name.
      const isTitleWord = (t: SentenceToken | undefined, n: number): boolean => {
        const word = t?.text ?? '';
        if (HONORIFICS.has(word) || getRoleIn(word) !== undefined) return true;
        // "Chief of Staff Donald Regan", "Chancellor of the Exchequer Nigel Lawson".
        return (
          n === 0 &&
          TITLE_OBJECTS.has(word) &&
          /^(?:of|the)$/.test(tokens[tokens.indexOf(t as SentenceToken) - 1]?.text ?? '')
        );
      };
      let k = 0;
      while (
        k < run.length &&
        (isTitleWord(run[k], k) ||
          NON_NAME_WORDS.has((run[k]?.text ?? '').toLowerCase()) ||
          (k === 0 &&
            /^\p{Lu}\p{Ll}+(?:ing|ed|ly)$/u.test(run[k]?.text ?? '') &&
            !isGivenName(run[k]?.text ?? '')))
      )
        k++;
      // "Finance Minister Dilson Funaro", "Bell Petroleum President Ed Runyan": everything up to the last title.
      for (let n = run.length - 2; n >= k; n--) {
        if (isTitleWord(run[n], n) && !HONORIFICS.has(run[n + 1]?.text ?? '')) {
          k = n + 1;
          break;
        }
      }
      const titleInRun = run.slice(0, k);
      const nameTokens = run.slice(k);
      if (nameTokens.length === 0 || nameTokens.length > 5) continue;
      const words = nameTokens.map((t, n) =>
        n === nameTokens.length - 1 ? stripPossessive(t.text) : t.text,
      );
      if (
        words.some(
          (w) =>
            (NON_NAME_WORDS.has(w.toLowerCase()) ||
              COMPANY_WORDS.has(w.toLowerCase()) ||
              isCommonNonNameWord(w)) &&
            !NAME_PARTICLES.has(w.toLowerCase()),
        )
      )
        continue;
      if (words.some((w) => /^\p{Lu}{2,}$/u.test(w) || /\d/.test(w) || w.endsWith('.') || w.length < 2))
        continue;
      if (words.some((w) => input.gazetteer.getCountryKeyForWord(w) !== undefined)) continue;
      // "Interior Minister", "Nobel Prize-winning": a title or a compound adjective, not a name.
      if (ROLE_WORD_SET.has((words[words.length - 1] ?? '').toLowerCase())) continue;
      if (words.some((w) => /-(?:winning|based|led|backed|owned|run|born|made)$/i.test(w))) continue;
      if (NAME_PARTICLES.has((words[0] ?? '').toLowerCase()) && words.length === 1) continue;
      const firstName = nameTokens[0];
      const lastName = nameTokens[nameTokens.length - 1];
      if (!firstName || !lastName) continue;
      const runIndex = tokens.indexOf(run[0] as SentenceToken);
      const nameEndIndex = tokens.indexOf(lastName);
      const before = getTitleTokensBefore(text, tokens, runIndex);
      const titleTokens = [...before, ...titleInRun];
      const description = describe(text, titleTokens, input, westminster, false);
      const apposition = getApposition(text, tokens, nameEndIndex, sentence.end);
      if (apposition.length > 0) {
        const extra = describe(text, apposition, input, westminster, true);
        if (!description.role && extra.role) description.role = extra.role;
        if (!description.country && extra.country) description.country = extra.country;
        description.counterpart ||= extra.counterpart;
        description.cue = true;
        description.absorbed.push(...extra.absorbed);
      }
      // "Minister Liu Jianchao of the International Department of the CPC ...": the org is his affiliation.
      if (description.role) {
        let k = nameEndIndex + 1;
        if (tokens[k]?.text === 'of' && isSpaceGap(text.slice(lastName.end, tokens[k]?.start ?? 0))) {
          k++;
          if (tokens[k]?.text === 'the') k++;
          while (tokens[k]?.gazetteer && tokens[k]?.gazetteer?.type !== 'media') {
            const org = tokens[k] as SentenceToken;
            description.absorbed.push([org.start, org.end]);
            if (!description.country) description.country = getCountryOfToken(org, input);
            k++;
            if (tokens[k]?.text === 'of' || tokens[k]?.text === 'the') k++;
            if (tokens[k]?.text === 'the') k++;
          }
        }
      }
      if (titleInRun.some((t) => STRONG_HONORIFICS.has(t.text))) description.cue = true;
      const nextWord = tokens[nameEndIndex + 1];
      const previousWord = tokens[runIndex - 1];
      const saidNearby =
        (nextWord !== undefined &&
          SAY_WORDS.test(nextWord.text) &&
          isSpaceGap(text.slice(lastName.end, nextWord.start))) ||
        (previousWord !== undefined && SAY_WORDS.test(previousWord.text));
      const end = lastName.start + stripPossessive(lastName.text).length;
      candidates.push({
        sentence: sentenceIndex,
        tokens: nameTokens,
        words,
        start: firstName.start,
        end,
        titleTokens,
        description,
        saidNearby,
      });
    }
  });

  const people = new Map<string, PersonRecord>();
  const singleWords = new Set(
    candidates.filter((c) => c.words.length === 1).map((c) => foldText(c.words[0] ?? '')),
  );
  const isSubsequence = (short: readonly string[], long: readonly string[]): boolean => {
    if (short.length >= long.length) return false;
    const a = short.map((w) => foldText(w));
    const b = long.map((w) => foldText(w));
    const prefix = a.every((w, n) => w === b[n]);
    const suffix = a.every((w, n) => w === b[b.length - a.length + n]);
    return prefix || suffix;
  };

  const ensure = (label: string, words: string[], position: number, listed?: PersonEntry): PersonRecord => {
    const key = toPersonKey(label);
    let record = people.get(key);
    if (!record) {
      record = {
        key,
        label,
        tokens: words,
        aliases: new Set(),
        roleVotes: new Map(),
        countryVotes: new Map(),
        firstSeen: position,
      };
      people.set(key, record);
    }
    if (listed) record.listed ??= listed;
    return record;
  };
  const ensureListed = (entry: PersonEntry, position: number): PersonRecord =>
    ensure(entry.name, entry.name.split(' '), position, entry);
  // Names and short forms the gazetteer resolved, for spellings that are no part of the full name ("Lula").
  const listedByWords = new Map<string, PersonRecord>();

  // Full names first, longest first, so "Rebelo de Sousa" becomes a short form of "Marcelo Rebelo de Sousa".
  const resolvedCandidate = new Map<Candidate, PersonRecord>();
  const multi = candidates
    .filter((c) => c.words.length >= 2)
    .sort((a, b) => b.words.length - a.words.length || a.start - b.start);
  for (const candidate of multi) {
    const known = [...people.values()].find(
      (p) => isSubsequence(candidate.words, p.tokens) || p.tokens.join(' ') === candidate.words.join(' '),
    );
    if (known) continue;
    // A well-known person under one of their full names: the gazetteer's label, so nodes merge across spellings.
    const listed = input.gazetteer.getPersonForName(candidate.words.join(' '));
    if (listed) {
      listedByWords.set(candidate.words.join(' '), ensureListed(listed, candidate.start));
      continue;
    }
    const first = foldText(candidate.words[0] ?? '');
    const last = foldText(candidate.words[candidate.words.length - 1] ?? '');
    // A place inside a name ("Mizuho Fukushima") needs a known first name before it ("Air Atlanta" is not one).
    if (candidate.tokens.some((t) => t.gazetteer) && !isGivenName(candidate.words[0] ?? '')) continue;
    // Without a title or a known first name, a run of ordinary words is a company ("Hughes Tool said").
    const plain = !candidate.words.some((w) => isOrdinaryWord(w));
    const accepted =
      candidate.description.cue ||
      isGivenName(candidate.words[0] ?? '') ||
      (FAMILY_NAME_FIRST.has(candidate.words[0] ?? '') && candidate.words.length <= 3) ||
      (plain && candidate.saidNearby) ||
      (plain && singleWords.has(last) && candidate.words.length <= 4) ||
      (plain && singleWords.has(first) && candidate.words.length === 2);
    if (!accepted) continue;
    ensure(candidate.words.join(' '), candidate.words, candidate.start);
  }
  // Well-known people by a short form the article never expands ("Putin met Xi"), once the rules have had
  // their say: a full name in the article ("Nancy Reagan") keeps its surname.
  for (const candidate of candidates) {
    const joined = candidate.words.join(' ');
    if (listedByWords.has(joined)) continue;
    if (
      people.has(toPersonKey(joined)) ||
      [...people.values()].some((p) => !p.listed && isSubsequence(candidate.words, p.tokens))
    )
      continue;
    const entry = input.gazetteer.getPersonForShortForm(joined, input.date);
    if (!entry || isAmbiguousAtSentenceStart(candidate, input)) continue;
    listedByWords.set(joined, ensureListed(entry, candidate.start));
  }
  // Surname-only people: a single word under a strong title with no full name in the article ("President Putin").
  for (const candidate of candidates) {
    const lastTitle = candidate.titleTokens[candidate.titleTokens.length - 1];
    if (
      candidate.words.length !== 1 ||
      !lastTitle ||
      lastTitle.gazetteer ||
      lastTitle.end + 1 !== candidate.start
    )
      continue;
    if (!STRONG_HONORIFICS.has(lastTitle.text) && !getRoleIn(lastTitle.text)) continue;
    if (candidate.tokens[0]?.gazetteer || isOrdinaryWord(candidate.words[0] ?? '')) continue;
    const word = candidate.words[0] ?? '';
    const matches = [...people.values()].filter(
      (p) => isSubsequence([word], p.tokens) || p.tokens.join(' ') === word,
    );
    if (matches.length === 0 && /^\p{Lu}\p{Ll}/u.test(word)) ensure(word, [word], candidate.start);
  }

  // Resolve every candidate in text order; ambiguous short forms go to the person most recently in focus.
  const lastSeen = new Map<string, number>();
  const ordered = [...candidates].sort((a, b) => a.start - b.start);
  const mentions: PersonMention[] = [];
  for (const candidate of ordered) {
    const joined = candidate.words.join(' ');
    let record = people.get(toPersonKey(joined));
    if (!record || record.tokens.length !== candidate.words.length) {
      const options = [...people.values()].filter((p) => isSubsequence(candidate.words, p.tokens));
      if (options.length === 1) record = options[0];
      else if (options.length > 1) {
        const inFocus = options
          .filter((p) => lastSeen.has(p.key))
          .sort((a, b) => (lastSeen.get(b.key) ?? 0) - (lastSeen.get(a.key) ?? 0));
        record = inFocus[0];
      } else record = people.get(toPersonKey(joined));
    }
    record ??= listedByWords.get(joined);
    if (!record) continue;
    resolvedCandidate.set(candidate, record);
    lastSeen.set(record.key, candidate.start);
    const surface = text.slice(candidate.start, candidate.end);
    if (surface !== record.label) record.aliases.add(surface.replace(/\s+/g, ' '));
    // "President Xi Jinping", "Mr Lammy": the title words right before the name, as an alias.
    const title: SentenceToken[] = [];
    for (let n = candidate.titleTokens.length - 1; n >= 0 && title.length < 3; n--) {
      const t = candidate.titleTokens[n] as SentenceToken;
      const next = title[0];
      const adjacent = next ? isSpaceGap(text.slice(t.end, next.start)) : t.end + 1 === candidate.start;
      if (t.gazetteer || !adjacent || !(HONORIFICS.has(t.text) || getRoleIn(t.text))) break;
      if (!isCapitalized(t.text) || /^(?:Former|Late|Acting|Outgoing|Incoming)$/.test(t.text)) break;
      title.unshift(t);
    }
    if (title.length > 0) {
      record.aliases.add(
        `${text.slice(title[0]?.start ?? 0, title[title.length - 1]?.end ?? 0)} ${surface}`.replace(
          /\s+/g,
          ' ',
        ),
      );
    }
    addVote(record.roleVotes, candidate.description.role);
    addVote(record.countryVotes, candidate.description.country);
    mentions.push({
      key: record.key,
      start: candidate.start,
      end: candidate.end,
      sentence: candidate.sentence,
      absorbed: candidate.description.absorbed,
    });
  }

  // "his Russian counterpart Vladimir Putin": the counterpart holds the same office as the other person named.
  for (const candidate of ordered) {
    const record = resolvedCandidate.get(candidate);
    if (!record || !candidate.description.counterpart || candidate.description.role) continue;
    const others = ordered.filter(
      (c) => c.sentence === candidate.sentence && c !== candidate && resolvedCandidate.get(c) !== record,
    );
    // Else the person last named before, when the subject is a pronoun ("He ... with his Portuguese counterpart").
    const earlier = ordered
      .filter(
        (c) =>
          c.start < candidate.start && c.sentence < candidate.sentence && resolvedCandidate.get(c) !== record,
      )
      .reverse();
    const withRole = [...others, ...earlier]
      .map((c) => resolvedCandidate.get(c))
      .find((p) => p && p.roleVotes.size > 0);
    if (withRole) addVote(record.roleVotes, getMajority(withRole.roleVotes));
  }
  mentions.push(...findBareTitleMentions(input, mentions, people));
  mentions.sort((a, b) => a.start - b.start);
  for (const record of people.values()) {
    record.aliases.delete(record.label);
    const listed = record.listed;
    // What the article says wins; the gazetteer's role only within the years it was held.
    if (listed && record.roleVotes.size === 0 && input.gazetteer.isPersonRoleHeldAt(listed, input.date))
      addVote(record.roleVotes, listed.role);
    const role = getMajority(record.roleVotes);
    if (record.countryVotes.size === 0 && role) {
      const specific = COUNTRY_SPECIFIC_ROLES[role.toLowerCase()];
      if (specific) addVote(record.countryVotes, `country:${specific}`);
      else if (role === 'MP' && westminster) addVote(record.countryVotes, 'country:GBR');
    }
    // Heads of international bodies speak for the body, not for their home state.
    if (listed && record.countryVotes.size === 0 && !listed.organization)
      addVote(record.countryVotes, `country:${listed.country}`);
    if (
      record.countryVotes.size === 0 &&
      (input.mainCountry === 'country:CHN' ||
        (input.countryCounts?.get('country:CHN') ?? 0) >= 3 ||
        ((input.countryCounts?.get('country:CHN') ?? 0) >= 2 && record.roleVotes.size > 0)) &&
      !listed &&
      record.tokens.length >= 2 &&
      CHINESE_FAMILY_NAMES.has(record.tokens[0] ?? '')
    ) {
      addVote(record.countryVotes, 'country:CHN');
    }
  }
  return { people, mentions };
}

/**
 * A short form that opens a sentence and is also an ordinary English word may be that word, capitalised only
 * by its position; a title before it settles the matter.
 */
function isAmbiguousAtSentenceStart(candidate: Candidate, input: PeopleInput): boolean {
  const first = input.sentences[candidate.sentence]?.tokens[0];
  if (!first || first.start !== candidate.start || candidate.titleTokens.length > 0) return false;
  return candidate.words.some((w) => isOrdinaryWord(w) || isCommonNonNameWord(w));
}

/**
 * "Sarah Pochin had asked the Foreign Secretary ...": a bare office refers to the person in focus from earlier
 * sentences when that person is named at least twice and holds no other office.
 */
function findBareTitleMentions(
  input: PeopleInput,
  mentions: readonly PersonMention[],
  people: ReadonlyMap<string, PersonRecord>,
): PersonMention[] {
  const found: PersonMention[] = [];
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  input.sentences.forEach((sentence, index) => {
    const local = input.text.slice(sentence.start, sentence.end);
    for (const match of local.matchAll(
      /\bthe ((?:Foreign|Home) Secretary|Prime Minister|Foreign Minister|Chancellor|Secretary of State)\b(?![ \u00a0]+\p{Lu})/gu,
    )) {
      const office = match[1] ?? '';
      if (!BARE_TITLE_OFFICES.has(office)) continue;
      const earlier = mentions.filter((m) => m.sentence < index);
      const focus = earlier[earlier.length - 1];
      const record = focus ? people.get(focus.key) : undefined;
      if (!focus || !record || (counts.get(focus.key) ?? 0) < 2) continue;
      const role = getMajority(record.roleVotes);
      if (role && role !== office) continue;
      const start = sentence.start + (match.index ?? 0) + 4;
      addVote(record.roleVotes, office);
      found.push({ key: record.key, start, end: start + office.length, sentence: index, absorbed: [] });
    }
  });
  return found;
}

/** The value with most votes; ties go to the lexicographically smallest so the result never depends on order. */
export function getMajority(votes: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [value, count] of votes) {
    if (count > bestCount || (count === bestCount && best !== undefined && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
