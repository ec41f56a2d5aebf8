// The compact on-disk form of a bundle (version 2) and its in-memory columns. A bundle is written as:
//   <id>.json              the manifest: meta, the entities with their layout, and where the rest lives;
//   <id>.columns.bin       pairs and interactions as little-endian u32 columns, sorted by day (4 bytes an
//                          interaction: the day is implied by per-day counts, type and direction are packed
//                          beside the pair index);
//   <id>.details.<n>.json  evidence (each sentence once), event dates and articles for a slice of
//                          interactions, fetched only when a panel or an export needs that slice;
//   <id>.report.json       the build report, every article and the mentions (Node tools and exports).
// The aggregated graph (one edge per pair) is all graphology ever sees. Every file carries the digest of
// the columns, so files from different builds are never mixed. `encodeBundle` and `decodeBundle` convert
// losslessly to and from the version 1 object the pipeline assembles; the parse functions validate each
// file against its manifest and name what is wrong.
import { z } from 'zod';
import {
  BUNDLE_FORMAT,
  BundleError,
  articleSchema,
  buildReportSchema,
  metaSchema,
  mentionSchema,
  nodeAttributesSchema,
  pairKey,
  type Bundle,
  type BundleArticle,
  type BundleInteraction,
  type BundleMention,
  type BuildReport,
  type NodeAttributes,
} from './bundle.ts';
import { parseDayNumber, toIsoDate } from './dates.ts';
import { INTERACTION_TYPES, type InteractionType } from './vocabulary.ts';

export const COLUMNAR_VERSION = 2;
export const DETAILS_FORMAT = 'entente-details';
export const REPORT_FORMAT = 'entente-report';
/** Interactions per details file: a panel fetches the few slices its interactions fall in. */
export const DETAILS_CHUNK_SIZE = 16_384;
/** Day value of undated interactions in memory: larger than any date, so they sort last. */
export const UNDATED = 0x7fffffff;

const TYPE_BITS = 4;
const TYPE_MASK = (1 << TYPE_BITS) - 1;
const DIRECTED_BIT = 1 << TYPE_BITS;
const REVERSED_BIT = 1 << (TYPE_BITS + 1);
const PAIR_SHIFT = TYPE_BITS + 2;
/** Pairs addressable beside the packed type and direction bits. */
export const MAX_PAIRS = 2 ** (32 - PAIR_SHIFT);

/** Flag bits kept per interaction in memory. */
export const FLAG_DIRECTED = 1;
/** The interaction runs from the pair's target to its source. */
export const FLAG_REVERSED = 2;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const fileName = z.string().regex(/^[\w.-]+$/, 'expected a file name in data/graphs');
const digestSchema = z.string().regex(/^fnv1a32:[0-9a-f]{8}$/, 'expected a digest as fnv1a32:xxxxxxxx');
const count = z.number().int().nonnegative();

export const reportSummarySchema = buildReportSchema.pick({
  read: true,
  used: true,
  skipped: true,
  skippedByReason: true,
});

export const manifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(COLUMNAR_VERSION),
  meta: metaSchema.extend({ report: reportSummarySchema }),
  /** Articles per source (what the credit line names), most first. */
  sources: z.array(z.tuple([z.string(), count])),
  nodes: z.array(z.object({ key: z.string().min(1), attributes: nodeAttributesSchema })),
  columns: z.object({
    file: fileName,
    digest: digestSchema,
    pairs: count,
    interactions: count,
    undated: count,
    /** First day of the per-day counts, or null when nothing is dated. */
    firstDay: isoDate.nullable(),
    days: count,
  }),
  details: z.object({ chunkSize: z.number().int().positive(), files: z.array(fileName) }),
  report: z.object({ file: fileName }),
});
export type BundleManifest = z.infer<typeof manifestSchema>;

