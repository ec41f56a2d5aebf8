// What the explorer derives from the view state on each change: the filtered, projected visibility of the
// window (entity or country view), what the filters hide, and the interactions the panels list. Each
// piece is memoised on the inputs it reads, so hovering never recounts the window.
import { useMemo } from 'react';
import type { BundleInteraction } from '../graph/bundle.ts';
import {
  getEntityInteractions,
  getFilteredVisibility,
  getPairInteractions,
  type EdgeProjection,
  type FilteredVisibility,
  type InteractionFilters,
  type ListingContext,
} from '../graph/filters.ts';
import { getTypeCounts } from '../graph/summary.ts';
import type { TimeWindow } from '../graph/timeline.ts';
import type { ViewState } from '../graph/view-state.ts';
import type { EntityType } from '../graph/vocabulary.ts';
import { ALL_TIME, type GraphModel } from './graph-model.ts';

export interface Exploration {
  visibility: FilteredVisibility;
  projection: EdgeProjection;
  filters: InteractionFilters;
  /** Visible entities per type in the window (the legend's counts). */
  visibleByType: Record<EntityType, number>;
  entityTypeSet: ReadonlySet<EntityType>;
  /** Entities folded into a country, in the country view; null in the entity view. */
  foldedNodes: ReadonlyMap<string, string> | null;
  getNodeSize: (degree: number) => number;
  getEdgeSize: (count: number) => number;
  selectedInteractions: BundleInteraction[];
  pairInteractions: BundleInteraction[];
}

export function useExploration(model: GraphModel, view: ViewState): Exploration {
  const window: TimeWindow = view.window ?? ALL_TIME;
  const { start, end } = window;
  const projection = view.countryView ? model.projections.countries : model.projections.entities;
  const filters = useMemo<InteractionFilters>(
    () => ({
      entityTypes: view.entityTypes,
      interactionTypes: view.interactionTypes,
      minInteractions: view.minInteractions,
    }),
    [view.entityTypes, view.interactionTypes, view.minInteractions],
  );
  const visibility = useMemo(
    () =>
      getFilteredVisibility(
        model.timeline,
        model.nodeTypes,
        { start, end },
        view.includeUndated,
        filters,
        projection,
      ),
    [model, start, end, view.includeUndated, filters, projection],
  );
  const visibleByType = useMemo(
    () =>
      getTypeCounts(
        model.loaded.bundle.graph.nodes.map((node) => ({ key: node.key, type: node.attributes.type })),
        visibility.nodeDegrees,
      ),
    [model, visibility],
  );
  const entityTypeSet = useMemo(() => new Set(view.entityTypes), [view.entityTypes]);

  const listing = useMemo<ListingContext>(
    () => ({
      index: model.timeline,
      nodeTypes: model.nodeTypes,
      window: { start, end },
      includeUndated: view.includeUndated,
      filters,
      projection,
      visibility,
    }),
    [model, start, end, view.includeUndated, filters, projection, visibility],
  );
  const selectedInteractions = useMemo(
    () => (view.selectedNode ? getEntityInteractions(listing, view.selectedNode) : []),
    [listing, view.selectedNode],
  );
  const pair = view.selectedPair;
  const pairInteractions = useMemo(
    () => (pair ? getPairInteractions(listing, pair.source, pair.target) : []),
    [listing, pair],
  );

  return {
    visibility,
    projection,
    filters,
    visibleByType,
    entityTypeSet,
    foldedNodes: view.countryView ? model.affiliations : null,
    getNodeSize: view.countryView ? model.getCountryNodeSize : model.getNodeSize,
    getEdgeSize: view.countryView ? model.getCountryEdgeSize : model.getEdgeSize,
    selectedInteractions,
    pairInteractions,
  };
}
