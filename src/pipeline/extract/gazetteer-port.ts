// The part of the gazetteer API the extract stage depends on. Extraction takes it as an argument so tests can
// pin behaviour with a small fixed gazetteer while the product binds the real one in index.ts.
import type { CountryEntry, GazetteerMatch, OrganizationEntry } from '../gazetteer/index.ts';

export type { CountryEntry, GazetteerMatch, OrganizationEntry };

export interface ExtractGazetteer {
  /** `date` (YYYY-MM-DD) lets the gazetteer name the state of the time (Moscow in 1987 is the Soviet Union). */
  findGazetteerMentions(text: string, options?: { date?: string | null }): GazetteerMatch[];
  getCountryByKey(key: string): CountryEntry | undefined;
  getOrganizationByKey(key: string): OrganizationEntry | undefined;
  getCountryKeyForWord(word: string): string | undefined;
  getCountryKeyForPlace(place: string): string | undefined;
}