const detailSchema = z.object({
  id: z.string().min(1),
  /** Index into the chunk's own `articles`. */
  article: count,
  /** Index into the chunk's own `sentences` (one sentence often carries several interactions). */
  evidence: count,
  sourceSpan: z.tuple([count, count]),
  targetSpan: z.tuple([count, count]),
  eventDate: isoDate.optional(),
});
export type InteractionDetail = z.infer<typeof detailSchema>;

export const detailsChunkSchema = z.object({
  format: z.literal(DETAILS_FORMAT),
  version: z.literal(COLUMNAR_VERSION),
  digest: digestSchema,
  /** Position of the chunk's first interaction. */
  first: count,
  articles: z.array(articleSchema),
  sentences: z.array(z.string()),
  interactions: z.array(detailSchema),
});
export type DetailsChunk = z.infer<typeof detailsChunkSchema>;

export const reportFileSchema = z.object({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(COLUMNAR_VERSION),
  digest: digestSchema,
  report: buildReportSchema,
  articles: z.array(articleSchema),
  mentions: z.array(mentionSchema),
});
export type ReportFile = z.infer<typeof reportFileSchema>;

/**
 * Pairs and interactions as typed arrays. Positions are sorted by day, undated last; nodes and pairs are
 * numbered in manifest order (pair ends in key order, so `pairSources[p]` < `pairTargets[p]` by key).
 */
export interface GraphColumns {
  nodeKeys: readonly string[];
  nodes: readonly NodeAttributes[];
  pairSources: Uint32Array;
  pairTargets: Uint32Array;
  /** Day number (days since 1970-01-01) of each interaction, UNDATED for undated ones; ascending. */
  days: Int32Array;
  /** Pair index of each interaction. */
  pairs: Uint32Array;
  /** Index in INTERACTION_TYPES of each interaction. */
  types: Uint8Array;
  /** FLAG_DIRECTED and FLAG_REVERSED bits of each interaction. */
  flags: Uint8Array;
  /** How many interactions are dated (they come first). */
  dated: number;
}

/** The version 2 files of one bundle, before serialisation. */
export interface EncodedBundle {
  manifest: BundleManifest;
  columns: Uint8Array;
  details: DetailsChunk[];
  report: ReportFile;
}

/** FNV-1a over the bytes: cheap, deterministic, and enough to tell one build's files from another's. */
export function getDigest(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < bytes.length; index += 1) {
    hash ^= bytes[index] as number;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `fnv1a32:${hash.toString(16).padStart(8, '0')}`;
}

export function getColumnsFileName(id: string): string {
  return `${id}.columns.bin`;
}
export function getDetailsFileName(id: string, chunk: number): string {
  return `${id}.details.${chunk}.json`;
}
export function getReportFileName(id: string): string {
  return `${id}.report.json`;
}

