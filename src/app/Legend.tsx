// The legend overlay: one swatch per entity type with how many are visible in the window, and what
// node size means.
import type { ThemeColors } from '../graph/appearance.ts';
import { ENTITY_TYPES, ENTITY_TYPE_LABELS, type EntityType } from '../graph/vocabulary.ts';

interface LegendProps {
  visible: Record<EntityType, number>;
  total: Record<EntityType, number>;
  colors: ThemeColors;
}

export function Legend({ visible, total, colors }: LegendProps) {
  return (
    <section className="legend" aria-label="Legend" data-testid="legend">
      <ul>
        {ENTITY_TYPES.filter((type) => total[type] > 0).map((type) => (
          <li key={type} data-type={type}>
            <span className="swatch" style={{ background: colors.entity[type] }} aria-hidden="true" />
            <span className="legend-label">{ENTITY_TYPE_LABELS[type]}</span>
            <span className="legend-count" title={`${visible[type]} of ${total[type]} visible in the window`}>
              {visible[type] === total[type] ? total[type] : `${visible[type]} / ${total[type]}`}
            </span>
          </li>
        ))}
      </ul>
      <p className="legend-note">Size: interactions in the window</p>
    </section>
  );
}
