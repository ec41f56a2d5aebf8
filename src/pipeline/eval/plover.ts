// PLOVER benchmark: runs the extract stage on each gold sentence of the PLOVER/CAMEO ground-truth file and
// scores (1) whether the coded source/target countries were found as an interacting pair and (2) whether the
// interaction type we gave that pair maps onto the coded PLOVER event.
//
// How records are scored:
// - Only actors with a country code count (ISO-3 known to the gazetteer; "JAP" read as JPN, "ITL" as ITA);
//   IGO, NGO, IMG and other non-state codes are skipped.
// - Compound actors: with a target list, every source country x every target country is a coded pair; with
//   no target (SRC/TAR compounds such as "Hungarian and Romanian officials agreed"), every pair of distinct
//   source countries is. A record with at least one coded pair is a pair record; it is found when any of its
//   coded pairs is linked by an extracted interaction (in either direction).
// - Endpoints count as countries: a country node as itself, a person or organisation as its affiliated
//   country ("Israeli Prime Minister ..." -> ISR).
// - Type accuracy is measured over the found pair records: the type of the first non-comention interaction
//   linking the coded pair (comention when there is none) is correct when INTERACTION_TYPE_INFO[type].plover
//   contains the record's event.
import { INTERACTION_TYPE_INFO } from '../../graph/vocabulary.ts';
import type { InteractionType } from '../../graph/vocabulary.ts';
import { getCountryByKey } from '../gazetteer/index.ts';
import { extractArticle } from '../extract/index.ts';
import type { ArticleExtraction, SourceArticle } from '../types.ts';

export interface PloverActor {
  actorText: string;
  code: string;
}

export interface PloverRecord {
  id: string;
  event: string;
  text: string;
  date: string | null;
  source: PloverActor[];
  target: PloverActor[];
}

export interface PloverScore {
  records: number;
  pairRecords: number;
  pairFound: number;
  pairRecall: number;
  typedRecords: number;
  typeCorrect: number;
  typeAccuracy: number;
  /** Coded PLOVER event -> our interaction type -> count, over the typed records. */
  confusion: Record<string, Record<string, number>>;
}

export interface PloverRecordResult {
  record: PloverRecord;
  pairs: string[];
  found: boolean;
  type?: InteractionType;
  correct?: boolean;
}

/** Drops commas that close an array or object (the file's trailing commas), leaving string contents alone. */
function stripTrailingCommas(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (inString) {
      out += ch;
      if (ch === '\\') {
        out += text[i + 1] ?? '';
        i++;
      } else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
      continue;
    }
    if (ch === ',') {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j] ?? '')) j++;
      if (text[j] === ']' || text[j] === '}') continue;
    }
    out += ch;
  }
  return out;
}

function toActors(value: unknown): PloverActor[] {
  if (!Array.isArray(value)) return [];
  const actors: PloverActor[] = [];
  for (const item of value) {
    if (item && typeof item === 'object' && typeof (item as { code?: unknown }).code === 'string') {
      const actor = item as { code: string; actorText?: unknown };
      actors.push({
        code: actor.code,
        actorText: typeof actor.actorText === 'string' ? actor.actorText : '',
      });
    }
  }
  return actors;
}

/** Parses the PLOVER gold file (JSON with trailing commas). Records without text (DOCUMENT) are left out. */
export function parsePloverFile(text: string): PloverRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(stripTrailingCommas(text));
  } catch (error) {
    throw new Error(
      `entente/eval: PLOVER file is not valid JSON even without trailing commas (${(error as Error).message})`,
    );
  }
  if (!Array.isArray(data)) throw new Error('entente/eval: PLOVER file must hold a JSON array of records');
  const records: PloverRecord[] = [];
  data.forEach((item: unknown, index) => {
    if (!item || typeof item !== 'object')
      throw new Error(`entente/eval: PLOVER record ${index + 1} is not an object`);
    const raw = item as Record<string, unknown>;
    if (typeof raw.text !== 'string' || typeof raw.event !== 'string') return;
    records.push({
      id: typeof raw.id === 'string' ? raw.id : `record-${index + 1}`,
      event: raw.event,
      text: raw.text,
      date: typeof raw.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.date) ? raw.date : null,
      source: toActors(raw.source),
      target: toActors(raw.target),
    });
  });
  return records;
}

