// The explorer: header, the sigma canvas with its legend and zoom controls, the entity panel and the
// timeline. Filtering never re-creates sigma: the visibility of the window is memoised here and handed
// to the renderer, whose reducers read it on `refresh()`.
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import { THEME_COLORS, getTopNodes, type Theme } from '../graph/appearance.ts';
import { formatDateRange, parseDayNumber } from '../graph/dates.ts';
import { formatCount, formatVisibleCounts, getTypeCounts } from '../graph/summary.ts';
import { getNodeInteractions, getVisibility, isFullWindow } from '../graph/timeline.ts';
import { setWindowParams, type ViewAction, type ViewState } from '../graph/view-state.ts';
import { EntityPanel } from './EntityPanel.tsx';
import { EntitySearch } from './EntitySearch.tsx';
import { ALL_TIME, type GraphModel } from './graph-model.ts';
import { createGraphRenderer, type GraphRenderer, type RenderState } from './graph-renderer.ts';
import { Legend } from './Legend.tsx';
import { installTestHook } from './test-hook.ts';
import { Timeline } from './Timeline.tsx';

interface ExplorerProps {
  model: GraphModel;
  view: ViewState;
  dispatch: Dispatch<ViewAction>;
  theme: Theme;
  onToggleTheme: () => void;
  onPickGraph: (id: string) => void;
}

/** How many of the busiest nodes in the window always carry a label; the rest appear as you zoom. */
const ALWAYS_LABELLED = 8;

export function Explorer({ model, view, dispatch, theme, onToggleTheme, onPickGraph }: ExplorerProps) {
  const { bundle, index, entry, notice } = model.loaded;
  const containerRef = useRef<HTMLDivElement>(null);
  const rendererRef = useRef<GraphRenderer | null>(null);
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  const colors = THEME_COLORS[theme];

  const timeWindow = view.window ?? ALL_TIME;
  const visibility = useMemo(
    () => getVisibility(model.timeline, timeWindow, view.includeUndated),
    // The window's ends, not its identity, decide what is visible.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model.timeline, timeWindow.start, timeWindow.end, view.includeUndated],
  );
  const labelledNodes = useMemo(() => getTopNodes(visibility.nodeDegrees, ALWAYS_LABELLED), [visibility]);
  const renderState: RenderState = useMemo(
    () => ({
      visibility,
      selectedNode: view.selectedNode,
      hoveredNode: view.hoveredNode,
      theme,
      labelledNodes,
      getNodeSize: model.getNodeSize,
      getEdgeSize: model.getEdgeSize,
    }),
    [visibility, view.selectedNode, view.hoveredNode, theme, labelledNodes, model],
  );
  const renderStateRef = useRef(renderState);
  const viewRef = useRef(view);
  const visibilityRef = useRef(visibility);
  useEffect(() => {
    renderStateRef.current = renderState;
    viewRef.current = view;
    visibilityRef.current = visibility;
  });

  // The window is shared through the URL (?from=&to=), replaced rather than pushed so Back leaves the page.
  useEffect(() => {
    const url = new URL(window.location.href);
    setWindowParams(url.searchParams, view.window, view.range);
    if (url.href !== window.location.href) window.history.replaceState(null, '', url);
  }, [view.window, view.range]);

  // One sigma per graph.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const renderer = createGraphRenderer(
      container,
      model.graph,
      {
        onNodeClick: (node) => dispatch({ type: 'nodeSelected', node }),
        onNodeHover: (node) => dispatch({ type: 'nodeHovered', node }),
        onStageClick: () => dispatch({ type: 'panelClosed' }),
      },
      renderStateRef.current,
    );
    rendererRef.current = renderer;
    return () => {
      rendererRef.current = null;
      renderer.kill();
    };
  }, [model, dispatch]);

  useEffect(() => {
    rendererRef.current?.update(renderState);
  }, [renderState]);

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
        getNodeIds: () => model.graph.nodes(),
        selectNode: selectAndFocus,
      }),
    [model, selectAndFocus],
  );

  const selected = view.selectedNode ? model.nodes.get(view.selectedNode) : undefined;
  const selectedInteractions = useMemo(
    () =>
      view.selectedNode
        ? getNodeInteractions(model.timeline, view.selectedNode, timeWindow, view.includeUndated)
        : [],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model.timeline, view.selectedNode, timeWindow.start, timeWindow.end, view.includeUndated],
  );
  const visibleByType = useMemo(
    () =>
      getTypeCounts(
        bundle.graph.nodes.map((node) => ({ key: node.key, type: node.attributes.type })),
        visibility.nodeDegrees,
      ),
    [bundle, visibility],
  );

  const range = model.timeline.range;
  const windowLabel = view.window ? formatDateRange(view.window.start, view.window.end) : 'all interactions';
  const bundleRange = bundle.meta.dateRange
    ? formatDateRange(parseDayNumber(bundle.meta.dateRange.start), parseDayNumber(bundle.meta.dateRange.end))
    : 'Undated';
  const undatedTotal = model.timeline.undated.length;
  const isEmpty = bundle.graph.nodes.length === 0;

  return (
    <div className="app">
      <header className="topbar">
        <div className="topbar-title">
          <span className="brand" aria-hidden="true">
            Entente
          </span>
          <h1>{bundle.meta.title || entry.title || entry.id}</h1>
          <p className="topbar-subtitle">
            {bundleRange} · {formatCount(bundle.meta.counts.articles, 'article')} ·{' '}
            {formatCount(bundle.graph.nodes.length, 'entity', 'entities')} ·{' '}
            {formatCount(bundle.interactions.length, 'interaction')}
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
        {!isEmpty && <Legend visible={visibleByType} total={model.totalByType} colors={colors} />}
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
        {selected && view.selectedNode && (
          <EntityPanel
            key={view.selectedNode}
            nodeId={view.selectedNode}
            entity={selected}
            interactions={selectedInteractions}
            windowLabel={windowLabel}
            nodes={model.nodes}
            articles={model.articles}
            colors={colors}
            onSelect={selectAndFocus}
            onClose={() => dispatch({ type: 'panelClosed' })}
          />
        )}
      </main>

      <footer className="timeline">
        <div className="timeline-bar-row">
          <p className="visible-counts" data-testid="visible-counts" aria-live="polite">
            {formatVisibleCounts(visibility, view.window)}
          </p>
          <div className="timeline-actions">
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
          />
        ) : (
          <p className="muted timeline-empty">No dated interactions: the timeline is empty.</p>
        )}
      </footer>
    </div>
  );
}
