// The sigma controller: creates one Sigma per loaded graph and never re-creates it for view changes.
// What is drawn is derived in the node and edge reducers from a render state held here (visibility of
// the time window, hover, selection, theme). When only the window moved, `update` hands sigma just the
// edges and nodes whose visibility or size bucket changed (the counter reports them), through a partial
// refresh that skips re-indexation, at most once per animation frame: the first update of a frame draws
// at once, later ones in the same frame are merged into one refresh at the next. Anything else (theme,
// focus, filters' projection) is a full refresh. Labels never pile up: each frame reserves room for the forced ones
// (busiest and focused nodes), and any other label that would overlap a drawn one is skipped.
import Sigma from 'sigma';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import { FADED_NODE_SIZE, THEME_COLORS, type Theme, type ThemeColors } from '../graph/appearance.ts';
import type { Visibility } from '../graph/filters.ts';
import type { EntityType } from '../graph/vocabulary.ts';
import type { EntityGraph, SigmaEdgeAttributes, SigmaNodeAttributes } from './graph-model.ts';

export interface RenderState {
  visibility: Visibility;
  selectedNode: string | null;
  hoveredNode: string | null;
  /** The drawn pair whose interactions are listed: its edge and both ends stand out. */
  selectedPair: { source: string; target: string } | null;
  /** Entity types shown; nodes of other types are hidden. */
  entityTypes: ReadonlySet<EntityType>;
  /** Nodes folded into another in the current view (the country view's people and organisations). */
  foldedNodes: ReadonlyMap<string, string> | null;
  theme: Theme;
  /** Nodes whose labels are always drawn (the top ones by windowed degree). */
  labelledNodes: ReadonlySet<string>;
  getNodeSize: (degree: number) => number;
  getEdgeSize: (count: number) => number;
}

export interface GraphRendererHandlers {
  onNodeClick: (node: string) => void;
  onNodeHover: (node: string | null) => void;
  onEdgeClick: (source: string, target: string) => void;
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
  /** The sigma instance, for image export (which renders a copy of it off-screen). */
  getSigma(): Sigma<SigmaNodeAttributes, SigmaEdgeAttributes>;
  /**
   * Runs `draw` with the reducers colouring for `theme` (an exported image on the other theme's
   * background), then restores them. `draw` must do its drawing synchronously: nothing is painted between.
   */
  withTheme<T>(theme: Theme, draw: () => T): T;
  /** Resolves with performance.now() at the end of the next sigma render. */
  nextFrame(): Promise<number>;
  /** JS time (ms) of each sigma render since the last call. */
  takeRenderDurations(): number[];
  kill(): void;
}

/** Graphs with more edges hide them while the camera moves. */
const LARGE_GRAPH_EDGES = 20_000;

/** Render durations kept for the benchmark hook; older ones are dropped. */
const MAX_RENDER_DURATIONS = 2000;

/** How many of a focused node's busiest neighbours always carry a label. */
const FOCUS_LABELS = 8;

const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

interface LabelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function overlaps(box: LabelBox, boxes: readonly LabelBox[]): boolean {
  return boxes.some(
    (other) =>
      box.left < other.right && box.right > other.left && box.top < other.bottom && box.bottom > other.top,
  );
}

function getLabelBox(
  context: CanvasRenderingContext2D,
  label: string,
  x: number,
  y: number,
  size: number,
  labelSize: number,
): LabelBox {
  const left = x + size + 4;
  const width = context.measureText(label).width;
  return {
    left: left - 2,
    top: y - labelSize / 2 - 3,
    right: left + width + 2,
    bottom: y + labelSize / 2 + 3,
  };
}

/**
 * Per-frame label room: forced labels reserve theirs first, in order of importance (a forced label that
 * would land on a more important one is suppressed), and other labels take what is left.
 */
interface LabelRoom {
  reserved: LabelBox[];
  suppressed: Set<string>;
  drawn: LabelBox[];
  /** False until the frame's first label: reservations need the display data of this frame. */
  ready: boolean;
  reserve: () => void;
}