/** Articles per source, most first (ties by name), for the credit line. */
export function getSourceCounts(articles: readonly Pick<BundleArticle, 'source'>[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const article of articles) {
    const source = article.source?.trim();
    if (source) counts.set(source, (counts.get(source) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/**
 * Splits a validated version 1 bundle into the version 2 files. Interactions must be sorted by date with
 * undated ones last, as the pipeline writes them (and parseBundle leaves them).
 */
export function encodeBundle(bundle: Bundle): EncodedBundle {
  const id = bundle.meta.id;
  const nodeIndex = new Map(bundle.graph.nodes.map((node, index) => [node.key, index]));
  const edges = bundle.graph.edges;
  if (edges.length > MAX_PAIRS) {
    throw new Error(`entente/columns: ${edges.length} pairs is more than the ${MAX_PAIRS} a bundle can hold`);
  }
  const pairIndex = new Map(edges.map((edge, index) => [pairKey(edge.source, edge.target), index]));
  const interactions = bundle.interactions;
  const dated = interactions.filter((interaction) => interaction.date !== null);
  const firstDay = dated.length > 0 ? parseDayNumber(dated[0]?.date as string) : 0;
  const lastDay = dated.length > 0 ? parseDayNumber(dated.at(-1)?.date as string) : -1;
  const dayCount = lastDay - firstDay + 1;

  const pairCount = edges.length;
  const bytes = new Uint8Array(4 * (2 * pairCount + dayCount + interactions.length));
  const view = new DataView(bytes.buffer);
  let offset = 0;
  const write = (value: number): void => {
    view.setUint32(offset, value, true);
    offset += 4;
  };
  // Pair ends go in key order, whichever way the edge was written.
  for (const edge of edges)
    write(nodeIndex.get(edge.source < edge.target ? edge.source : edge.target) as number);
  for (const edge of edges) {
    const second = edge.source < edge.target ? edge.target : edge.source;
    write(nodeIndex.get(second) as number);
  }
  const perDay = new Uint32Array(Math.max(0, dayCount));
  let previous = -Infinity;
  let seenUndated = false;
  for (const interaction of interactions) {
    if (interaction.date === null) {
      seenUndated = true;
      continue;
    }
    const day = parseDayNumber(interaction.date);
    if (day < previous || seenUndated) {
      throw new Error(`entente/columns: interaction ${interaction.id} is out of date order`);
    }
    previous = day;
    perDay[day - firstDay] = (perDay[day - firstDay] as number) + 1;
  }
  for (const dayTotal of perDay) write(dayTotal);
  for (const interaction of interactions) {
    const pair = pairIndex.get(pairKey(interaction.source, interaction.target));
    if (pair === undefined)
      throw new Error(`entente/columns: interaction ${interaction.id} has no graph edge`);
    const reversed = interaction.source > interaction.target;
    write(
      ((pair << PAIR_SHIFT) >>> 0) +
        INTERACTION_TYPES.indexOf(interaction.type) +
        (interaction.directed ? DIRECTED_BIT : 0) +
        (reversed ? REVERSED_BIT : 0),
    );
  }
  const digest = getDigest(bytes);

  const articleById = new Map(bundle.articles.map((article) => [article.id, article]));
  const details: DetailsChunk[] = [];
  for (let first = 0; first < interactions.length; first += DETAILS_CHUNK_SIZE) {
    const slice = interactions.slice(first, first + DETAILS_CHUNK_SIZE);
    const chunkArticles: BundleArticle[] = [];
    const chunkArticleIndex = new Map<string, number>();
    const sentences: string[] = [];
    const sentenceIndex = new Map<string, number>();
    const records = slice.map((interaction) => {
      let evidence = sentenceIndex.get(interaction.evidence);
      if (evidence === undefined) {
        evidence = sentences.length;
        sentenceIndex.set(interaction.evidence, evidence);
        sentences.push(interaction.evidence);
      }
      let article = chunkArticleIndex.get(interaction.article);
      if (article === undefined) {
        article = chunkArticles.length;
        chunkArticleIndex.set(interaction.article, article);
        chunkArticles.push(articleById.get(interaction.article) as BundleArticle);
      }
      const record: InteractionDetail = {
        id: interaction.id,
        article,
        evidence,
        sourceSpan: interaction.sourceSpan,
        targetSpan: interaction.targetSpan,
      };
      if (interaction.eventDate) record.eventDate = interaction.eventDate;
      return record;
    });
    details.push({
      format: DETAILS_FORMAT,
      version: COLUMNAR_VERSION,
      digest,
      first,
      articles: chunkArticles,
      sentences,
      interactions: records,
    });
  }

  const { articles: reportArticles, problems, ...summary } = bundle.meta.report;
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: COLUMNAR_VERSION,
    meta: { ...bundle.meta, report: summary },
    sources: getSourceCounts(bundle.articles),
    nodes: bundle.graph.nodes,
    columns: {
      file: getColumnsFileName(id),
      digest,
      pairs: pairCount,
      interactions: interactions.length,
      undated: interactions.length - dated.length,
      firstDay: dated.length > 0 ? toIsoDate(firstDay) : null,
      days: Math.max(0, dayCount),
    },
    details: {
      chunkSize: DETAILS_CHUNK_SIZE,
      files: details.map((_, chunk) => getDetailsFileName(id, chunk)),
    },
    report: { file: getReportFileName(id) },
  };
  const report: ReportFile = {
    format: REPORT_FORMAT,
    version: COLUMNAR_VERSION,
    digest,
    report: { ...summary, articles: reportArticles, problems },
    articles: bundle.articles,
    mentions: bundle.mentions,
  };
  return { manifest, columns: bytes, details, report };
}

function invalid(what: string, problems: string[]): never {
  throw new BundleError(`entente/bundle: ${what}: ${problems[0] ?? 'unknown problem'}`, problems);
}

function describeIssues(error: z.ZodError, limit = 8): string[] {
  return error.issues.slice(0, limit).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `${path}: ${issue.message}`;
  });
}

/** Validates a version 2 manifest: shape, unique node keys, affiliations that resolve, file names. */
export function parseManifest(value: unknown): BundleManifest {
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) invalid('invalid bundle manifest', describeIssues(parsed.error));
  const manifest = parsed.data;
  const keys = new Set(manifest.nodes.map((node) => node.key));
  const problems: string[] = [];
  if (keys.size !== manifest.nodes.length) problems.push('nodes: duplicate node keys');
  manifest.nodes.forEach((node, index) => {
    const country = node.attributes.country;
    if (country !== undefined && !keys.has(country)) {
      problems.push(`nodes.${index}.attributes.country: unknown node "${country}"`);
    }
  });
  const { chunkSize, files } = manifest.details;
  const expectedChunks = Math.ceil(manifest.columns.interactions / chunkSize);
  if (files.length !== expectedChunks) {
    problems.push(
      `details.files: expected ${expectedChunks} files for ${manifest.columns.interactions} interactions`,
    );
  }
  if (manifest.columns.undated > manifest.columns.interactions) {
    problems.push('columns.undated: more undated interactions than interactions');
  }
  if (manifest.columns.pairs > MAX_PAIRS) problems.push(`columns.pairs: more than ${MAX_PAIRS} pairs`);
  if (problems.length > 0) invalid('inconsistent bundle manifest', problems.slice(0, 8));
  return manifest;
}

