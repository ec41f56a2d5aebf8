// A list of interactions as the panels show them: date (or "Undated"), type, who the other side is, the
// evidence sentence with both names marked, and the article with a link when its URL is http(s). Who,
// what and when come from the columns at once; the evidence and the article are in the bundle's details
// files, fetched for the rows shown (a page at a time), so a panel on a large bundle opens immediately.
import { useEffect, useState } from 'react';
import type { NodeAttributes } from '../graph/bundle.ts';
import { getInteractionCore, getInteractionRecord } from '../graph/bundle-codec.ts';
import { formatDay, parseDayNumber } from '../graph/dates.ts';
import { isSafeLink } from '../graph/evidence.ts';
import type { TimelineIndex } from '../graph/timeline.ts';
import { INTERACTION_TYPE_INFO } from '../graph/vocabulary.ts';
import { Evidence } from './Evidence.tsx';
import type { DetailsSource } from './load-graph.ts';

/** Fetches the details files holding `positions` and re-renders as each arrives; returns the failure. */
function useDetails(positions: readonly number[], details: DetailsSource): string | null {
  const [, setArrived] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const missing = positions.filter((position) => details.getChunkFor(position) === null);
  const missingKey = missing.join(',');
  useEffect(() => {
    if (missingKey === '') return;
    let cancelled = false;
    const wanted = missingKey.split(',').map(Number);
    void Promise.all(wanted.map((position) => details.loadChunkFor(position))).then(
      () => {
        if (!cancelled) setArrived((count) => count + 1);
      },
      (error: unknown) => {
        if (!cancelled) setFailure(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [missingKey, details]);
  return failure;
}

interface InteractionListProps {
  /** Positions of the interactions, in the order shown. */
  interactions: readonly number[];
  timeline: TimelineIndex;
  details: DetailsSource;
  /** Whether an entity is on "our" side of the list (the panel's entity, or the pair's first end). */
  isSelf: (node: string) => boolean;
  nodes: ReadonlyMap<string, NodeAttributes>;
  /** Shows "→ counterpart" lines, for lists about one entity; a pair's list names both ends instead. */
  showCounterpart: boolean;
  onSelect: (node: string) => void;
}

const PAGE_SIZE = 60;

export function InteractionList(props: InteractionListProps) {
  const { interactions, timeline, details, isSelf, nodes, showCounterpart, onSelect } = props;
  const [shown, setShown] = useState(PAGE_SIZE);
  const label = (node: string) => nodes.get(node)?.label ?? node;
  const visible = interactions.slice(0, shown);
  const failure = useDetails(visible, details);
  const loading = !failure && visible.some((position) => details.getChunkFor(position) === null);
  return (
    <>
      {failure && (
        <p className="muted" role="alert">
          The evidence could not be loaded: {failure}
        </p>
      )}
      {loading && (
        <p className="muted" role="status">
          Loading the evidence…
        </p>
      )}
      <ol className="interaction-list">
        {visible.map((position) => {
          const interaction = getInteractionCore(timeline.columns, position);
          const chunk = details.getChunkFor(position);
          const record = chunk ? getInteractionRecord(timeline.columns, chunk, position) : null;
          const sourceIsSelf = isSelf(interaction.source);
          const counterpartId = sourceIsSelf ? interaction.target : interaction.source;
          const article = record?.article;
          const info = INTERACTION_TYPE_INFO[interaction.type];
          return (
            <li key={position} className="interaction" data-testid="interaction">
              <div className="interaction-meta">
                {interaction.date ? (
                  <time dateTime={interaction.date}>{formatDay(parseDayNumber(interaction.date))}</time>
                ) : (
                  <span className="chip" title="The article's date is unknown">
                    Undated
                  </span>
                )}
                <span className={`chip type-${info.category}`}>{info.label}</span>
              </div>
              {showCounterpart ? (
                <div className="interaction-counterpart">
                  {interaction.directed ? (sourceIsSelf ? '→ ' : '← ') : '↔ '}
                  <button type="button" className="link-button" onClick={() => onSelect(counterpartId)}>
                    {label(counterpartId)}
                  </button>
                </div>
              ) : (
                <div className="interaction-counterpart">
                  {label(interaction.source)}
                  <span className="muted">{interaction.directed ? ' → ' : ' ↔ '}</span>
                  {label(interaction.target)}
                </div>
              )}
              {record && (
                <Evidence
                  text={record.interaction.evidence}
                  sourceSpan={record.interaction.sourceSpan}
                  targetSpan={record.interaction.targetSpan}
                  self={sourceIsSelf ? 'source' : 'target'}
                />
              )}
              {article && (
                <div className="interaction-source">
                  {isSafeLink(article.url) ? (
                    <a href={article.url} target="_blank" rel="noopener noreferrer">
                      {article.title || 'Untitled article'}
                    </a>
                  ) : (
                    <span>{article.title || 'Untitled article'}</span>
                  )}
                  {article.source && <span className="muted"> — {article.source}</span>}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {interactions.length > shown && (
        <button
          type="button"
          className="text-button"
          onClick={() => setShown((count) => count + PAGE_SIZE * 4)}
        >
          Show more ({interactions.length - shown} left)
        </button>
      )}
    </>
  );
}
