// CSV export of a bundle: four UTF-8 tables with stable columns (articles, nodes, interactions, mentions)
// for spreadsheet users and for scoring extraction against hand-made answer keys.
import type { Bundle } from './bundle.ts';

export const CSV_COLUMNS = {
  articles: ['id', 'title', 'date', 'source', 'file'],
  nodes: ['id', 'label', 'type', 'code', 'aliases', 'country', 'role', 'mentions'],
  interactions: ['source', 'target', 'date', 'type', 'article', 'evidence'],
  mentions: ['article', 'node', 'count'],
} as const;

export type CsvTableName = keyof typeof CSV_COLUMNS;

/** Quotes a field per RFC 4180 when it holds a comma, quote or line break. */
export function toCsvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  const lines = [header.join(',')];
  for (const row of rows) lines.push(row.map(toCsvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The four tables of a bundle as CSV text, keyed by file stem. */
export function toCsvTables(bundle: Bundle): Record<CsvTableName, string> {
  return {
    articles: toCsv(
      CSV_COLUMNS.articles,
      bundle.articles.map((article) => [
        article.id,
        article.title,
        article.date,
        article.source,
        article.file,
      ]),
    ),
    nodes: toCsv(
      CSV_COLUMNS.nodes,
      bundle.graph.nodes.map(({ key, attributes }) => [
        key,
        attributes.label,
        attributes.type,
        attributes.code,
        attributes.aliases.join('|'),
        attributes.country,
        attributes.role,
        attributes.mentions,
      ]),
    ),
    interactions: toCsv(
      CSV_COLUMNS.interactions,
      bundle.interactions.map((interaction) => [
        interaction.source,
        interaction.target,
        interaction.date,
        interaction.type,
        interaction.article,
        interaction.evidence,
      ]),
    ),
    mentions: toCsv(
      CSV_COLUMNS.mentions,
      bundle.mentions.map((mention) => [mention.article, mention.node, mention.count]),
    ),
  };
}
