// Public API of the extract stage: everything read out of one article (entities, mention spans, typed and
// dated interactions), and the corpus-wide merge of per-article entities into one node per real entity.
import * as gazetteer from '../gazetteer/index.ts';
import type { ArticleExtraction, SourceArticle } from '../types.ts';
import { createArticleExtractor } from './extractor.ts';

export { createArticleExtractor } from './extractor.ts';
export { resolveEntities } from './resolve.ts';
export type { Resolution, ResolvedEntity } from './resolve.ts';
export { splitSentences } from './sentences.ts';
export type { SentenceSpan } from './sentences.ts';

const extractWithGazetteer = createArticleExtractor(gazetteer);

/** Pure: everything read out of one article. Never throws on any string input. */
export function extractArticle(article: SourceArticle): ArticleExtraction {
  return extractWithGazetteer(article);
}