// PLOVER's own spellings and predecessor states, read as the code our gazetteer uses.
const CODE_ALIASES: Record<string, string> = {
  JAP: 'JPN',
  ITL: 'ITA',
  YUG: 'SRB',
  SCG: 'SRB',
  SUN: 'RUS',
  ZAR: 'COD',
  ROM: 'ROU',
  TMP: 'TLS',
};

function toCountryCode(code: string): string | undefined {
  const normalized = CODE_ALIASES[code] ?? code;
  if (!/^[A-Z]{3}$/.test(normalized)) return undefined;
  return getCountryByKey(`country:${normalized}`) || getCountryByKey(`country:${code}`)
    ? normalized
    : undefined;
}

/** The coded country pairs of a record, as "AAA|BBB" with the codes sorted. */
export function getPloverPairs(record: PloverRecord): string[] {
  const codes = (actors: readonly PloverActor[]): string[] => [
    ...new Set(actors.map((a) => toCountryCode(a.code)).filter((c): c is string => c !== undefined)),
  ];
  const sources = codes(record.source);
  const targets = codes(record.target);
  const pairs = new Set<string>();
  const others = targets.length > 0 ? targets : sources;
  for (const s of sources) for (const t of others) if (s !== t) pairs.add([s, t].sort().join('|'));
  return [...pairs].sort();
}

function toSentenceArticle(record: PloverRecord): SourceArticle {
  return {
    id: record.id,
    title: '',
    text: record.text,
    date: record.date,
    dateOrigin: record.date ? 'given' : 'none',
    source: null,
    url: null,
    file: 'PLOVER_GSR_CAMEO.txt',
    line: null,
  };
}

/** Interaction types between country pairs in one extraction, in text order. */
function getPairTypes(extraction: ArticleExtraction): Map<string, InteractionType[]> {
  const entityCountry = new Map<string, string>();
  for (const entity of extraction.entities) {
    const key = entity.type === 'country' ? entity.key : entity.country;
    if (key)
      entityCountry.set(
        entity.key,
        CODE_ALIASES[key.slice('country:'.length)] ?? key.slice('country:'.length),
      );
  }
  const types = new Map<string, InteractionType[]>();
  for (const interaction of extraction.interactions) {
    const a = entityCountry.get(interaction.source);
    const b = entityCountry.get(interaction.target);
    if (!a || !b || a === b) continue;
    const pair = [a, b].sort().join('|');
    const list = types.get(pair) ?? [];
    list.push(interaction.type);
    types.set(pair, list);
  }
  return types;
}

/** Scores each record; `extract` defaults to the product's extract stage. */
export function getPloverResults(
  records: readonly PloverRecord[],
  extract: (article: SourceArticle) => ArticleExtraction = extractArticle,
): PloverRecordResult[] {
  return records.map((record) => {
    const pairs = getPloverPairs(record);
    if (pairs.length === 0) return { record, pairs, found: false };
    const pairTypes = getPairTypes(extract(toSentenceArticle(record)));
    const matched = pairs.filter((p) => pairTypes.has(p));
    if (matched.length === 0) return { record, pairs, found: false };
    const types = matched.flatMap((p) => pairTypes.get(p) ?? []);
    const type = types.find((t) => t !== 'comention') ?? 'comention';
    return {
      record,
      pairs,
      found: true,
      type,
      correct: INTERACTION_TYPE_INFO[type].plover.includes(record.event),
    };
  });
}

export function evaluatePlover(
  records: readonly PloverRecord[],
  extract: (article: SourceArticle) => ArticleExtraction = extractArticle,
): PloverScore {
  const results = getPloverResults(records, extract);
  const withPairs = results.filter((r) => r.pairs.length > 0);
  const found = withPairs.filter((r) => r.found);
  const confusion: Record<string, Record<string, number>> = {};
  let typeCorrect = 0;
  for (const result of found) {
    const row = (confusion[result.record.event] ??= {});
    const type = result.type ?? 'comention';
    row[type] = (row[type] ?? 0) + 1;
    if (result.correct) typeCorrect++;
  }
  return {
    records: records.length,
    pairRecords: withPairs.length,
    pairFound: found.length,
    pairRecall: withPairs.length > 0 ? found.length / withPairs.length : 0,
    typedRecords: found.length,
    typeCorrect,
    typeAccuracy: found.length > 0 ? typeCorrect / found.length : 0,
    confusion,
  };
}
