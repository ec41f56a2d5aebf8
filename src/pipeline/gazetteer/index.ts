// Public API of the gazetteer: curated countries, organisations, media, places and well-known people, and the
// matcher that finds them in text. The extract stage and the Reuters country benchmark both go through this
// module.
export { COUNTRIES } from './countries.ts';
export type { CountryEntry } from './countries.ts';
export { ORGANIZATIONS } from './organizations.ts';
export type { OrganizationEntry } from './organizations.ts';
export {
  PEOPLE,
  getPersonByKey,
  getPersonForName,
  getPersonForShortForm,
  isPersonActiveAt,
  isPersonRoleHeldAt,
} from './people.ts';
export type { PersonEntry } from './people.ts';
export { DATELINE_PLACES, DATELINE_REGIONS, TEXT_PLACES } from './places.ts';
export { REUTERS_PLACE_CODES, getCodeForReutersPlace } from './reuters-places.ts';
export {
  findGazetteerMentions,
  getCodeAtDate,
  getCountryByKey,
  getCountryKeyForDateline,
  getCountryKeyForPlace,
  getCountryKeyForWord,
  getOrganizationByKey,
} from './matcher.ts';
export type { GazetteerMatch, GazetteerOptions } from './matcher.ts';
