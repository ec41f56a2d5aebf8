// The side panel for the selected entity: who it is, its counterparts in the time window ranked by
// interactions (each with a sparkline; choosing one lists that pair), and its interactions, newest first,
// each with its article and evidence sentence. In the country view a country speaks for its people.
import { useMemo, useState } from 'react';
import type { NodeAttributes } from '../graph/bundle.ts';
import type { ThemeColors } from '../graph/appearance.ts';
import { getCounterparts } from '../graph/filters.ts';
import { formatCount } from '../graph/summary.ts';
import type { TimeWindow, TimelineIndex } from '../graph/timeline.ts';
import { ENTITY_TYPE_LABELS } from '../graph/vocabulary.ts';
import { InteractionList } from './InteractionList.tsx';
import type { DetailsSource } from './load-graph.ts';
import { PanelCloseButton } from './PanelCloseButton.tsx';
import { Sparkline } from './Sparkline.tsx';

interface EntityPanelProps {
  nodeId: string;
  entity: NodeAttributes;
  /** Positions of the interactions listed, newest first. */
  interactions: readonly number[];
  windowLabel: string;
  /** The dated span the sparklines cover (the window, or the whole range). */
  sparklineWindow: TimeWindow | null;
  /** The node an entity is drawn as (itself, or its country in the country view). */
  getEndpoint: (node: string) => string;
  /** How many entities the country view folds into this one (0 in the entity view). */
  foldedCount: number;
  nodes: ReadonlyMap<string, NodeAttributes>;
  timeline: TimelineIndex;
  details: DetailsSource;
  colors: ThemeColors;
  onSelect: (node: string) => void;
  onSelectPair: (counterpart: string) => void;
  onClose: () => void;
}

const MAX_ALIASES = 4;
const COUNTERPARTS_SHOWN = 6;

export function EntityPanel(props: EntityPanelProps) {
  const { nodeId, entity, interactions, windowLabel, nodes, timeline, details, colors, onSelect, onClose } =
    props;
  const { sparklineWindow, getEndpoint, foldedCount, onSelectPair } = props;
  const [allCounterparts, setAllCounterparts] = useState(false);
  const counterparts = useMemo(
    () => getCounterparts(timeline, interactions, nodeId, getEndpoint),
    [timeline, interactions, nodeId, getEndpoint],
  );
  const shownCounterparts = allCounterparts ? counterparts : counterparts.slice(0, COUNTERPARTS_SHOWN);
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
          <strong data-testid="panel-window-count">{formatCount(interactions.length, 'interaction')}</strong>{' '}
          in the window · {formatCount(entity.mentions, 'mention')} in{' '}
          {formatCount(entity.articles, 'article')}
        </p>
        {foldedCount > 0 && (
          <p className="panel-stats">
            Country view: includes{' '}
            {formatCount(foldedCount, 'person or organisation', 'people and organisations')}
          </p>
        )}
        <PanelCloseButton onClose={onClose} />
      </header>
      <div className="panel-body">
        {counterparts.length > 0 && (
          <section aria-label="Counterparts" className="counterparts">
            <h3 className="panel-section-title">
              Counterparts <span className="muted">· by interactions in the window</span>
            </h3>
            <ol className="counterpart-list" data-testid="counterparts">
              {shownCounterparts.map((counterpart) => {
                const node = nodes.get(counterpart.node);
                return (
                  <li key={counterpart.node}>
                    <button
                      type="button"
                      className="counterpart"
                      onClick={() => onSelectPair(counterpart.node)}
                      title={`List the interactions with ${node?.label ?? counterpart.node}`}
                    >
                      <span
                        className="swatch"
                        style={{ background: node ? colors.entity[node.type] : undefined }}
                        aria-hidden="true"
                      />
                      <span className="counterpart-name">{node?.label ?? counterpart.node}</span>
                      {sparklineWindow && <Sparkline days={counterpart.days} window={sparklineWindow} />}
                      <span className="counterpart-count">{counterpart.count}</span>
                    </button>
                  </li>
                );
              })}
            </ol>
            {counterparts.length > COUNTERPARTS_SHOWN && (
              <button type="button" className="text-button" onClick={() => setAllCounterparts((all) => !all)}>
                {allCounterparts ? 'Show fewer' : `Show all ${counterparts.length}`}
              </button>
            )}
          </section>
        )}
        <section aria-label="Interactions">
          <h3 className="panel-section-title">
            {formatCount(interactions.length, 'interaction')} <span className="muted">· {windowLabel}</span>
          </h3>
          {interactions.length === 0 && <p className="muted">No interactions in this time window.</p>}
          <InteractionList
            interactions={interactions}
            isSelf={(node) => getEndpoint(node) === nodeId}
            nodes={nodes}
            timeline={timeline}
            details={details}
            showCounterpart
            onSelect={onSelect}
          />
        </section>
      </div>
    </aside>
  );
}
