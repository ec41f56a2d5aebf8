// Organisations the gazetteer does not know: capitalised names ending in an org head word ("Chinese People’s
// Association for Peace and Disarmament"), with an acronym in parentheses right after taken as an alias.
import type { ExtractGazetteer } from './gazetteer-port.ts';
import { NON_NAME_WORDS, ORG_BODY_PREFIXES, ORG_HEADS, ROLES } from './lexicon.ts';
import { foldText, isCapitalized, stripPossessive, toSlug } from './text.ts';
import { isSpaceGap } from './tokens.ts';
import type { SentenceToken } from './tokens.ts';

export interface OrganizationMention {
  key: string;
  label: string;
  start: number;
  end: number;
  country?: string;
  acronym?: string;
}

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'for']);
const ROLE_WORDS = new Set(
  ROLES.flatMap((role) => role.split(/\s+/))
    .map((w) => w.toLowerCase())
    .filter(
      (w) =>
        ![
          'of',
          'the',
          'foreign',
          'affairs',
          'state',
          'for',
          'crown',
          'supreme',
          'group',
          'standing',
          'committee',
          'office',
          'federal',
        ].includes(w),
    ),
);
// Modifiers so generic that "<modifier> <Head>" names no particular body ("Foreign Ministry", "State Council").
const GENERIC_MODIFIERS = new Set([
  'foreign',
  'central',
  'national',
  'state',
  'executive',
  'standing',
  'political',
  'general',
  'federal',
  'supreme',
  'local',
  'regional',
  'provincial',
  'municipal',
  'city',
  'people',
  "people's",
  'peoples',
  'international',
  'european',
  'world',
  'global',
  'new',
  'the',
  'this',
  'that',
  'our',
  'their',
  'his',
  'her',
  'security',
  'defence',
  'defense',
  'finance',
  'commerce',
  'trade',
  'planning',
  'party',
  'ruling',
  'opposition',
  'interior',
  'justice',
  'home',
  'health',
  'education',
  'agriculture',
  'energy',
  'economy',
  'culture',
]);

function isNameLike(token: SentenceToken, allowRoleWords = false): boolean {
  if (token.gazetteer) return token.gazetteer.type !== 'media';
  return isCapitalized(token.text) && (allowRoleWords || !ROLE_WORDS.has(token.text.toLowerCase()));
}

function isHeadToken(token: SentenceToken): boolean {
  if (token.gazetteer)
    return token.gazetteer.type === 'organization' && ORG_HEADS.has(token.text.split(/\s+/).pop() ?? '');
  return ORG_HEADS.has(token.text);
}

function getInitials(tokens: readonly SentenceToken[]): string {
  return tokens
    .map((t) => {
      if (/^\p{Lu}{2,}$/u.test(t.text)) return t.text;
      return isCapitalized(t.text) ? (t.text[0] ?? '') : '';
    })
    .join('');
}

