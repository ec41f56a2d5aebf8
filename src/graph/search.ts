// Finding an entity by name: ranks labels and aliases so that an exact name beats a prefix, a prefix
// beats the start of a later word, and that beats a match anywhere ("xi" finds Xi Jinping first).

export interface SearchableEntity {
  key: string;
  label: string;
  aliases: readonly string[];
}

export interface EntityMatch {
  key: string;
  label: string;
  /** Lower is better: 0 exact, 1 prefix, 2 word prefix, 3 anywhere; aliases rank one step lower. */
  rank: number;
}

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

function rankText(text: string, query: string): number | null {
  const value = normalise(text);
  if (value === query) return 0;
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
