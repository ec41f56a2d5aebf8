// Finding an entity by name: ranks labels and aliases so that an exact name beats a prefix, a prefix
// beats the start of a later word, and that beats a match anywhere ("xi" finds Xi Jinping first). The
// initials of a name of several words count as a name too, so "SCO" finds the Shanghai Cooperation
// Organisation even when no article spelled the acronym out.

export interface SearchableEntity {
  key: string;
  label: string;
  aliases: readonly string[];
}

export interface EntityMatch {
  key: string;
  label: string;
  /** Lower is better: 0 exact, 0.75 initials, 1 prefix, 2 word prefix, 3 anywhere; aliases rank half a step lower. */
  rank: number;
}

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'des', 'du', 'la', 'le', 'et']);

/** "shanghai cooperation organization" → "sco"; both with and without minor words ("of", "the"…). */
export function getInitials(normalised: string): string[] {
  const words = normalised.split(/[\s\-–'’.]+/).filter(Boolean);
  if (words.length < 2) return [];
  const all = words.map((word) => word[0]).join('');
  const major = words
    .filter((word) => !MINOR_WORDS.has(word))
    .map((word) => word[0])
    .join('');
  return all === major ? [all] : [major, all];
}

function rankText(text: string, query: string): number | null {
  const value = normalise(text);
  if (value === query) return 0;
  // Typing a whole acronym is a stronger hint than typing the start of a word ("SCO" ≠ "Scottish").
  if (query.length >= 2 && getInitials(value).includes(query)) return 0.75;
  if (value.startsWith(query)) return 1;
  if (value.split(/[\s\-–'’.]+/).some((word) => word.startsWith(query))) return 2;
  if (value.includes(query)) return 3;
  return null;
}

/** The best `limit` entities for a query, best first, ties by label; empty for a blank query. */
export function getEntityMatches(
  entities: Iterable<SearchableEntity>,
  query: string,
  limit = 10,
): EntityMatch[] {
  const wanted = normalise(query);
  if (wanted === '') return [];
  const matches: EntityMatch[] = [];
  for (const entity of entities) {
    let best = rankText(entity.label, wanted);
    for (const alias of entity.aliases) {
      const rank = rankText(alias, wanted);
      if (rank !== null && (best === null || rank + 0.5 < best)) best = rank + 0.5;
    }
    if (best !== null) matches.push({ key: entity.key, label: entity.label, rank: best });
  }
  matches.sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label, 'en'));
  return matches.slice(0, limit);
}
