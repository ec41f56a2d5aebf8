// What compromise's English lexicon knows about a single word: whether it is a first name (a few thousand,
// far more than we would list by hand) or a common word class that never makes up a person's name
// ("Neither", "Workers", "Winning").
import nlp from 'compromise';

type LexiconEntry = string | string[] | undefined;

const lexicon = (nlp.model() as { one: { lexicon: Record<string, LexiconEntry> } }).one.lexicon;

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const NON_NAME_TAGS = new Set([
  'Plural',
  'Gerund',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Adverb',
  'PastTense',
  'Pronoun',
  'Modal',
]);

function getTags(word: string): string[] {
  const entry = lexicon[word.toLowerCase()];
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}

/** "Vladimir", "Sarah": a first name in compromise's lexicon. */
export function isKnownFirstName(word: string): boolean {
  return getTags(word).some((tag) => tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName');
}

/** "Neither", "Workers", "Winning": a word of a class that is never a name, unless it is also a known name. */
export function isCommonNonNameWord(word: string): boolean {
  if (word.length <= 2) return false;
  const tags = getTags(word);
  return tags.some((tag) => NON_NAME_TAGS.has(tag)) && !tags.some((tag) => NAME_TAGS.has(tag));
}

/** A word compromise knows only as an ordinary word ("Host", "Public"): not a surname on its own. */
export function isOrdinaryWord(word: string): boolean {
  const tags = getTags(word);
  return tags.length > 0 && !tags.some((tag) => NAME_TAGS.has(tag));
}
