// The side panel for the selected entity: who it is, and its interactions inside the time window,
// newest first, each with its article and evidence sentence.
import { useState } from 'react';
import type { BundleArticle, BundleInteraction, NodeAttributes } from '../graph/bundle.ts';
import type { ThemeColors } from '../graph/appearance.ts';
import { formatDay, parseDayNumber } from '../graph/dates.ts';
import { isSafeLink } from '../graph/evidence.ts';
import { formatCount } from '../graph/summary.ts';
import { ENTITY_TYPE_LABELS, INTERACTION_TYPE_INFO } from '../graph/vocabulary.ts';
import { Evidence } from './Evidence.tsx';

interface EntityPanelProps {
  nodeId: string;
  entity: NodeAttributes;
  interactions: readonly BundleInteraction[];
  windowLabel: string;
  nodes: ReadonlyMap<string, NodeAttributes>;
  articles: ReadonlyMap<string, BundleArticle>;
  colors: ThemeColors;
  onSelect: (node: string) => void;
  onClose: () => void;
}

const PAGE_SIZE = 60;
const MAX_ALIASES = 4;

export function EntityPanel(props: EntityPanelProps) {
  const { nodeId, entity, interactions, windowLabel, nodes, articles, colors, onSelect, onClose } = props;
  const [shown, setShown] = useState(PAGE_SIZE);
  const country = entity.country ? nodes.get(entity.country) : undefined;
  const facts = [entity.role, entity.code].filter(Boolean).join(' · ');
  // Long alias lists (every title a name appeared with) are cut to the shortest few; all show on hover.
  const aliases = [...entity.aliases].sort((a, b) => a.length - b.length).slice(0, MAX_ALIASES);

  return (
    <aside className="panel" aria-label={`${entity.label} details`} data-testid="entity-panel">
      <header className="panel-header">
        <div className="panel-kicker">
          <span className="swatch" style={{ background: colors.entity[entity.type] }} aria-hidden="true" />
          {ENTITY_TYPE_LABELS[entity.type]}
        </div>
        <h2 className="panel-title">{entity.label}</h2>
        {(facts || country) && (
          <p className="panel-facts">
            {facts}
            {facts && country ? ' · ' : ''}
            {country && entity.country && (
              <button
                type="button"
                className="link-button"
                onClick={() => onSelect(entity.country as string)}
              >
                {country.label}
              </button>
            )}
          </p>
        )}
        {aliases.length > 0 && (
          <p className="panel-aliases" title={entity.aliases.join('\n')}>
            Also: {aliases.join(', ')}
            {entity.aliases.length > aliases.length && ` and ${entity.aliases.length - aliases.length} more`}
          </p>
        )}
        <p className="panel-stats">
          {formatCount(entity.mentions, 'mention')} in {formatCount(entity.articles, 'article')}
        </p>
        <button
          type="button"
          className="icon-button panel-close"
          onClick={onClose}
          aria-label="Close panel"
          title="Close (Esc)"
        >
          ×
        </button>
      </header>
      <section className="panel-body" aria-label="Interactions">
        <h3 className="panel-section-title">
          {formatCount(interactions.length, 'interaction')} <span className="muted">· {windowLabel}</span>
        </h3>
        {interactions.length === 0 && <p className="muted">No interactions in this time window.</p>}
        <ol className="interaction-list">
          {interactions.slice(0, shown).map((interaction) => {
            const counterpartId = interaction.source === nodeId ? interaction.target : interaction.source;
            const counterpart = nodes.get(counterpartId);
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
                <div className="interaction-counterpart">
                  {interaction.directed ? (interaction.source === nodeId ? '→ ' : '← ') : '↔ '}
                  <button type="button" className="link-button" onClick={() => onSelect(counterpartId)}>
                    {counterpart?.label ?? counterpartId}
                  </button>
                </div>
                <Evidence
                  text={interaction.evidence}
                  sourceSpan={interaction.sourceSpan}
                  targetSpan={interaction.targetSpan}
                  self={interaction.source === nodeId ? 'source' : 'target'}
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
      </section>
    </aside>
  );
}
