// The part of the gazetteer API the extract stage depends on. Extraction takes it as an argument so tests can
// pin behaviour with a small fixed gazetteer while the product binds the real one in index.ts.
import type { CountryEntry, GazetteerMatch, OrganizationEntry, PersonEntry } from '../gazetteer/index.ts';

export type { CountryEntry, GazetteerMatch, OrganizationEntry, PersonEntry };

export interface ExtractGazetteer {
  /** `date` (YYYY-MM-DD) lets the gazetteer name the state of the time (Moscow in 1987 is the Soviet Union). */
  findGazetteerMentions(text: string, options?: { date?: string | null }): GazetteerMatch[];
  getCountryByKey(key: string): CountryEntry | undefined;
  getOrganizationByKey(key: string): OrganizationEntry | undefined;
  getCountryKeyForWord(word: string): string | undefined;
  getCountryKeyForPlace(place: string): string | undefined;
  /** A well-known person by full name or listed spelling ("Vladimir Putin", "Tayyip Erdogan"). */
  getPersonForName(name: string): PersonEntry | undefined;
  /** The one well-known person a short form ("Putin", "Lula") names in an article of `date`. */
  getPersonForShortForm(form: string, date?: string | null): PersonEntry | undefined;
  /** Whether the person held the gazetteer's role at `date` (YYYY-MM-DD); undated: yes. */
  isPersonRoleHeldAt(entry: PersonEntry, date: string | null | undefined): boolean;
}