/** Unknown organisations in one sentence's tokens. `taken` marks offsets already owned by gazetteer orgs. */
export function findUnknownOrganizations(
  text: string,
  tokens: readonly SentenceToken[],
  gazetteer: ExtractGazetteer,
): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  let lastEnd = -1;
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h];
    if (!head || head.start < lastEnd) continue;
    if (head.gazetteer) {
      // "Social Democratic Party" where the gazetteer only knows "Democratic Party": the longer name wins.
      const prev = tokens[h - 1];
      if (
        !isHeadToken(head) ||
        !prev ||
        prev.gazetteer ||
        !isCapitalized(prev.text) ||
        !isSpaceGap(text.slice(prev.end, head.start))
      )
        continue;
      if (NON_NAME_WORDS.has(prev.text.toLowerCase()) && !GENERIC_MODIFIERS.has(prev.text.toLowerCase()))
        continue;
    } else if (!ORG_HEADS.has(stripPossessive(head.text))) continue;
    // Extend left over capitalised words and connectors, stopping at role words ("Minister of the ...").
    let first = h;
    while (first > 0) {
      const prev = tokens[first - 1];
      const gap = prev ? text.slice(prev.end, tokens[first]?.start ?? prev.end) : '';
      if (!prev || !isSpaceGap(gap)) break;
      // "Prime Minister Bettino Craxi's Socialist Party": a possessive ends the name, bar "People's" and kin.
      if (
        /['’]s?$/.test(prev.text) &&
        !/^(?:People|Peoples|Children|Women|Workers|Veterans)['’]s?$/.test(prev.text)
      )
        break;
      // A role word inside a name ("General Electric Co") but not a title before one ("Minister of the ...").
      if (isNameLike(prev) || (isNameLike(prev, true) && !CONNECTORS.has(tokens[first]?.text ?? ''))) {
        first--;
        continue;
      }
      // "Securities and Exchange Commission", "Ways and Means Committee": "and" between two capitalised words.
      const beforeAnd = tokens[first - 2];
      // Not when a country word follows "and": "Ali and Chinese Foreign Ministry" names two actors.
      if (
        prev.text === 'and' &&
        beforeAnd &&
        !beforeAnd.gazetteer &&
        tokens[first]?.gazetteer?.type !== 'country' &&
        isNameLike(beforeAnd) &&
        !CONNECTORS.has(tokens[first]?.text ?? '') &&
        isSpaceGap(text.slice(beforeAnd.end, prev.start))
      ) {
        first -= 2;
        continue;
      }
      // Cross "of the" / "and" leftwards only into another body ("International Department of the CPC ...").
      if (CONNECTORS.has(prev.text)) {
        let k = first - 1;
        while (k > 0 && CONNECTORS.has(tokens[k]?.text ?? '')) k--;
        const left = tokens[k];
        if (
          left &&
          !CONNECTORS.has(left.text) &&
          isNameLike(left) &&
          isHeadToken(left) &&
          isSpaceGap(text.slice(left.end, tokens[k + 1]?.start ?? left.end))
        ) {
          first = k;
          continue;
        }
      }
      break;
    }
    // Gerunds and sentence openers are not part of a name ("Implementing the Guiding Principles ...").
    while (
      first < h &&
      !tokens[first]?.gazetteer &&
      /ing$|^(?:The|A|An|This|That|These|Those|Meanwhile|Also|Both|Neither|Either|But|And|While|When|After|Before|Since|Although|However|Then|Today|Yesterday)$/.test(
        tokens[first]?.text ?? '',
      )
    )
      first++;
    // Extend right: "of/for" + capitalised run ("Party of Japan", "Association for Peace and Disarmament").
    let last = h;
    for (;;) {
      const next = tokens[last + 1];
      if (!next || !isSpaceGap(text.slice(tokens[last]?.end ?? 0, next.start))) break;
      if (
        (isNameLike(next) ||
          (isNameLike(next, true) &&
            (ORG_HEADS.has(next.text) || CONNECTORS.has(tokens[last]?.text ?? '')))) &&
        (last > h || next.gazetteer || ORG_HEADS.has(next.text) || CONNECTORS.has(tokens[last]?.text ?? ''))
      ) {
        last++;
        continue;
      }
      if ((next.text === 'of' || next.text === 'for' || next.text === 'and') && last + 2 < tokens.length) {
        let k = last + 2;
        if (tokens[k]?.text === 'the') k++;
        const after = tokens[k];
        if (
          after &&
          isNameLike(after, true) &&
          isSpaceGap(text.slice(tokens[k - 1]?.end ?? 0, after.start))
        ) {
          // "and" joins words of one name ("Peace and Disarmament"), not a second organisation.
          if (next.text === 'and') {
            let r = k;
            while (
              tokens[r + 1] &&
              isNameLike(tokens[r + 1] as SentenceToken, true) &&
              isSpaceGap(text.slice(tokens[r]?.end ?? 0, tokens[r + 1]?.start ?? 0))
            )
              r++;
            const joined = tokens.slice(k, r + 1);
            if (joined.some((t) => t.gazetteer || isHeadToken(t))) break;
          }
          last = k;
          continue;
        }
      }
      break;
    }
    while (first < h && (CONNECTORS.has(tokens[first]?.text ?? '') || tokens[first]?.text === 'The')) first++;
    while (last > h && CONNECTORS.has(tokens[last]?.text ?? '')) last--;
    let span = tokens.slice(first, last + 1);
    if (span.length < 2) continue;

    // An acronym in parentheses right after: "(CPAPD)".
    const endToken = tokens[last];
    if (!endToken) continue;
    const acronymMatch = text.slice(endToken.end).match(/^\s*\((\p{Lu}[\p{Lu}\p{N}&-]{1,11})\)/u);
    const acronym = acronymMatch?.[1];
    if (acronym) {
      // Prefer the shortest suffix whose initials spell the acronym ("Chinese People’s Political Consultative Conference").
      for (let s = 0; s < span.length - 1; s++) {
        const suffix = span.slice(s);
        if (!isCapitalized(suffix[0]?.text ?? '') && !suffix[0]?.gazetteer) continue;
        if (getInitials(suffix) === acronym) {
          span = suffix;
          break;
        }
      }
    }
    const spanFirst = span[0];
    if (!spanFirst) continue;
    const surface = stripPossessive(text.slice(spanFirst.start, endToken.end));
    if (ORG_BODY_PREFIXES.some((p) => surface.startsWith(p))) continue;
    // A gazetteer org covering the span's own words is the same organisation.
    const isGeneric = (t: SentenceToken): boolean =>
      !t.gazetteer && GENERIC_MODIFIERS.has(stripPossessive(foldText(t.text)).toLowerCase());
    const modifiers = span.filter(
      (t) => t !== head && !CONNECTORS.has(t.text) && !(ORG_HEADS.has(t.text) && !t.gazetteer),
    );
    if (modifiers.length === 0 && !head.gazetteer) continue;
    // A body of a known org ("CPC Central Committee", "CPPCC National Committee") is that org.
    const gazetteerOrgs = span.filter((t) => t.gazetteer && t.gazetteer.type !== 'country');
    if (gazetteerOrgs.length === 1 && !head.gazetteer && modifiers.every((t) => t.gazetteer || isGeneric(t)))
      continue;
    // "<Country> Foreign Ministry" is the state speaking: the country mention stands for it.
    if (modifiers.every((t) => t.gazetteer?.type === 'country' || isGeneric(t))) continue;
    if (
      span.some((t) =>
        /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i.test(
          stripPossessive(t.text),
        ),
      )
    )
      continue;

    // Country: a leading demonym/country ("Chinese ...", "US Peace Council") or a trailing "of <Country>".
    let country: string | undefined;
    let core = span;
    const lead = span[0];
    const tail = span[span.length - 1];
    if (lead?.gazetteer?.type === 'country') {
      country = lead.gazetteer.key;
      core = span.slice(1);
    } else if (tail?.gazetteer?.type === 'country' && span[span.length - 2]?.text === 'of') {
      country = tail.gazetteer.key;
      core = span.slice(0, -2);
    }
    if (!country && !head.gazetteer) {
      const inner = span.find((t) => t.gazetteer && t.gazetteer.type !== 'country');
      const org = inner ? gazetteer.getOrganizationByKey(inner.gazetteer?.key ?? '') : undefined;
      if (org?.country) country = `country:${org.country}`;
      else if (inner === undefined) {
        const innerCountry = span.find((t) => t.gazetteer?.type === 'country');
        if (innerCountry) country = innerCountry.gazetteer?.key;
      }
    }
    // An acronym the gazetteer knows ("South West African People’s Organisation (SWAPO)") names a known org.
    if (acronym) {
      const known = gazetteer
        .findGazetteerMentions(acronym)
        .find((m) => m.type !== 'country' && m.start === 0 && m.end === acronym.length);
      if (known) {
        found.push({
          key: known.key,
          label: surface.replace(/\s+/g, ' '),
          start: spanFirst.start,
          end: spanFirst.start + surface.length,
        });
        lastEnd = endToken.end;
        h = last;
        continue;
      }
    }
    const coreText =
      core.length > 0 ? text.slice(core[0]?.start ?? 0, core[core.length - 1]?.end ?? 0) : surface;
    const codeSuffix = country && core !== span ? `-${country.slice('country:'.length).toLowerCase()}` : '';
    const key = `org:${toSlug(coreText)}${codeSuffix}`;
    const mention: OrganizationMention = {
      key,
      label: surface.replace(/\s+/g, ' '),
      start: spanFirst.start,
      end: spanFirst.start + surface.length,
    };
    if (country) mention.country = country;
    if (acronym) mention.acronym = acronym;
    found.push(mention);
    lastEnd = endToken.end;
    h = last;
  }
  return found;
}
