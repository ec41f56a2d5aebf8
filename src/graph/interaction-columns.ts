// Columnar storage for interactions: pair index, day and type in typed arrays sorted by day (7 bytes an
// interaction, no per-object overhead), with the evidence kept apart so it can be loaded only when a panel
// needs it. `toInteractionColumns` and `fromInteractionColumns` convert losslessly to and from the
// bundle's interaction records; `toColumnBytes`/`fromColumnBytes` pack the columns into one binary blob.
import { pairKey, type BundleInteraction } from './bundle.ts';
import { parseDayNumber, toIsoDate } from './dates.ts';
import { INTERACTION_TYPES, type InteractionType } from './vocabulary.ts';

/** Day value stored for undated interactions (they sort last). */
export const UNDATED_DAY = 0xffff;
/** Type byte bit set when the interaction is directed from the pair's target to its source. */
const REVERSED_BIT = 0x80;
/** Type byte bit set when the interaction is directed (source acts on target). */
const DIRECTED_BIT = 0x40;
const TYPE_MASK = 0x3f;

export interface InteractionColumns {
  /** Day 0 of the `days` column, as a day number since 1970-01-01. */
  dayZero: number;
  /** Index into the graph's edge list of each interaction's pair. */
  pairs: Uint32Array;
  /** Days since `dayZero`, or UNDATED_DAY; ascending. */
  days: Uint16Array;
  /** Type code (index in INTERACTION_TYPES) plus direction bits. */
  types: Uint8Array;
}

/** What the columns leave out, kept in a separate file and loaded on demand. */
export interface InteractionEvidence {
  id: string;
  article: string;
  evidence: string;
  sourceSpan: [number, number];
  targetSpan: [number, number];
  eventDate?: string;
}

export interface PairEnds {
  source: string;
  target: string;
}

/**
 * Splits interactions into columns plus evidence. `edges` is the graph's edge list (sorted ends);
 * interactions must already be sorted by date with undated ones last, as the pipeline writes them.
 */
export function toInteractionColumns(
  interactions: readonly BundleInteraction[],
  edges: readonly PairEnds[],
): { columns: InteractionColumns; evidence: InteractionEvidence[] } {
  const pairIndex = new Map(edges.map((edge, index) => [pairKey(edge.source, edge.target), index]));
  // Sorted by date, so the first dated interaction holds the earliest day.
  const firstDated = interactions.find((interaction) => interaction.date !== null);
  const dayZero = firstDated ? parseDayNumber(firstDated.date as string) : 0;
  const pairs = new Uint32Array(interactions.length);
  const days = new Uint16Array(interactions.length);
  const types = new Uint8Array(interactions.length);
  const evidence: InteractionEvidence[] = [];
  let previousDay = -1;
  interactions.forEach((interaction, index) => {
    const pair = pairIndex.get(pairKey(interaction.source, interaction.target));
    if (pair === undefined) {
      throw new Error(`entente/columns: interaction ${interaction.id} has no graph edge`);
    }
    const day = interaction.date === null ? UNDATED_DAY : parseDayNumber(interaction.date) - dayZero;
    if (day < previousDay)
      throw new Error(`entente/columns: interaction ${interaction.id} is out of date order`);
    if (interaction.date !== null && day >= UNDATED_DAY)
      throw new Error(`entente/columns: ${interaction.date} is too far from the first date`);
    previousDay = day;
    const edge = edges[pair] as PairEnds;
    const reversed = interaction.source !== edge.source;
    pairs[index] = pair;
    days[index] = day;
    types[index] =
      INTERACTION_TYPES.indexOf(interaction.type) |
      (interaction.directed ? DIRECTED_BIT : 0) |
      (reversed ? REVERSED_BIT : 0);
    const record: InteractionEvidence = {
      id: interaction.id,
      article: interaction.article,
      evidence: interaction.evidence,
      sourceSpan: interaction.sourceSpan,
      targetSpan: interaction.targetSpan,
    };
    if (interaction.eventDate) record.eventDate = interaction.eventDate;
    evidence.push(record);
  });
  return { columns: { dayZero, pairs, days, types }, evidence };
}

/** Rebuilds the interaction records from columns and evidence (the inverse of toInteractionColumns). */
export function fromInteractionColumns(
  columns: InteractionColumns,
  evidence: readonly InteractionEvidence[],
  edges: readonly PairEnds[],
): BundleInteraction[] {
  if (evidence.length !== columns.pairs.length) {
    throw new Error(
      `entente/columns: ${evidence.length} evidence records for ${columns.pairs.length} interactions`,
    );
  }
  return evidence.map((record, index) => {
    const edge = edges[columns.pairs[index] as number];
    if (!edge) throw new Error(`entente/columns: interaction ${index} refers to a missing pair`);
    const code = (columns.types[index] as number) & TYPE_MASK;
    const type = INTERACTION_TYPES[code] as InteractionType | undefined;
    if (!type) throw new Error(`entente/columns: interaction ${index} has unknown type code ${code}`);
    const reversed = ((columns.types[index] as number) & REVERSED_BIT) !== 0;
    const day = columns.days[index] as number;
    const interaction: BundleInteraction = {
      id: record.id,
      source: reversed ? edge.target : edge.source,
      target: reversed ? edge.source : edge.target,
      directed: ((columns.types[index] as number) & DIRECTED_BIT) !== 0,
      type,
      date: day === UNDATED_DAY ? null : toIsoDate(columns.dayZero + day),
      article: record.article,
      evidence: record.evidence,
      sourceSpan: record.sourceSpan,
      targetSpan: record.targetSpan,
    };
    if (record.eventDate) interaction.eventDate = record.eventDate;
    return interaction;
  });
}

/** Packs the columns into one little-endian blob: pairs (4 bytes each), then days (2), then types (1). */
export function toColumnBytes(columns: InteractionColumns): Uint8Array {
  const count = columns.pairs.length;
  const bytes = new Uint8Array(count * 7);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < count; index += 1) {
    view.setUint32(index * 4, columns.pairs[index] as number, true);
    view.setUint16(count * 4 + index * 2, columns.days[index] as number, true);
  }
  bytes.set(columns.types, count * 6);
  return bytes;
}

/** Unpacks a blob written by toColumnBytes; `count` comes from the bundle's metadata. */
export function fromColumnBytes(bytes: Uint8Array, count: number, dayZero: number): InteractionColumns {
  if (bytes.byteLength !== count * 7) {
    throw new Error(
      `entente/columns: expected ${count * 7} bytes for ${count} interactions, got ${bytes.byteLength}`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pairs = new Uint32Array(count);
  const days = new Uint16Array(count);
  for (let index = 0; index < count; index += 1) {
    pairs[index] = view.getUint32(index * 4, true);
    days[index] = view.getUint16(count * 4 + index * 2, true);
  }
  const types = bytes.slice(count * 6, count * 7);
  return { dayZero, pairs, days, types };
}
