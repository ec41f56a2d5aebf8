// The records that flow between pipeline stages: ingest -> extract -> resolve -> build -> layout -> write.
// Each stage is a pure function of these records; only the CLI and io modules touch the disk.
import type { EntityType, InteractionType } from '../graph/vocabulary.ts';

/** How an article's date was found. */
export type DateOrigin = 'given' | 'dateline' | 'byline' | 'text' | 'relative' | 'reference' | 'none';

/** One article as read from the corpus, before any extraction. Output of the ingest stage. */
export interface SourceArticle {
  /** Stable id: the input's own id when it has one, else derived from file and position. */
  id: string;
  title: string;
  /** Body text with site chrome removed. Offsets in later stages refer to this string. */
  text: string;
  /** YYYY-MM-DD, or null when no date could be determined (never today's date). */
  date: string | null;
  dateOrigin: DateOrigin;
  /** Publisher or agency ("Reuters", "Xinhua"), or null when unknown. */
  source: string | null;
  url: string | null;
  /** Input file, as given on the command line (relative paths stay relative). */
  file: string;
  /** 1-based line where the article starts in the file (JSONL: its line). */
  line: number | null;
}

/** An input that produced no article, or an article that could not be used. */
export interface IngestProblem {
  file: string;
  line: number | null;
  reason: string;
  /** Set when the problem concerns an article that was read (it then appears in the report as skipped). */
  articleId?: string;
  title?: string;
}

export interface IngestResult {
  articles: SourceArticle[];
  /** Articles read but not usable (e.g. empty text, duplicate id). */
  skipped: IngestProblem[];
  /** Inputs that yielded no article at all (unreadable file, malformed JSONL line). */
  problems: IngestProblem[];
}

/** An entity as recognised in one article. `key` is the node id shared across articles. */
export interface EntityRef {
  /** Canonical node id: `country:CHN`, `person:xi-jinping`, `org:sco`, `media:xinhua`. */
  key: string;
  type: EntityType;
  /** Display name, without titles ("Xi Jinping"). */
  label: string;
  /** Other names seen for it ("Xi", "President Xi", "Chinese"). */
  aliases: string[];
  /** ISO 3166 alpha-3 (or 3166-3), countries only. */
  code?: string;
  role?: string;
  /** Node id of the affiliated country. */
  country?: string;
}

/** Where an entity is named in the article text. */
export interface MentionSpan {
  key: string;
  start: number;
  end: number;
}

/** An interaction read from one sentence. Offsets are relative to `evidence`. */
export interface ExtractedInteraction {
  source: string;
  target: string;
  directed: boolean;
  type: InteractionType;
  evidence: string;
  sourceSpan: [number, number];
  targetSpan: [number, number];
  /** A date the sentence itself states ("on February 5, 2024"). */
  eventDate?: string;
}

/** Everything the extract stage reads out of one article. */
export interface ArticleExtraction {
  articleId: string;
  entities: EntityRef[];
  mentions: MentionSpan[];
  interactions: ExtractedInteraction[];
  /** Set when extraction threw on this article: it is then reported as skipped, and the build goes on. */
  failure?: string;
}
