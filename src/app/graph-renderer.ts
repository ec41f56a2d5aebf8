// The sigma controller: creates one Sigma per loaded graph and never re-creates it for view changes.
// What is drawn is derived in the node and edge reducers from a render state held here (visibility of
// the time window, hover, selection, theme); `update` swaps that state and calls `refresh()`.
import Sigma from 'sigma';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import { FADED_NODE_SIZE, THEME_COLORS, type Theme, type ThemeColors } from '../graph/appearance.ts';
import type { Visibility } from '../graph/timeline.ts';
import type { EntityGraph, SigmaEdgeAttributes, SigmaNodeAttributes } from './graph-model.ts';

export interface RenderState {
  visibility: Visibility;
  selectedNode: string | null;
  hoveredNode: string | null;
  theme: Theme;
  /** Nodes whose labels are always drawn (the top ones by windowed degree). */
  labelledNodes: ReadonlySet<string>;
  getNodeSize: (degree: number) => number;
  getEdgeSize: (count: number) => number;
}

export interface GraphRendererHandlers {
  onNodeClick: (node: string) => void;
  onNodeHover: (node: string | null) => void;
  onStageClick: () => void;
}

export interface GraphRenderer {
  update(state: RenderState): void;
  /** Pans (and zooms in a little, if far out) to a node, unless it is already comfortably in view. */
  focusNode(node: string): void;
  zoomBy(factor: number): void;
  resetCamera(): void;
  /** The node's centre in page (client) coordinates, or null when unknown. */
  getNodeScreenPosition(node: string): { x: number; y: number } | null;
  getNodeDisplay(node: string): Pick<NodeDisplayData, 'size' | 'color' | 'label' | 'hidden'> | null;
  isEdgeHidden(edge: string): boolean;
  kill(): void;
}

/** How many of a focused node's busiest neighbours always carry a label. */
const FOCUS_LABELS = 8;

const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Labels with a halo in the background colour, so they stay legible over edges. */
function createLabelDrawer(
  getHalo: () => string,
): NodeLabelDrawingFunction<SigmaNodeAttributes, SigmaEdgeAttributes> {
  return (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const x = data.x + data.size + 4;
    const y = data.y + size / 3;
    context.lineJoin = 'round';
    context.lineWidth = 3;
    context.strokeStyle = getHalo();
    context.strokeText(data.label, x, y);
    context.fillStyle = settings.labelColor.color ?? '#000';
    context.fillText(data.label, x, y);
  };
}

/** The hovered node: a ring and a bold label on a card, in the theme's colours. */
function createHoverDrawer(
  getTheme: () => Theme,
): NodeLabelDrawingFunction<SigmaNodeAttributes, SigmaEdgeAttributes> {
  return (context, data, settings) => {
    const dark = getTheme() === 'dark';
    const size = settings.labelSize + 1;
    context.font = `600 ${size}px ${settings.labelFont}`;
    context.beginPath();
    context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
    context.lineWidth = 2;
    context.strokeStyle = dark ? '#e6e8eb' : '#1f2328';
    context.stroke();
    if (!data.label) return;
    const width = context.measureText(data.label).width;
    const x = data.x + data.size + 7;
    const boxHeight = size + 10;
    context.fillStyle = dark ? 'rgba(28, 31, 36, 0.96)' : 'rgba(255, 255, 255, 0.97)';
    context.shadowColor = 'rgba(0, 0, 0, 0.25)';
    context.shadowBlur = 6;
    context.beginPath();
    context.roundRect(x - 5, data.y - boxHeight / 2, width + 10, boxHeight, 4);
    context.fill();
    context.shadowBlur = 0;
    context.fillStyle = dark ? '#f2f3f5' : '#1f2328';
    context.fillText(data.label, x, data.y + size / 3);
  };
}