/**
 * Validates the columns file against its manifest (length, digest, every index in range) and unpacks it.
 * Throws a BundleError saying what does not fit, e.g. a truncated download or a file from another build.
 */
export function decodeColumns(manifest: BundleManifest, bytes: Uint8Array): GraphColumns {
  const { pairs: pairCount, interactions: count, days: dayCount, undated } = manifest.columns;
  const expected = 4 * (2 * pairCount + dayCount + count);
  const name = manifest.columns.file;
  if (bytes.byteLength !== expected) {
    invalid(`${name} does not match its manifest`, [
      `expected ${expected} bytes for ${pairCount} pairs, ${dayCount} days and ${count} interactions, got ${bytes.byteLength} (truncated or from another build)`,
    ]);
  }
  const digest = getDigest(bytes);
  if (digest !== manifest.columns.digest) {
    invalid(`${name} does not match its manifest`, [
      `digest is ${digest}, the manifest expects ${manifest.columns.digest} (the files come from different builds)`,
    ]);
  }
  const nodeCount = manifest.nodes.length;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  const read = (): number => {
    const value = view.getUint32(offset, true);
    offset += 4;
    return value;
  };
  const pairSources = new Uint32Array(pairCount);
  const pairTargets = new Uint32Array(pairCount);
  for (let pair = 0; pair < pairCount; pair += 1) pairSources[pair] = read();
  for (let pair = 0; pair < pairCount; pair += 1) pairTargets[pair] = read();
  for (let pair = 0; pair < pairCount; pair += 1) {
    const source = pairSources[pair] as number;
    const target = pairTargets[pair] as number;
    if (source >= nodeCount || target >= nodeCount || source === target) {
      invalid(`${name} is inconsistent`, [
        `pair ${pair} refers to nodes ${source} and ${target} of ${nodeCount}`,
      ]);
    }
  }
  const days = new Int32Array(count);
  const firstDay = manifest.columns.firstDay === null ? 0 : parseDayNumber(manifest.columns.firstDay);
  let position = 0;
  for (let day = 0; day < dayCount; day += 1) {
    const onDay = read();
    if (position + onDay > count - undated) {
      invalid(`${name} is inconsistent`, [
        'the per-day counts add up to more dated interactions than it holds',
      ]);
    }
    days.fill(firstDay + day, position, position + onDay);
    position += onDay;
  }
  if (position !== count - undated) {
    invalid(`${name} is inconsistent`, [`the per-day counts add up to ${position}, not ${count - undated}`]);
  }
  days.fill(UNDATED, position);
  const pairs = new Uint32Array(count);
  const types = new Uint8Array(count);
  const flags = new Uint8Array(count);
  for (let index = 0; index < count; index += 1) {
    const packed = read();
    const pair = packed >>> PAIR_SHIFT;
    const type = packed & TYPE_MASK;
    if (pair >= pairCount || type >= INTERACTION_TYPES.length) {
      invalid(`${name} is inconsistent`, [`interaction ${index} has pair ${pair} and type code ${type}`]);
    }
    pairs[index] = pair;
    types[index] = type;
    flags[index] = (packed & DIRECTED_BIT ? FLAG_DIRECTED : 0) | (packed & REVERSED_BIT ? FLAG_REVERSED : 0);
  }
  return {
    nodeKeys: manifest.nodes.map((node) => node.key),
    nodes: manifest.nodes.map((node) => node.attributes),
    pairSources,
    pairTargets,
    days,
    pairs,
    types,
    flags,
    dated: count - undated,
  };
}

