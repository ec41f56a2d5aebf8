// A list of interactions as the panels show them: date (or "Undated"), type, who the other side is, the
// evidence sentence with both names marked, and the article with a link when its URL is http(s).
import { useState } from 'react';
import type { BundleArticle, BundleInteraction, NodeAttributes } from '../graph/bundle.ts';
import { formatDay, parseDayNumber } from '../graph/dates.ts';
import { isSafeLink } from '../graph/evidence.ts';
import { INTERACTION_TYPE_INFO } from '../graph/vocabulary.ts';
import { Evidence } from './Evidence.tsx';

interface InteractionListProps {
  interactions: readonly BundleInteraction[];
  /** Whether an entity is on "our" side of the list (the panel's entity, or the pair's first end). */
  isSelf: (node: string) => boolean;
  nodes: ReadonlyMap<string, NodeAttributes>;
  articles: ReadonlyMap<string, BundleArticle>;
  /** Shows "→ counterpart" lines, for lists about one entity; a pair's list names both ends instead. */
  showCounterpart: boolean;
  onSelect: (node: string) => void;
}

const PAGE_SIZE = 60;

export function InteractionList(props: InteractionListProps) {
  const { interactions, isSelf, nodes, articles, showCounterpart, onSelect } = props;
  const [shown, setShown] = useState(PAGE_SIZE);
  const label = (node: string) => nodes.get(node)?.label ?? node;
  return (
    <>
      <ol className="interaction-list">
        {interactions.slice(0, shown).map((interaction) => {
          const sourceIsSelf = isSelf(interaction.source);
          const counterpartId = sourceIsSelf ? interaction.target : interaction.source;
          const article = articles.get(interaction.article);
          const info = INTERACTION_TYPE_INFO[interaction.type];
          return (
            <li key={interaction.id} className="interaction" data-testid="interaction">
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
              <Evidence
                text={interaction.evidence}
                sourceSpan={interaction.sourceSpan}
                targetSpan={interaction.targetSpan}
                self={sourceIsSelf ? 'source' : 'target'}
              />
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