export function createGraphRenderer(
  container: HTMLElement,
  graph: EntityGraph,
  handlers: GraphRendererHandlers,
  initial: RenderState,
): GraphRenderer {
  let state = initial;
  let colors: ThemeColors = THEME_COLORS[state.theme];
  let focusNodes: Set<string> | null = null;
  let focusEdges: Set<string> | null = null;

  /** Neighbours of the focused node whose labels are forced; the others go through sigma's label grid. */
  let focusLabelled: Set<string> | null = null;

  const computeFocus = (): void => {
    const focus = state.hoveredNode ?? state.selectedNode;
    if (focus === null || !graph.hasNode(focus)) {
      focusNodes = null;
      focusEdges = null;
      focusLabelled = null;
      return;
    }
    const nodes = new Set([focus]);
    const edges = new Set<string>();
    const neighbourCounts: [string, number][] = [];
    graph.forEachEdge(focus, (edge, _attributes, source, target) => {
      const count = state.visibility.edgeCounts.get(edge);
      if (count === undefined) return;
      const neighbour = source === focus ? target : source;
      edges.add(edge);
      nodes.add(neighbour);
      neighbourCounts.push([neighbour, count]);
    });
    neighbourCounts.sort((a, b) => b[1] - a[1]);
    focusNodes = nodes;
    focusEdges = edges;
    focusLabelled = new Set([focus, ...neighbourCounts.slice(0, FOCUS_LABELS).map(([node]) => node)]);
  };
  computeFocus();

  const nodeReducer = (node: string, attributes: SigmaNodeAttributes): Partial<NodeDisplayData> => {
    const degree = state.visibility.nodeDegrees.get(node) ?? 0;
    const selected = node === state.selectedNode;
    const display: Partial<NodeDisplayData> = { x: attributes.x, y: attributes.y, type: 'circle' };
    if (degree === 0 && !selected) {
      // Faded nodes keep their name only while hovered, so the hover card can still say who they are.
      const label = node === state.hoveredNode ? attributes.label : null;
      return { ...display, color: colors.faded, size: FADED_NODE_SIZE, label, zIndex: 0 };
    }
    display.size = state.getNodeSize(degree);
    display.color = degree === 0 ? colors.faded : colors.entity[attributes.entityType];
    display.label = attributes.label;
    display.zIndex = 2;
    display.forceLabel = state.labelledNodes.has(node);
    if (focusNodes) {
      if (focusNodes.has(node)) {
        display.forceLabel = focusLabelled?.has(node) ?? false;
        display.zIndex = 3;
      } else {
        display.color = colors.dimmed;
        display.label = null;
        display.forceLabel = false;
        display.zIndex = 1;
      }
    }
    if (selected) {
      display.highlighted = true;
      display.forceLabel = true;
      display.zIndex = 4;
    }
    return display;
  };

  const edgeReducer = (edge: string): Partial<EdgeDisplayData> => {
    const count = state.visibility.edgeCounts.get(edge);
    if (count === undefined) return { hidden: true };
    if (focusEdges) {
      return focusEdges.has(edge)
        ? { size: state.getEdgeSize(count) + 0.4, color: colors.edgeHighlight, zIndex: 2 }
        : { size: state.getEdgeSize(count), color: colors.dimmed, zIndex: 0 };
    }
    return { size: state.getEdgeSize(count), color: colors.edge, zIndex: 1 };
  };

  const sigma = new Sigma<SigmaNodeAttributes, SigmaEdgeAttributes>(graph, container, {
    allowInvalidContainer: true,
    zIndex: true,
    renderEdgeLabels: false,
    defaultEdgeType: 'line',
    labelFont: FONT_STACK,
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: colors.label },
    // Small graphs can afford a label on nearly every node; dense ones keep one or two per grid cell.
    labelDensity: graph.order < 100 ? 1 : 0.55,
    labelGridCellSize: graph.order < 100 ? 100 : 150,
    labelRenderedSizeThreshold: 5,
    stagePadding: 40,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    nodeReducer,
    edgeReducer,
    defaultDrawNodeLabel: createLabelDrawer(() => (state.theme === 'dark' ? '#16181c' : '#ffffff')),
    defaultDrawNodeHover: createHoverDrawer(() => state.theme),
  });

  sigma.on('clickNode', ({ node }) => handlers.onNodeClick(node));
  sigma.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer';
    handlers.onNodeHover(node);
  });
  sigma.on('leaveNode', () => {
    container.style.cursor = '';
    handlers.onNodeHover(null);
  });
  sigma.on('clickStage', () => handlers.onStageClick());

  return {
    update(next) {
      const themeChanged = next.theme !== state.theme;
      state = next;
      colors = THEME_COLORS[state.theme];
      computeFocus();
      if (themeChanged) sigma.setSetting('labelColor', { color: colors.label });
      sigma.refresh();
    },
    focusNode(node) {
      const display = sigma.getNodeDisplayData(node);
      if (!display) return;
      const camera = sigma.getCamera();
      const { width, height } = sigma.getDimensions();
      // The entity panel (up to 390px, see styles.css) covers the right of the stage: aim for the middle of
      // what stays visible, unless the screen is too narrow for anything to stay visible beside it.
      const visibleWidth = width > 640 ? width - Math.min(390, width - 24) - 20 : width;
      const viewport = sigma.framedGraphToViewport(display);
      const margin = 60;
      const inView =
        viewport.x > margin &&
        viewport.x < visibleWidth - margin &&
        viewport.y > margin &&
        viewport.y < height - margin;
      if (inView) return;
      const centre = sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 });
      const target = sigma.viewportToFramedGraph({ x: visibleWidth / 2, y: height / 2 });
      void camera.animate(
        { x: display.x - (target.x - centre.x), y: display.y - (target.y - centre.y) },
        { duration: 450 },
      );
    },
    zoomBy(factor) {
      const camera = sigma.getCamera();
      void camera.animate({ ratio: camera.ratio / factor }, { duration: 250 });
    },
    resetCamera() {
      void sigma.getCamera().animatedReset({ duration: 300 });
    },
    getNodeScreenPosition(node) {
      if (!graph.hasNode(node)) return null;
      const attributes = graph.getNodeAttributes(node);
      const viewport = sigma.graphToViewport({ x: attributes.x, y: attributes.y });
      const rect = container.getBoundingClientRect();
      return { x: rect.left + viewport.x, y: rect.top + viewport.y };
    },
    getNodeDisplay(node) {
      const display = sigma.getNodeDisplayData(node);
      if (!display) return null;
      return { size: display.size, color: display.color, label: display.label, hidden: display.hidden };
    },
    isEdgeHidden(edge) {
      return sigma.getEdgeDisplayData(edge)?.hidden ?? true;
    },
    kill() {
      sigma.kill();
    },
  };
}
