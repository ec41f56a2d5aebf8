// The explorer: header, the sigma canvas with its legend and zoom controls, the entity panel and the
// timeline. Filtering never re-creates sigma: the live window counter's visibility is handed to the
// renderer, whose reducers read it, and a window step refreshes only what changed.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import { THEME_COLORS, getTopNodes, type Theme } from '../graph/appearance.ts';
import { formatDateRange, parseDayNumber } from '../graph/dates.ts';
import { formatHiddenCounts, isFiltering } from '../graph/filters.ts';
import { formatCount, formatVisibleCounts } from '../graph/summary.ts';
import { isFullWindow } from '../graph/timeline.ts';
import { getUrlStateFromView, type UrlState } from '../graph/url-state.ts';
import { getCreditLine } from '../graph/view-export.ts';
import type { ViewAction, ViewState } from '../graph/view-state.ts';
import { EmbedBar } from './embed/EmbedBar.tsx';
import { ShareControls } from './embed/ShareControls.tsx';
import { useEmbedBridge } from './embed/use-embed-bridge.ts';
import { useUrlSync } from './embed/use-url-sync.ts';
import { ExportControls } from './export/ExportControls.tsx';
import { EntityPanel } from './EntityPanel.tsx';
import { EntitySearch } from './EntitySearch.tsx';
import type { GraphModel } from './graph-model.ts';
import { createGraphRenderer, type GraphRenderer, type RenderState } from './graph-renderer.ts';
import { Legend } from './Legend.tsx';
import { PairPanel } from './PairPanel.tsx';
import { installTestHook } from './test-hook.ts';
import { Timeline, type PlaybackProps } from './Timeline.tsx';
import { useExploration } from './use-exploration.ts';

interface ExplorerProps {
  model: GraphModel;
  view: ViewState;
  dispatch: Dispatch<ViewAction>;
  theme: Theme;
  onToggleTheme: () => void;
  onPickGraph: (id: string) => void;
  /** `?embed=1` (the minimal frame) and the host origin allowed to drive it, kept in the URL as they came. */
  embedState?: Pick<UrlState, 'embed' | 'origin'>;
}

/** How many of the busiest nodes in the window always carry a label; the rest appear as you zoom. */
const ALWAYS_LABELLED = 8;