/** Validates one details file against the manifest: its digest, its place and its length. */
export function parseDetailsChunk(manifest: BundleManifest, chunk: number, value: unknown): DetailsChunk {
  const name = manifest.details.files[chunk] ?? `details chunk ${chunk}`;
  const parsed = detailsChunkSchema.safeParse(value);
  if (!parsed.success) invalid(`invalid details file ${name}`, describeIssues(parsed.error));
  const details = parsed.data;
  const { chunkSize } = manifest.details;
  const first = chunk * chunkSize;
  const length = Math.min(chunkSize, manifest.columns.interactions - first);
  const problems: string[] = [];
  if (details.digest !== manifest.columns.digest) {
    problems.push(
      `digest is ${details.digest}, the manifest expects ${manifest.columns.digest} (from another build)`,
    );
  }
  if (details.first !== first) problems.push(`first is ${details.first}, expected ${first}`);
  if (details.interactions.length !== length) {
    problems.push(`holds ${details.interactions.length} interactions, expected ${length}`);
  }
  details.interactions.forEach((record, index) => {
    if (record.article >= details.articles.length) {
      problems.push(`interactions.${index}.article: no article ${record.article} in this file`);
    }
    if (record.evidence >= details.sentences.length) {
      problems.push(`interactions.${index}.evidence: no sentence ${record.evidence} in this file`);
    }
  });
  if (problems.length > 0) invalid(`details file ${name} does not fit its bundle`, problems.slice(0, 8));
  return details;
}

/** Validates the report file against the manifest. */
export function parseReportFile(manifest: BundleManifest, value: unknown): ReportFile {
  const parsed = reportFileSchema.safeParse(value);
  if (!parsed.success) invalid(`invalid report file ${manifest.report.file}`, describeIssues(parsed.error));
  if (parsed.data.digest !== manifest.columns.digest) {
    invalid(`report file ${manifest.report.file} does not fit its bundle`, [
      `digest is ${parsed.data.digest}, the manifest expects ${manifest.columns.digest} (from another build)`,
    ]);
  }
  return parsed.data;
}

