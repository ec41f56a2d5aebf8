// What the explorer derives from the view state on each change: the filtered, projected visibility of the
// window (entity or country view) from the live counter, what the filters hide, and the positions of the
// interactions the panels list. Each piece is memoised on the inputs it reads, so hovering never touches
// the counter, and a window step costs what the days entering and leaving it hold.
import { useMemo } from 'react';
import {
  compileFilters,
  getEntityInteractions,
  getPairInteractions,
  type CompiledFilters,
  type EdgeProjection,
  type InteractionFilters,
  type ListingContext,
  type Visibility,
} from '../graph/filters.ts';
import type { TimeWindow } from '../graph/timeline.ts';
import type { ViewState } from '../graph/view-state.ts';
import type { EntityType } from '../graph/vocabulary.ts';
import { ALL_TIME, type GraphModel } from './graph-model.ts';

export interface Exploration {
  visibility: Visibility;
  projection: EdgeProjection;
  filters: InteractionFilters;
  compiledFilters: CompiledFilters;
  entityTypeSet: ReadonlySet<EntityType>;
  /** Entities folded into a country, in the country view; null in the entity view. */
  foldedNodes: ReadonlyMap<string, string> | null;
  getNodeSize: (degree: number) => number;
  getEdgeSize: (count: number) => number;
  /** Positions of the selected entity's interactions, newest first. */
  selectedInteractions: number[];
  pairInteractions: number[];
}

export function useExploration(model: GraphModel, view: ViewState): Exploration {
  const window: TimeWindow = view.window ?? ALL_TIME;
  const { start, end } = window;
  const countryView = view.countryView;
  const projection = countryView ? model.projections.countries : model.projections.entities;
  const filters = useMemo<InteractionFilters>(
    () => ({
      entityTypes: view.entityTypes,
      interactionTypes: view.interactionTypes,
      minInteractions: view.minInteractions,
    }),
    [view.entityTypes, view.interactionTypes, view.minInteractions],
  );
  const compiledFilters = useMemo(() => compileFilters(model.timeline, filters), [model, filters]);
  // The counter is live: updating it twice with the same inputs (as StrictMode does) changes nothing.
  const visibility = useMemo(
    () => model.getCounter(countryView).update({ start, end }, view.includeUndated, compiledFilters),
    [model, countryView, start, end, view.includeUndated, compiledFilters],
  );
  const entityTypeSet = useMemo(() => new Set(view.entityTypes), [view.entityTypes]);

  const listing = useMemo<ListingContext>(
    () => ({
      index: model.timeline,
      window: { start, end },
      includeUndated: view.includeUndated,
      filters: compiledFilters,
      projection,
      visibility,
    }),
    [model, start, end, view.includeUndated, compiledFilters, projection, visibility],
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
    compiledFilters,
    entityTypeSet,
    foldedNodes: countryView ? model.affiliations : null,
    getNodeSize: countryView ? model.getCountryNodeSize : model.getNodeSize,
    getEdgeSize: countryView ? model.getCountryEdgeSize : model.getEdgeSize,
    selectedInteractions,
    pairInteractions,
  };
}
