// Human-readable summaries of a bundle for the terminal: the end-of-build summary and `entente inspect`.
import { basename } from 'node:path';
import type { Bundle } from '../../graph/bundle.ts';
import {
  ENTITY_TYPE_LABELS,
  ENTITY_TYPES,
  INTERACTION_TYPE_INFO,
  INTERACTION_TYPES,
  type EntityType,
} from '../../graph/vocabulary.ts';

export interface TopEntity {
  id: string;
  label: string;
  type: string;
  role?: string;
  country?: string;
  mentions: number;
  interactions: number;
}

/** Entities ranked by interactions then mentions (ties broken by id, so the list is stable). */
export function getTopEntities(bundle: Bundle, limit: number, type?: string): TopEntity[] {
  const interactionCount = new Map<string, number>();
  for (const interaction of bundle.interactions) {
    interactionCount.set(interaction.source, (interactionCount.get(interaction.source) ?? 0) + 1);
    interactionCount.set(interaction.target, (interactionCount.get(interaction.target) ?? 0) + 1);
  }
  const labelOf = new Map(bundle.graph.nodes.map((node) => [node.key, node.attributes.label]));
  return bundle.graph.nodes
    .filter((node) => type === undefined || node.attributes.type === type)
    .map(({ key, attributes }) => {
      const entity: TopEntity = {
        id: key,
        label: attributes.label,
        type: attributes.type,
        mentions: attributes.mentions,
        interactions: interactionCount.get(key) ?? 0,
      };
      if (attributes.role) entity.role = attributes.role;
      if (attributes.country) entity.country = labelOf.get(attributes.country) ?? attributes.country;
      return entity;
    })
    .sort((a, b) => b.interactions - a.interactions || b.mentions - a.mentions || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

export function formatCounts(bundle: Bundle): string[] {
  const { counts, dateRange, report } = bundle.meta;
  const byType = ENTITY_TYPES.map(
    (type) => `${counts.entitiesByType[type] ?? 0} ${ENTITY_TYPE_LABELS[type].toLowerCase()}`,
  ).join(', ');
  const interactionsByType = new Map<string, number>();
  for (const interaction of bundle.interactions) {
    interactionsByType.set(interaction.type, (interactionsByType.get(interaction.type) ?? 0) + 1);
  }
  const typed = INTERACTION_TYPES.filter((type) => interactionsByType.has(type))
    .map((type) => `${interactionsByType.get(type)} ${INTERACTION_TYPE_INFO[type].label.toLowerCase()}`)
    .join(', ');
  return [
    `${bundle.meta.title} (${bundle.meta.id})`,
    `  articles      ${counts.articles} (${counts.undatedArticles} undated); read ${report.read}, used ${report.used}, skipped ${report.skipped}`,
    `  date range    ${dateRange ? `${dateRange.start} – ${dateRange.end}` : 'none (no dated articles)'}`,
    `  entities      ${counts.entities}: ${byType}`,
    `  interactions  ${counts.interactions}${typed ? `: ${typed}` : ''}`,
    `  edges         ${counts.edges} pairs, ${counts.communities} communities`,
    `  layout        ${bundle.meta.layout.algorithm}, ${bundle.meta.layout.iterations} iterations, seed ${bundle.meta.layout.seed}`,
  ];
}

export function formatSkipped(bundle: Bundle, limit = 50): string[] {
  const { report } = bundle.meta;
  const lines: string[] = [];
  const skipped = report.articles.filter((article) => article.status === 'skipped');
  if (skipped.length === 0 && report.problems.length === 0)
    return ['No skipped articles and no input problems.'];
  if (skipped.length > 0) {
    lines.push(`Skipped articles (${skipped.length}):`);
    for (const [reason, count] of Object.entries(report.skippedByReason))
      lines.push(`  ${count} × ${reason}`);
    for (const article of skipped.slice(0, limit)) {
      const where = `${article.file}${article.line ? `:${article.line}` : ''}`;
      lines.push(
        `  - ${where} ${article.title ? `"${article.title}" ` : ''}— ${article.reason ?? 'unknown reason'}`,
      );
    }
    if (skipped.length > limit) lines.push(`  … and ${skipped.length - limit} more`);
  }
  if (report.problems.length > 0) {
    lines.push(`Input problems (${report.problems.length}):`);
    for (const problem of report.problems.slice(0, limit)) {
      lines.push(`  - ${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.reason}`);
    }
    if (report.problems.length > limit) lines.push(`  … and ${report.problems.length - limit} more`);
  }
  return lines;
}

export function formatTopEntities(bundle: Bundle, limit = 15): string[] {
  const top = getTopEntities(bundle, limit);
  if (top.length === 0) return ['No entities.'];
  const lines = ['Top entities (by interactions, then mentions):'];
  for (const entity of top) {
    const detail = [entity.role, entity.country].filter(Boolean).join(', ');
    lines.push(
      `  ${pad(truncate(entity.label, 34), 34)} ${pad(ENTITY_TYPE_LABELS[entity.type as EntityType] ?? entity.type, 13)} ${pad(String(entity.interactions), 5)} interactions  ${pad(String(entity.mentions), 4)} mentions${detail ? `  (${detail})` : ''}`,
    );
  }
  return lines;
}

/** The full `entente inspect` output. */
export function formatInspection(bundle: Bundle): string {
  return [...formatCounts(bundle), '', ...formatTopEntities(bundle), '', ...formatSkipped(bundle)].join('\n');
}

/** A file of a bundle on disk, as `entente inspect` lists it. */
export interface BundleFileSize {
  file: string;
  role: string;
  bytes: number;
}

/** Roles of the files the app fetches before its first frame (a version 1 bundle is one file). */
const CORE_ROLES = new Set(['manifest', 'columns', 'bundle']);

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}

/** The files of a bundle with their sizes, and bytes per interaction for the core and for all files. */
export function formatBundleFiles(files: readonly BundleFileSize[], bundle: Bundle): string[] {
  const interactions = bundle.meta.counts.interactions;
  const width = Math.max(...files.map((entry) => basename(entry.file).length));
  const lines = [`Files (${files.length}):`];
  for (const entry of files) {
    lines.push(
      `  ${pad(basename(entry.file), width)}  ${pad(entry.role, 8)}  ${formatBytes(entry.bytes).padStart(10)}  (${entry.bytes} bytes)`,
    );
  }
  const core = files
    .filter((entry) => CORE_ROLES.has(entry.role))
    .reduce((sum, entry) => sum + entry.bytes, 0);
  const all = files.reduce((sum, entry) => sum + entry.bytes, 0);
  const perInteraction = (bytes: number): string =>
    interactions > 0 ? `${(bytes / interactions).toFixed(2)} bytes/interaction` : 'no interactions';
  lines.push(
    `  core (manifest + columns)  ${formatBytes(core)}, ${perInteraction(core)}`,
    `  all files                  ${formatBytes(all)}, ${perInteraction(all)}`,
  );
  return lines;
}
