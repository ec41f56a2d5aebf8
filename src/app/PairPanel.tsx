// The side panel for a selected edge: the two ends (each a link to its own panel) and every interaction
// between them in the window, newest first, with evidence. In the country view the ends are countries
// and the list holds the underlying interactions of their people.
import type { NodeAttributes } from '../graph/bundle.ts';
import type { ThemeColors } from '../graph/appearance.ts';
import { formatCount } from '../graph/summary.ts';
import type { TimelineIndex } from '../graph/timeline.ts';
import { InteractionList } from './InteractionList.tsx';
import type { DetailsSource } from './load-graph.ts';
import { PanelCloseButton } from './PanelCloseButton.tsx';

interface PairPanelProps {
  source: string;
  target: string;
  /** Positions of the interactions listed, newest first. */
  interactions: readonly number[];
  windowLabel: string;
  getEndpoint: (node: string) => string;
  nodes: ReadonlyMap<string, NodeAttributes>;
  timeline: TimelineIndex;
  details: DetailsSource;
  colors: ThemeColors;
  onSelect: (node: string) => void;
  onClose: () => void;
}

export function PairPanel(props: PairPanelProps) {
  const { source, target, interactions, windowLabel, getEndpoint, nodes, timeline, details, colors } = props;
  const { onSelect, onClose } = props;
  const end = (node: string) => {
    const entity = nodes.get(node);
    return (
      <button type="button" className="link-button pair-end" onClick={() => onSelect(node)}>
        <span
          className="swatch"
          style={{ background: entity ? colors.entity[entity.type] : undefined }}
          aria-hidden="true"
        />
        {entity?.label ?? node}
      </button>
    );
  };
  const title = `${nodes.get(source)?.label ?? source} and ${nodes.get(target)?.label ?? target}`;
  return (
    <aside className="panel" aria-label={`${title}: interactions`} data-testid="pair-panel">
      <header className="panel-header">
        <div className="panel-kicker">Pair</div>
        <h2 className="panel-title pair-title">
          {end(source)}
          <span className="pair-joiner" aria-label="and">
            ↔
          </span>
          {end(target)}
        </h2>
        <p className="panel-stats">
          <strong>{formatCount(interactions.length, 'interaction')}</strong> · {windowLabel}
        </p>
        <PanelCloseButton onClose={onClose} />
      </header>
      <section className="panel-body" aria-label="Interactions">
        {interactions.length === 0 && <p className="muted">No interactions in this time window.</p>}
        <InteractionList
          interactions={interactions}
          isSelf={(node) => getEndpoint(node) === source}
          nodes={nodes}
          timeline={timeline}
          details={details}
          showCounterpart={false}
          onSelect={onSelect}
        />
      </section>
    </aside>
  );
}
