// Interactions from one sentence: the sentence's verbs choose the type (most specific wins: "held a phone
// call" is a call even if "said" appears), word order around the trigger gives the direction, and a date the
// sentence states itself becomes the event date.
import * as chrono from 'chrono-node';
import type { InteractionType } from '../../graph/vocabulary.ts';

export interface Trigger {
  type: InteractionType;
  start: number;
  end: number;
  /** Nouns ("talks", "visit") name an event but put no actor in subject position. */
  noun: boolean;
  /** Reporting verbs ("said", "told"): the interaction type only when nothing more specific is there. */
  weak: boolean;
  /** "unless", "ultimatum": the whole clause is a threat. */
  conditional?: boolean;
}

// Most specific first: the first type with a trigger in the sentence wins.
const TRIGGER_LEXICON: ReadonlyArray<{ type: InteractionType; verbs: RegExp; nouns?: RegExp }> = [
  {
    type: 'call',
    verbs: /\b(?:phoned|telephoned|spoke (?:by|on the|over the) (?:tele)?phone)\b/gi,
    nouns: /\b(?:(?:tele)?phone (?:call|conversation|talks?)|telephone|phone)\b/gi,
  },
  {
    type: 'message',
    verbs:
      /\b(?:congratulated|exchanged (?:friendly |new year |spring festival |sincere )?(?:greetings|congratulations|messages|letters)|sent (?:a |his |her )?(?:message|letter|cable)|wrote to|condoled)\b/gi,
    nouns: /\b(?:messages?|letters?|greetings|condolences|congratulations|congratulatory)\b/gi,
  },
  {
    type: 'visit',
    verbs: /\b(?:visit(?:s|ed|ing)?|toured|tours|arrived in|arrives in|travel(?:l)?ed to)\b/gi,
    nouns: /\b(?:visit|trip|tour|state visit)\b/gi,
  },
  {
    type: 'meeting',
    verbs:
      /\b(?:met|meets|meeting with|received|receives|hosted|hosts|held (?:talks|a meeting|a summit|consultations|discussions)|conferred|consulted)\b/gi,
    nouns:
      /\b(?:talks|summit|meeting|strategic dialogue|dialogue|consultations?|negotiations?|discussions)\b/gi,
  },
  {
    type: 'sanction',
    verbs:
      /\b(?:sanction(?:s|ed|ing)?|embargo(?:es|ed)?|ban(?:s|ned|ning)?|restrict(?:s|ed|ing)?|expel(?:s|led|ling)?|boycott(?:s|ed|ing)?|froze|freez(?:e|es|ing)|blockade[ds]?|impose[ds]?|suspend(?:s|ed|ing)?|halt(?:s|ed)?|cut (?:off|ties)|sever(?:s|ed)?|recall(?:s|ed)?|seiz(?:e|ed|es)|detain(?:s|ed)?|arrest(?:s|ed)?|deport(?:s|ed|ing)?|hack(?:s|ed|ing)?|prohibit(?:s|ed|ing)?|den(?:y|ies|ied) entry|cancel(?:s|led|ed)?|end(?:s|ed)? (?:its )?(?:mediation|aid|talks|cooperation))\b/gi,
    nouns: /\b(?:suspension|ban|sanctions|embargo|tariffs?|boycott|blockade)\b/gi,
  },
  {
    type: 'military',
    verbs:
      /\b(?:attack(?:s|ed|ing)?|strik(?:e|es|ing)|struck|bomb(?:s|ed|ing)?|invad(?:e|es|ed|ing)|shell(?:s|ed|ing)?|fought|fight(?:s|ing)?|shot|shoot(?:s|ing)?|kill(?:s|ed|ing)?|fire[ds]? (?:on|at)|raid(?:s|ed)?|clash(?:es|ed)?|mobili[sz](?:e|es|ed|ing)|deploy(?:s|ed|ing)?|massed|occup(?:y|ied|ies)|ambush(?:ed)?|launch(?:ed|es) (?:an? )?(?:attack|offensive|strike|missile)|demolish(?:es|ed|ing)?|forc(?:e|es|ed) out|abus(?:e|es|ed|ing)|tortur(?:e|es|ed|ing)|assault(?:s|ed|ing)?|kidnap(?:s|ped|ping)?|massacre[ds]?|rap(?:e|ed)|reinforc(?:e|es|ed|ing)|strengthen(?:s|ed)? (?:its |their )?forces|beat(?:en)?)\b/gi,
    nouns:
      /\b(?:troops|missiles?|air ?strikes?|offensive|military action|invasion|shelling|artillery|warships|bombing|torture|abuses?|war|fighting|clashes)\b/gi,
  },
  {
    type: 'threaten',
    verbs: /\b(?:threat(?:en|ens|ened|ening)|warn(?:s|ed|ing)? (?:of|that|against))\b/gi,
    nouns: /\b(?:threats?|ultimatum|unless)\b/gi,
  },
  {
    type: 'criticize',
    verbs:
      /\b(?:critici[sz](?:e|es|ed|ing)|condemn(?:s|ed|ing)?|accus(?:e|es|ed|ing)|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|protest(?:s|ed|ing)?|reject(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|den(?:y|ies|ied)|called (?:on|for|upon)|calls (?:on|for|upon)|insist(?:s|ed)?|rebuk(?:e|ed|es)|slam(?:s|med)|complain(?:s|ed)?|walk(?:ed)? out|dismiss(?:es|ed)?|veto(?:es|ed)?|press(?:ed)? for|ask(?:s|ed)? for|must|su(?:e|es|ed|ing)|fail(?:s|ed)? to|shun(?:s|ned)?|riot(?:s|ed|ing)?|demonstrat(?:e|ed|ing)|block(?:s|ed|ing)|push(?:es|ed|ing)? (?:hard )?for|remind(?:s|ed)?|object(?:s|ed)? to|warn(?:s|ed|ing)?)\b/gi,
    nouns:
      /\b(?:riots?|demonstrations?|reminder|complaint|objections?|lawsuit|criticism|condemnation|protest|demands?|accusations?|rejection)\b/gi,
  },
  {
    type: 'agree',
    verbs:
      /\b(?:agree(?:s|d)?|sign(?:s|ed|ing)?|accept(?:s|ed)?|ratif(?:y|ied|ies)|conclud(?:e|ed)|reach(?:ed)? (?:an? )?(?:agreement|accord|deal|consensus|understanding)|settl(?:e|ed)|promis(?:e|ed|es)|pledg(?:e|ed|es)|offer(?:s|ed)?|willing to|release[ds]?|freed|return(?:s|ed)? (?:the|a|an|\d)|hand(?:ed)? over|withdr[ae]w|pull(?:ed)? out|eas(?:e|ed) (?:restrictions|sanctions)|lift(?:s|ed|ing)?(?:\s+\S+){0,3}?\s+(?:ban|sanctions?|embargo(?:es)?|blockade|restrictions)|allow(?:s|ed)?|apologi[sz](?:e|ed)|mediat(?:e|es|ed|ing)|paid compensation|compensat(?:e|ed))\b/gi,
    nouns:
      /\b(?:agreement|accord|deal|treaty|pact|consensus|memorandum|ceasefire|truce|withdrawal|mediation|compensation)\b/gi,
  },
  {
    type: 'cooperate',
    verbs:
      /\b(?:cooperat(?:e|es|ed|ing)|co-operat(?:e|es|ed|ing)|support(?:s|ed|ing)?|back(?:s|ed|ing)?|aid(?:s|ed)?|assist(?:s|ed)?|help(?:s|ed|ing)?|endors(?:e|es|ed)|praise[ds]?|welcome[ds]?|thank(?:s|ed)?|donat(?:e|es|ed)|gave|give[sn]?|provid(?:e|es|ed|ing)|sen[dt] (?:aid|food|supplies|material|arms)|loan(?:ed|s)?|lend(?:s)?|lent|invest(?:s|ed)?|defend(?:s|ed)?|train(?:s|ed)?|partner(?:s|ed)? with|join(?:s|ed)? forces|extradit(?:e|es|ed|ing)|shar(?:e|es|ed|ing) (?:intelligence|evidence|information)|open(?:s|ed)? (?:its|their) borders|grant(?:s|ed)?)\b/gi,
    nouns:
      /\b(?:cooperation|co-operation|partnership|aid|assistance|support|grant|loan|credit|investment|friendship|alliance|asylum)\b/gi,
  },
  {
    type: 'statement',
    verbs:
      /\b(?:offer(?:s|ed)?|willing to|mediat(?:e|es|ed|ing)|paid compensation|compensat(?:e|ed)|lift(?:s|ed|ing)?(?:\s+\S+){0,3}?\s+(?:ban|sanctions?|embargo(?:es)?|blockade|restrictions)|extradit(?:e|es|ed|ing)|shar(?:e|es|ed|ing) (?:intelligence|evidence|information)|provid(?:ing)|sen[dt] arms|open(?:s|ed)? (?:its|their) borders|grant(?:s|ed)?|must|su(?:e|es|ed|ing)|fail(?:s|ed)? to|shun(?:s|ned)?|riot(?:s|ed|ing)?|demonstrat(?:e|ed|ing)|block(?:s|ed|ing)|push(?:es|ed|ing)? (?:hard )?for|remind(?:s|ed)?|object(?:s|ed)? to|warn(?:s|ed|ing)?|investigat(?:e|es|ed|ing)|inquir(?:e|ed|es)|prob(?:e|ed|es|ing))\b/gi,
    nouns: /\b(?:asylum|investigations?|inquiry|probe)\b/gi,
  },
];

// Reporting verbs: a statement only when no other verb links the pair.
const REPORTING_VERBS =
  /\b(?:said|says|say|stated|states|told|tells|announced|announces|noted|notes|stressed|stresses|declared|added|remarked|commented|explained|pointed out|expressed|reiterated|emphasi[sz]ed|underlined|described|hoped|believes?|reported|quoted|according to)\b/gi;

const FRAMING_TYPES = new Set<InteractionType>(['message', 'visit', 'meeting']);

export const TYPE_PRIORITY: readonly InteractionType[] = TRIGGER_LEXICON.map((entry) => entry.type);

/** Every trigger in a sentence, in text order. */
export function findTriggers(sentence: string): Trigger[] {
  const found: Trigger[] = [];
  for (const entry of TRIGGER_LEXICON) {
    for (const [pattern, noun] of [
      [entry.verbs, false],
      [entry.nouns, true],
    ] as const) {
      if (!pattern) continue;
      pattern.lastIndex = 0;
      for (const match of sentence.matchAll(pattern)) {
        const start = match.index ?? 0;
        const trigger: Trigger = { type: entry.type, start, end: start + match[0].length, noun, weak: false };
        if (/^(?:unless|ultimatum)$/i.test(match[0])) trigger.conditional = true;
        found.push(trigger);
      }
    }
  }
  // "called for stronger cooperation", "urged strengthening coordination": an appeal to cooperate.
  for (const trigger of found) {
    if (trigger.type !== 'criticize' || !/^(?:call|urg)/i.test(sentence.slice(trigger.start, trigger.end)))
      continue;
    const object = sentence.slice(trigger.end, trigger.end + 48);
    if (
      /^\s+(?:\S+\s+){0,3}?(?:cooperation|co-operation|coordination|dialogue|friendship|partnership|ties|exchanges)\b/i.test(
        object,
      )
    ) {
      trigger.type = 'cooperate';
    }
  }
  REPORTING_VERBS.lastIndex = 0;
  for (const match of sentence.matchAll(REPORTING_VERBS)) {
    const start = match.index ?? 0;
    found.push({ type: 'statement', start, end: start + match[0].length, noun: false, weak: true });
  }
  found.sort(
    (a, b) =>
      a.start - b.start ||
      TYPE_PRIORITY.indexOf(a.type) - TYPE_PRIORITY.indexOf(b.type) ||
      Number(a.noun) - Number(b.noun),
  );
  // One trigger per stretch of text: "urged" is a demand, not also a statement.
  const kept: Trigger[] = [];
  for (const trigger of found) {
    if (kept.some((k) => trigger.start < k.end && trigger.end > k.start)) continue;
    kept.push(trigger);
  }
  return kept;
}

/**
 * The trigger that types an interaction whose first-named actor starts at `subjectStart`: a phone call frames
 * the whole clause; otherwise the first non-reporting trigger after the subject (its main verb, as in
 * "X threatened to cut off ..."), else the nearest one before it, else a reporting verb.
 */
export function choosePairTrigger(
  triggers: readonly Trigger[],
  subjectStart: number,
  clauseStart = 0,
): Trigger | undefined {
  const call = triggers.find((t) => t.type === 'call');
  if (call) return call;
  // "X will withdraw its force unless Y ...": a conditional is a threat.
  const threat = triggers.find((t) => t.type === 'threaten' && t.conditional);
  if (threat) return threat;
  const strong = triggers.filter((t) => !t.weak);
  // "In his message to Trong, Xi said ...": a contact named before the subject frames the clause.
  const framing = strong.find(
    (t) => t.start < subjectStart && t.start <= clauseStart + 16 && FRAMING_TYPES.has(t.type),
  );
  if (framing) return framing;
  const after = strong.find((t) => t.start >= subjectStart);
  if (after) return after;
  const before = strong.filter((t) => t.start < subjectStart);
  if (before.length > 0) return before[before.length - 1];
  return triggers.find((t) => t.weak && t.start >= subjectStart) ?? triggers.find((t) => t.weak);
}

const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/** A calendar date the sentence states with month and day; the year comes from the article when missing. */
export function getEventDate(sentence: string, articleDate: string | null): string | undefined {
  if (!MONTH.test(sentence)) return undefined;
  const reference = articleDate ? new Date(`${articleDate}T12:00:00Z`) : undefined;
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(sentence, reference ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  } catch {
    return undefined;
  }
  for (const result of results) {
    const start = result.start;
    if (!start.isCertain('month') || !start.isCertain('day')) continue;
    // Only a date the sentence gives for its own event: "On February 5, ...", "in a February 2 phone call",
    // a leading date or an agency dateline; not "the fiscal year ending March 31".
    const before = sentence.slice(0, result.index);
    const own =
      /(?:^|\b(?:on|in an?|during an?|at an?|dated))\s*$/i.test(before) ||
      /^\s*(?:\p{L}+,\s*)?$/u.test(before) ||
      /^[\p{Lu}\s,./-]+,\s*$/u.test(before);
    if (!own) continue;
    const hasYear = start.isCertain('year');
    if (!hasYear && !reference) continue;
    const year = start.get('year');
    const month = start.get('month');
    const day = start.get('day');
    if (year === null || month === null || day === null) continue;
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
}