export function Explorer({
  model,
  view,
  dispatch,
  theme,
  onToggleTheme,
  onPickGraph,
  embedState = {},
}: ExplorerProps) {
  const { manifest, index, entry, notice } = model.loaded;
  const containerRef = useRef<HTMLDivElement>(null);
  const rendererRef = useRef<GraphRenderer | null>(null);
  const firstFrameRef = useRef<number | null>(null);
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  const colors = THEME_COLORS[theme];

  const exploration = useExploration(model, view);
  const { visibility } = exploration;
  // The selected entity stays itself in its panel even when the country view folds it into its country,
  // so its counterparts (folded into theirs) are listed against it.
  const selectedNodeId = view.selectedNode;
  const projectedEndpoint = exploration.projection.getEndpoint;
  const panelEndpoint = useCallback(
    (node: string) => (node === selectedNodeId ? node : projectedEndpoint(node)),
    [selectedNodeId, projectedEndpoint],
  );
  const labelledNodes = useMemo(
    () => getTopNodes(model.loaded.columns.nodeKeys, visibility.getNodeDegree, ALWAYS_LABELLED),
    [model, visibility],
  );
  const renderState: RenderState = useMemo(
    () => ({
      visibility,
      // In the country view a selected person is drawn as their country: focus on what is on screen.
      selectedNode: view.selectedNode ? exploration.projection.getEndpoint(view.selectedNode) : null,
      hoveredNode: view.hoveredNode,
      selectedPair: view.selectedPair,
      entityTypes: exploration.entityTypeSet,
      foldedNodes: exploration.foldedNodes,
      theme,
      labelledNodes,
      getNodeSize: exploration.getNodeSize,
      getEdgeSize: exploration.getEdgeSize,
    }),
    [visibility, view.selectedNode, view.hoveredNode, view.selectedPair, theme, labelledNodes, exploration],
  );
  const renderStateRef = useRef(renderState);
  const viewRef = useRef(view);
  const visibilityRef = useRef(visibility);
  useEffect(() => {
    renderStateRef.current = renderState;
    viewRef.current = view;
    visibilityRef.current = visibility;
  });

  // The URL is the state: replaced, not pushed, so dragging the timeline adds no history entries.
  const embed = embedState.embed === true;
  useUrlSync(getUrlStateFromView(view, theme), embedState);
  useEmbedBridge({ enabled: embed, allowedOrigin: embedState.origin, view, dispatch, nodes: model.nodes });

  // One sigma per graph.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const renderer = createGraphRenderer(
      container,
      model.graph,
      { nodes: model.loaded.columns.nodeKeys, edges: model.edges.keys },
      {
        onNodeClick: (node) => dispatch({ type: 'nodeSelected', node }),
        onNodeHover: (node) => dispatch({ type: 'nodeHovered', node }),
        onEdgeClick: (source, target) => dispatch({ type: 'pairSelected', pair: { source, target } }),
        onStageClick: () => dispatch({ type: 'panelClosed' }),
      },
      renderStateRef.current,
    );
    rendererRef.current = renderer;
    // Sigma draws its first frame inside its constructor.
    firstFrameRef.current ??= performance.now();
    return () => {
      rendererRef.current = null;
      renderer.kill();
    };
  }, [model, dispatch]);

  // A layout effect, so a window step reaches sigma before the browser paints the rest of the update.
  useLayoutEffect(() => {
    rendererRef.current?.update(renderState);
  }, [renderState]);

  // Playback steps one histogram bar at a time until the user picks another step.
  useEffect(() => dispatch({ type: 'playbackStepChanged', step: model.unit }), [model, dispatch]);

  const selectAndFocus = useCallback(
    (node: string | null) => {
      dispatch({ type: 'nodeSelected', node });
      if (node !== null) rendererRef.current?.focusNode(node);
    },
    [dispatch],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') dispatch({ type: 'panelClosed' });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [dispatch]);

  useEffect(
    () =>
      installTestHook({
        getView: () => viewRef.current,
        getVisibility: () => visibilityRef.current,
        getRenderer: () => rendererRef.current,
        getNodeIds: () => [...model.loaded.columns.nodeKeys],
        selectNode: selectAndFocus,
        getLoadMarks: () =>
          firstFrameRef.current === null
            ? null
            : { fetched: model.loaded.fetchedAt, firstFrame: firstFrameRef.current },
        getRange: () => model.timeline.range,
        setWindow: (window) => dispatch({ type: 'windowChanged', window }),
      }),
    [model, selectAndFocus, dispatch],
  );

  const selected = view.selectedNode ? model.nodes.get(view.selectedNode) : undefined;
  const selectedInteractions = exploration.selectedInteractions;
  const visibleByType = visibility.visibleByType;
  const hiddenLabel = formatHiddenCounts(visibility.hidden);
  const playback: PlaybackProps = useMemo(
    () => ({
      playing: view.playing,
      speed: view.playbackSpeed,
      step: view.playbackStep,
      onToggle: () => dispatch({ type: 'playbackToggled' }),
      onTick: () => dispatch({ type: 'playbackTicked' }),
      onSpeedChange: (speed) => dispatch({ type: 'playbackSpeedChanged', speed }),
      onStepChange: (step) => dispatch({ type: 'playbackStepChanged', step }),
    }),
    [view.playing, view.playbackSpeed, view.playbackStep, dispatch],
  );

  const range = model.timeline.range;
  const windowLabel = view.window ? formatDateRange(view.window.start, view.window.end) : 'all interactions';
  const { meta } = manifest;
  const bundleRange = meta.dateRange
    ? formatDateRange(parseDayNumber(meta.dateRange.start), parseDayNumber(meta.dateRange.end))
    : 'Undated';
  const { columns } = model.loaded;
  const undatedTotal = columns.days.length - columns.dated;
  const isEmpty = columns.nodeKeys.length === 0;
  const title = meta.title || entry.title || entry.id;

  return (
    <div className={embed ? 'app app--embed' : 'app'}>
      {embed && (
        <EmbedBar
          title={title}
          selectedLabel={selected?.label ?? null}
          credit={getCreditLine(meta.counts.articles, manifest.sources)}
          urlState={getUrlStateFromView(view, theme)}
        />
      )}
      <header className="topbar">
        <div className="topbar-title">
          <span className="brand" aria-hidden="true">
            Entente
          </span>
          <h1>{title}</h1>
          <p className="topbar-subtitle">
            {bundleRange} · {formatCount(meta.counts.articles, 'article')} ·{' '}
            {formatCount(columns.nodeKeys.length, 'entity', 'entities')} ·{' '}
            {formatCount(columns.days.length, 'interaction')}
          </p>
        </div>
        <div className="topbar-actions">
          {!isEmpty && <EntitySearch nodes={model.nodes} colors={colors} onSelect={selectAndFocus} />}
          {index.graphs.length > 1 && (
            <label className="picker">
              <span className="visually-hidden">Graph</span>
              <select
                value={entry.id}
                onChange={(event) => onPickGraph(event.target.value)}
                aria-label="Graph"
              >
                {index.graphs.map((graph) => (
                  <option key={graph.id} value={graph.id}>
                    {graph.title || graph.id}
                  </option>
                ))}
              </select>
            </label>
          )}
          <ShareControls getUrlState={() => getUrlStateFromView(viewRef.current, theme)} title={title} />
          {!isEmpty && (
            <ExportControls model={model} view={view} theme={theme} getRenderer={() => rendererRef.current} />
          )}
          <button
            type="button"
            className="icon-button"
            onClick={onToggleTheme}
            aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
            title={theme === 'dark' ? 'Light theme' : 'Dark theme'}
          >
            {theme === 'dark' ? '☀' : '☾'}
          </button>
        </div>
      </header>

      <main className="stage">
        <div
          className="graph-canvas"
          ref={containerRef}
          data-testid="graph-canvas"
          role="img"
          aria-label={`Network of ${formatCount(visibility.entities, 'entity', 'entities')} and ${formatCount(visibility.edges, 'edge')} in the time window. Use “Find an entity” to open one.`}
        />
        {!isEmpty && (
          <Legend
            visible={visibleByType}
            total={model.totalByType}
            colors={colors}
            entityTypes={view.entityTypes}
            interactionTypes={view.interactionTypes}
            interactionTypeTotals={model.interactionTypeTotals}
            interactionTypesInWindow={visibility.byInteractionType}
            minInteractions={view.minInteractions}
            countryView={view.countryView}
            canFoldCountries={model.affiliations.size > 0}
            onToggleEntityType={(entityType) => dispatch({ type: 'entityTypeToggled', entityType })}
            onToggleInteractionType={(interactionType) =>
              dispatch({ type: 'interactionTypeToggled', interactionType })
            }
            onSetInteractionTypes={(interactionTypes) =>
              dispatch({ type: 'interactionTypesSet', interactionTypes })
            }
            onMinInteractionsChange={(minInteractions) =>
              dispatch({ type: 'minInteractionsChanged', minInteractions })
            }
            onToggleCountryView={() => dispatch({ type: 'countryViewToggled' })}
          />
        )}
        {isEmpty && (
          <p className="stage-message">This graph has no entities: the build found nothing to draw.</p>
        )}
        {notice && !noticeDismissed && (
          <div className="notice" role="status">
            {notice}
            <button
              type="button"
              className="icon-button"
              aria-label="Dismiss"
              onClick={() => setNoticeDismissed(true)}
            >
              ×
            </button>
          </div>
        )}
        {!isEmpty && (
          <div className="zoom-controls" role="group" aria-label="Zoom">
            <button
              type="button"
              className="icon-button"
              aria-label="Zoom in"
              onClick={() => rendererRef.current?.zoomBy(1.5)}
            >
              +
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label="Zoom out"
              onClick={() => rendererRef.current?.zoomBy(1 / 1.5)}
            >
              −
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label="Fit graph"
              title="Fit graph"
              onClick={() => rendererRef.current?.resetCamera()}
            >
              ⤢
            </button>
          </div>
        )}
        {view.selectedPair && (
          <PairPanel
            key={`${view.selectedPair.source}|${view.selectedPair.target}`}
            source={view.selectedPair.source}
            target={view.selectedPair.target}
            interactions={exploration.pairInteractions}
            windowLabel={windowLabel}
            getEndpoint={exploration.projection.getEndpoint}
            nodes={model.nodes}
            timeline={model.timeline}
            details={model.loaded.details}
            colors={colors}
            onSelect={selectAndFocus}
            onClose={() => dispatch({ type: 'panelClosed' })}
          />
        )}
        {!view.selectedPair && selected && view.selectedNode && (
          <EntityPanel
            key={view.selectedNode}
            nodeId={view.selectedNode}
            entity={selected}
            interactions={selectedInteractions}
            windowLabel={windowLabel}
            sparklineWindow={view.window}
            getEndpoint={panelEndpoint}
            foldedCount={exploration.projection.getMembers(view.selectedNode).length - 1}
            nodes={model.nodes}
            timeline={model.timeline}
            details={model.loaded.details}
            colors={colors}
            onSelect={selectAndFocus}
            onSelectPair={(counterpart) =>
              view.selectedNode &&
              dispatch({ type: 'pairSelected', pair: { source: view.selectedNode, target: counterpart } })
            }
            onClose={() => dispatch({ type: 'panelClosed' })}
          />
        )}
      </main>

      <footer className="timeline">
        <div className="timeline-bar-row">
          <p className="visible-counts" data-testid="visible-counts" aria-live="polite">
            {formatVisibleCounts(visibility, view.window)}
            {hiddenLabel && <span className="hidden-counts"> · {hiddenLabel}</span>}
            {view.countryView && (
              <span className="hidden-counts">
                {' '}
                · country view
                {visibility.folded > 0 &&
                  `, ${formatCount(visibility.folded, 'interaction')} within one country not drawn`}
              </span>
            )}
          </p>
          <div className="timeline-actions">
            {isFiltering(exploration.filters) && (
              <button
                type="button"
                className="text-button"
                onClick={() => dispatch({ type: 'filtersReset' })}
              >
                Clear filters
              </button>
            )}
            {range && <span className="muted">Bars: interactions per {model.unit}</span>}
            {undatedTotal > 0 && (
              <label className="toggle">
                <input
                  type="checkbox"
                  checked={view.includeUndated}
                  onChange={() => dispatch({ type: 'undatedToggled' })}
                />
                Include {undatedTotal.toLocaleString('en-GB')} undated
              </label>
            )}
            {range && view.window && !isFullWindow(view.window, range) && (
              <button type="button" className="text-button" onClick={() => dispatch({ type: 'windowReset' })}>
                Show all dates
              </button>
            )}
          </div>
        </div>
        {range && view.window ? (
          <Timeline
            range={range}
            window={view.window}
            buckets={model.histogram}
            unit={model.unit}
            onChange={(next) => dispatch({ type: 'windowChanged', window: next })}
            playback={playback}
          />
        ) : (
          <p className="muted timeline-empty">No dated interactions: the timeline is empty.</p>
        )}
      </footer>
    </div>
  );
}
