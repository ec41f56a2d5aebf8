// The legend overlay, which is also where the view is filtered: the country-view switch, one toggle per
// entity type (swatch, name, visible / total in the window), and, folded away until wanted, the
// interaction-type toggles and the minimum number of interactions per edge.
import type { ThemeColors } from '../graph/appearance.ts';
import {
  ENTITY_TYPES,
  ENTITY_TYPE_LABELS,
  INTERACTION_TYPES,
  INTERACTION_TYPE_INFO,
  type EntityType,
  type InteractionType,
} from '../graph/vocabulary.ts';

interface LegendProps {
  visible: Record<EntityType, number>;
  total: Record<EntityType, number>;
  colors: ThemeColors;
  entityTypes: readonly EntityType[];
  interactionTypes: readonly InteractionType[];
  interactionTypeTotals: Record<InteractionType, number>;
  /** Interactions per type in the window, before the filters. */
  interactionTypesInWindow: Record<InteractionType, number>;
  minInteractions: number;
  countryView: boolean;
  /** False when no entity has a country, so the country view would change nothing. */
  canFoldCountries: boolean;
  onToggleEntityType: (type: EntityType) => void;
  onToggleInteractionType: (type: InteractionType) => void;
  onSetInteractionTypes: (types: readonly InteractionType[]) => void;
  onMinInteractionsChange: (value: number) => void;
  onToggleCountryView: () => void;
}

export function Legend(props: LegendProps) {
  const { visible, total, colors, entityTypes, interactionTypes, interactionTypeTotals } = props;
  const present = INTERACTION_TYPES.filter((type) => interactionTypeTotals[type] > 0);
  const shownTypes = present.filter((type) => interactionTypes.includes(type)).length;
  return (
    <section className="legend" aria-label="Legend and filters" data-testid="legend">
      {props.canFoldCountries && (
        <label className="switch" title="Fold people and organisations into their countries">
          <input type="checkbox" checked={props.countryView} onChange={props.onToggleCountryView} />
          <span className="switch-track" aria-hidden="true" />
          Country view
        </label>
      )}
      <ul className="legend-types">
        {ENTITY_TYPES.filter((type) => total[type] > 0).map((type) => {
          const on = entityTypes.includes(type);
          return (
            <li key={type} data-type={type}>
              <button
                type="button"
                className={on ? 'legend-toggle' : 'legend-toggle is-off'}
                aria-pressed={on}
                onClick={() => props.onToggleEntityType(type)}
                title={on ? `Hide ${ENTITY_TYPE_LABELS[type].toLowerCase()} entities` : 'Show again'}
              >
                <span className="swatch" style={{ background: colors.entity[type] }} aria-hidden="true" />
                <span className="legend-label">{ENTITY_TYPE_LABELS[type]}</span>
                <span
                  className="legend-count"
                  title={`${visible[type]} of ${total[type]} visible in the window`}
                >
                  {visible[type] === total[type] ? total[type] : `${visible[type]} / ${total[type]}`}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <details className="legend-filters">
        <summary>
          Interaction types{' '}
          <span className="muted">
            {shownTypes === present.length ? 'all' : `${shownTypes} of ${present.length}`}
            {props.minInteractions > 1 ? ` · ≥ ${props.minInteractions} per edge` : ''}
          </span>
        </summary>
        <div className="filter-all">
          <button type="button" className="text-button" onClick={() => props.onSetInteractionTypes(present)}>
            All
          </button>
          <button type="button" className="text-button" onClick={() => props.onSetInteractionTypes([])}>
            None
          </button>
        </div>
        <ul className="filter-types">
          {present.map((type) => (
            <li key={type}>
              <label className="filter-type">
                <input
                  type="checkbox"
                  checked={interactionTypes.includes(type)}
                  onChange={() => props.onToggleInteractionType(type)}
                />
                <span className="filter-type-label">{INTERACTION_TYPE_INFO[type].label}</span>
                <span
                  className="legend-count"
                  title={`${props.interactionTypesInWindow[type]} in the window, ${interactionTypeTotals[type]} in all`}
                >
                  {props.interactionTypesInWindow[type]}
                </span>
              </label>
            </li>
          ))}
        </ul>
        <label className="filter-min">
          Min. interactions per edge
          <input
            type="number"
            min={1}
            max={999}
            value={props.minInteractions}
            onChange={(event) => props.onMinInteractionsChange(Number(event.target.value))}
          />
        </label>
      </details>
      <p className="legend-note">
        {props.countryView
          ? 'People and organisations with a country count for it. Size: interactions in the window'
          : 'Size: interactions in the window'}
      </p>
    </section>
  );
}