/** Labels with a halo in the background colour, so they stay legible over edges, and never piled up. */
function createLabelDrawer(
  getHalo: () => string,
  room: LabelRoom,
): NodeLabelDrawingFunction<SigmaNodeAttributes, SigmaEdgeAttributes> {
  return (context, data, settings) => {
    if (!data.label) return;
    if (!room.ready) {
      room.ready = true;
      room.reserve();
    }
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const key = (data as { key?: string }).key;
    if (data.forceLabel && key !== undefined && room.suppressed.has(key)) return;
    if (!data.forceLabel) {
      const box = getLabelBox(context, data.label, data.x, data.y, data.size, size);
      if (overlaps(box, room.reserved) || overlaps(box, room.drawn)) return;
      room.drawn.push(box);
    }
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

/** Whether only the window (and the labels it earns) differs between two states. */
function isWindowStep(previous: RenderState, next: RenderState): boolean {
  return (
    previous.visibility.counter === next.visibility.counter &&
    previous.theme === next.theme &&
    previous.selectedNode === next.selectedNode &&
    previous.hoveredNode === next.hoveredNode &&
    previous.selectedPair === next.selectedPair &&
    previous.entityTypes === next.entityTypes &&
    previous.foldedNodes === next.foldedNodes &&
    previous.getNodeSize === next.getNodeSize &&
    previous.getEdgeSize === next.getEdgeSize
  );
}

/** Whether only the window and what is focused (hover, selection, pair) differ between two states. */
function isFocusStep(previous: RenderState, next: RenderState): boolean {
  return isWindowStep(previous, {
    ...next,
    selectedNode: previous.selectedNode,
    hoveredNode: previous.hoveredNode,
    selectedPair: previous.selectedPair,
  });
}

/** Sizes are compared in quarter pixels: a count that moves a size by less is not worth a redraw. */
function toSizeBucket(size: number): number {
  return Math.round(size * 4) + 1;
}

/** Keys of what changed in a set (added or removed). */
function addDifference(
  target: Set<string>,
  before: ReadonlySet<string> | null,
  after: ReadonlySet<string> | null,
) {
  for (const key of before ?? []) if (!after?.has(key)) target.add(key);
  for (const key of after ?? []) if (!before?.has(key)) target.add(key);
}

export function createGraphRenderer(
  container: HTMLElement,
  graph: EntityGraph,
  keys: { nodes: readonly string[]; edges: readonly string[] },
  handlers: GraphRendererHandlers,
  initial: RenderState,
): GraphRenderer {
  let state = initial;
  // On a large graph a focus highlights its neighbourhood without dimming the rest, so hovering and
  // selecting redraw only the neighbourhoods involved instead of every node and edge.
  const dimsOthers = graph.size <= LARGE_GRAPH_EDGES;
  let colors: ThemeColors = THEME_COLORS[state.theme];
  let focusNodes: Set<string> | null = null;
  let focusEdges: Set<string> | null = null;

  /** Neighbours of the focused node whose labels are forced; the others go through sigma's label grid. */
  let focusLabelled: Set<string> | null = null;
  let pairEdge: string | null = null;

  const computeFocus = (): void => {
    const pair = state.selectedPair;
    pairEdge =
      pair && graph.hasNode(pair.source) && graph.hasNode(pair.target)
        ? (graph.edge(pair.source, pair.target) ?? null)
        : null;
    const focus = state.hoveredNode ?? state.selectedNode;
    if (pair && pairEdge !== null && state.hoveredNode === null) {
      focusNodes = new Set([pair.source, pair.target]);
      focusEdges = new Set([pairEdge]);
      focusLabelled = new Set(focusNodes);
      return;
    }
    if (focus === null || !graph.hasNode(focus)) {
      focusNodes = null;
      focusEdges = null;
      focusLabelled = null;
      return;
    }
    const nodes = new Set([focus]);
    const edges = new Set<string>();
    const neighbourCounts: [string, number][] = [];
    graph.forEachEdge(focus, (edge, attributes, source, target) => {
      const count = state.visibility.getEdgeCount(attributes.index);
      if (count === 0) return;
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
    const degree = state.visibility.getNodeDegree(attributes.index);
    const selected = node === state.selectedNode;
    const display: Partial<NodeDisplayData> = { x: attributes.x, y: attributes.y, type: 'circle' };
    if (state.foldedNodes?.has(node) || !state.entityTypes.has(attributes.entityType)) {
      return { ...display, hidden: true, label: null };
    }
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
      } else if (dimsOthers) {
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

  const edgeReducer = (edge: string, attributes: SigmaEdgeAttributes): Partial<EdgeDisplayData> => {
    const count = state.visibility.getEdgeCount(attributes.index);
    if (count === 0) return { hidden: true };
    if (edge === pairEdge) {
      return { size: state.getEdgeSize(count) + 1.6, color: colors.edgeHighlight, zIndex: 3 };
    }
    if (focusEdges) {
      return focusEdges.has(edge)
        ? { size: state.getEdgeSize(count) + 0.4, color: colors.edgeHighlight, zIndex: 2 }
        : { size: state.getEdgeSize(count), color: dimsOthers ? colors.dimmed : colors.edge, zIndex: 0 };
    }
    return { size: state.getEdgeSize(count), color: colors.edge, zIndex: 1 };
  };

  const labelRoom: LabelRoom = {
    reserved: [],
    suppressed: new Set(),
    drawn: [],
    ready: false,
    reserve: () => undefined,
  };
  const measure = document.createElement('canvas').getContext('2d');

  const sigma = new Sigma<SigmaNodeAttributes, SigmaEdgeAttributes>(graph, container, {
    allowInvalidContainer: true,
    enableEdgeEvents: true,
    zIndex: true,
    renderEdgeLabels: false,
    defaultEdgeType: 'line',
    labelFont: FONT_STACK,
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: colors.label },
    // Small graphs can afford a label on every node that has room (the drawer skips those that would
    // overlap); dense ones keep one or two per grid cell.
    labelDensity: graph.order < 100 ? 4 : 0.55,
    labelGridCellSize: graph.order < 100 ? 100 : 150,
    labelRenderedSizeThreshold: graph.order < 100 ? 0 : 5,
    stagePadding: 40,
    minCameraRatio: 0.05,
    // Past this many edges, panning and zooming draw the nodes only, without labels: every sigma frame
    // re-uploads the whole edge buffer and places every label, which a laptop without a GPU (software
    // WebGL) cannot do at frame rate. Both come back as soon as the camera stops.
    hideEdgesOnMove: graph.size > LARGE_GRAPH_EDGES,
    hideLabelsOnMove: graph.size > LARGE_GRAPH_EDGES,
    maxCameraRatio: 4,
    nodeReducer,
    edgeReducer,
    defaultDrawNodeLabel: createLabelDrawer(
      () => (state.theme === 'dark' ? '#16181c' : '#ffffff'),
      labelRoom,
    ),
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
  sigma.on('clickEdge', ({ edge }) => {
    const [source, target] = graph.extremities(edge);
    handlers.onEdgeClick(source, target);
  });
  sigma.on('enterEdge', () => {
    container.style.cursor = 'pointer';
  });
  sigma.on('leaveEdge', () => {
    container.style.cursor = '';
  });
  let renderStarted = 0;
  let renderDurations: number[] = [];
  let frameWaiters: ((at: number) => void)[] = [];
  sigma.on('beforeRender', () => {
    renderStarted = performance.now();
  });
  sigma.on('afterRender', () => {
    const now = performance.now();
    renderDurations.push(now - renderStarted);
    if (renderDurations.length > MAX_RENDER_DURATIONS)
      renderDurations = renderDurations.slice(-MAX_RENDER_DURATIONS / 2);
    const waiters = frameWaiters;
    frameWaiters = [];
    for (const resolve of waiters) resolve(now);
  });
  // Forced labels (busiest and focused nodes) claim their room before the frame draws its first label.
  sigma.on('beforeRender', () => {
    labelRoom.reserved = [];
    labelRoom.suppressed = new Set();
    labelRoom.drawn = [];
    labelRoom.ready = false;
  });
  labelRoom.reserve = () => {
    if (!measure) return;
    const labelSize = sigma.getSetting('labelSize');
    measure.font = `${sigma.getSetting('labelWeight')} ${labelSize}px ${sigma.getSetting('labelFont')}`;
    const pinned = [state.selectedNode, state.hoveredNode].filter((node): node is string => node !== null);
    // Most important first: the selection, then the focus's busiest neighbours, then the busiest overall.
    const forced = new Set([...pinned, ...(focusLabelled ?? []), ...state.labelledNodes]);
    for (const node of forced) {
      const display = sigma.getNodeDisplayData(node);
      if (!display || display.hidden || !display.forceLabel || !display.label) continue;
      const viewport = sigma.framedGraphToViewport(display);
      const box = getLabelBox(
        measure,
        display.label,
        viewport.x,
        viewport.y,
        sigma.scaleSize(display.size),
        labelSize,
      );
      if (pinned.includes(node)) {
        // The hover card is bold, padded and a point larger than a label: keep its surroundings clear.
        labelRoom.reserved.push({
          ...box,
          top: box.top - 3,
          bottom: box.bottom + 3,
          right: box.right + (box.right - box.left) * 0.12 + 12,
        });
      } else if (overlaps(box, labelRoom.reserved)) labelRoom.suppressed.add(node);
      else labelRoom.reserved.push(box);
    }
  };

  // What was last handed to sigma per edge and node (0 = hidden or faded, else a size bucket), so a window
  // step sends only what looks different.
  const drawnEdges = new Uint16Array(keys.edges.length);
  const drawnNodes = new Uint16Array(keys.nodes.length);
  const recordDrawn = (): void => {
    for (let edge = 0; edge < drawnEdges.length; edge += 1) {
      const count = state.visibility.getEdgeCount(edge);
      drawnEdges[edge] = count === 0 ? 0 : toSizeBucket(state.getEdgeSize(count));
    }
    for (let node = 0; node < drawnNodes.length; node += 1) {
      const degree = state.visibility.getNodeDegree(node);
      drawnNodes[node] = degree === 0 ? 0 : toSizeBucket(state.getNodeSize(degree));
    }
  };
  recordDrawn();

  let pending: { nodes: Set<string>; edges: Set<string> } | null = null;
  let frameTaken = false;
  const flushPending = (): void => {
    if (!pending) return;
    const { nodes, edges } = pending;
    pending = null;
    sigma.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true });
  };
  const takeFrame = (): void => {
    frameTaken = true;
    requestAnimationFrame(() => {
      frameTaken = false;
      if (pending) {
        flushPending();
        takeFrame();
      }
    });
  };
  const queuePartialRefresh = (nodes: Set<string>, edges: Set<string>): void => {
    if (pending) {
      for (const node of nodes) pending.nodes.add(node);
      for (const edge of edges) pending.edges.add(edge);
    } else pending = { nodes, edges };
    if (frameTaken) return;
    flushPending();
    takeFrame();
  };
  const refreshAll = (): void => {
    pending = null;
    recordDrawn();
    sigma.refresh();
  };

  return {
    update(next) {
      const previous = state;
      const previousFocus = { nodes: focusNodes, edges: focusEdges, labelled: focusLabelled };
      const themeChanged = next.theme !== state.theme;
      state = next;
      colors = THEME_COLORS[state.theme];
      computeFocus();
      if (themeChanged) sigma.setSetting('labelColor', { color: colors.label });
      const changes = next.visibility.counter.takeChanges();
      if (!isWindowStep(previous, next) && (dimsOthers || !isFocusStep(previous, next))) {
        refreshAll();
        return;
      }
      const nodes = new Set<string>();
      const edges = new Set<string>();
      for (const edge of changes.edges) {
        const count = state.visibility.getEdgeCount(edge);
        const bucket = count === 0 ? 0 : toSizeBucket(state.getEdgeSize(count));
        if (drawnEdges[edge] === bucket) continue;
        drawnEdges[edge] = bucket;
        edges.add(keys.edges[edge] as string);
      }
      for (const node of changes.nodes) {
        const degree = state.visibility.getNodeDegree(node);
        const bucket = degree === 0 ? 0 : toSizeBucket(state.getNodeSize(degree));
        if (drawnNodes[node] === bucket) continue;
        drawnNodes[node] = bucket;
        nodes.add(keys.nodes[node] as string);
      }
      addDifference(nodes, previous.labelledNodes, next.labelledNodes);
      addDifference(nodes, previousFocus.nodes, focusNodes);
      addDifference(nodes, previousFocus.labelled, focusLabelled);
      addDifference(edges, previousFocus.edges, focusEdges);
      for (const node of [previous.selectedNode, next.selectedNode, previous.hoveredNode, next.hoveredNode]) {
        if (node !== null && graph.hasNode(node)) nodes.add(node);
      }
      if (nodes.size + edges.size === 0) return;
      queuePartialRefresh(nodes, edges);
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
    getSigma() {
      return sigma;
    },
    withTheme(theme, draw) {
      const current = state;
      if (theme === current.theme) return draw();
      state = { ...current, theme };
      colors = THEME_COLORS[theme];
      try {
        return draw();
      } finally {
        state = current;
        colors = THEME_COLORS[current.theme];
      }
    },
    nextFrame() {
      return new Promise((resolve) => frameWaiters.push(resolve));
    },
    takeRenderDurations() {
      const taken = renderDurations;
      renderDurations = [];
      return taken;
    },
    kill() {
      sigma.kill();
    },
  };
}