/** The interaction at `position` without its details: who, what, when and which way. */
export interface InteractionCore {
  position: number;
  source: string;
  target: string;
  type: InteractionType;
  directed: boolean;
  /** Article date as YYYY-MM-DD, or null. */
  date: string | null;
}

export function getInteractionCore(columns: GraphColumns, position: number): InteractionCore {
  const pair = columns.pairs[position] as number;
  const low = columns.nodeKeys[columns.pairSources[pair] as number] as string;
  const high = columns.nodeKeys[columns.pairTargets[pair] as number] as string;
  const flags = columns.flags[position] as number;
  const reversed = (flags & FLAG_REVERSED) !== 0;
  const day = columns.days[position] as number;
  return {
    position,
    source: reversed ? high : low,
    target: reversed ? low : high,
    type: INTERACTION_TYPES[columns.types[position] as number] as InteractionType,
    directed: (flags & FLAG_DIRECTED) !== 0,
    date: day === UNDATED ? null : toIsoDate(day),
  };
}

/** The full interaction record at `position`, given the details file that holds it. */
export function getInteractionRecord(
  columns: GraphColumns,
  details: DetailsChunk,
  position: number,
): { interaction: BundleInteraction; article: BundleArticle } {
  const record = details.interactions[position - details.first];
  if (!record) throw new Error(`entente/columns: interaction ${position} is not in this details file`);
  const core = getInteractionCore(columns, position);
  const article = details.articles[record.article] as BundleArticle;
  const interaction: BundleInteraction = {
    id: record.id,
    source: core.source,
    target: core.target,
    directed: core.directed,
    type: core.type,
    date: core.date,
    article: article.id,
    evidence: details.sentences[record.evidence] as string,
    sourceSpan: record.sourceSpan,
    targetSpan: record.targetSpan,
  };
  if (record.eventDate) interaction.eventDate = record.eventDate;
  return { interaction, article };
}

/** Rebuilds the version 1 bundle object from all of its version 2 files (the inverse of encodeBundle). */
export function decodeBundle(
  manifest: BundleManifest,
  columns: GraphColumns,
  details: readonly DetailsChunk[],
  report: ReportFile,
): Bundle {
  const interactions: BundleInteraction[] = [];
  const weights = new Uint32Array(columns.pairSources.length);
  for (const chunk of details) {
    for (let offset = 0; offset < chunk.interactions.length; offset += 1) {
      const position = chunk.first + offset;
      interactions.push(getInteractionRecord(columns, chunk, position).interaction);
      const pair = columns.pairs[position] as number;
      weights[pair] = (weights[pair] as number) + 1;
    }
  }
  if (interactions.length !== columns.days.length) {
    throw new BundleError(
      `entente/bundle: the details files hold ${interactions.length} of ${columns.days.length} interactions`,
    );
  }
  const fullReport: BuildReport = report.report;
  return {
    format: BUNDLE_FORMAT,
    version: 1,
    meta: { ...manifest.meta, report: fullReport },
    graph: {
      attributes: { title: manifest.meta.title },
      options: { type: 'undirected', multi: false, allowSelfLoops: false },
      nodes: manifest.nodes,
      edges: Array.from(columns.pairSources, (sourceIndex, pair) => {
        const source = columns.nodeKeys[sourceIndex] as string;
        const target = columns.nodeKeys[columns.pairTargets[pair] as number] as string;
        return {
          key: pairKey(source, target),
          source,
          target,
          attributes: { weight: weights[pair] as number },
        };
      }),
    },
    articles: report.articles,
    interactions,
    mentions: report.mentions as BundleMention[],
  };
}
