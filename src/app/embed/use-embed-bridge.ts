// The frame's side of the postMessage API: listens to the host page (only the parent window, only the
// allowed origin when `?origin=` names one), validates every message, turns it into view actions, and
// tells the host about `ready`, window changes and selections. Nothing from a message reaches the DOM.
import { useEffect, useRef, type Dispatch } from 'react';
import type { NodeAttributes } from '../../graph/bundle.ts';
import { parseDayNumber, toIsoDate } from '../../graph/dates.ts';
import type { TimeWindow } from '../../graph/timeline.ts';
import type { ViewAction, ViewState } from '../../graph/view-state.ts';
import {
  isAllowedOrigin,
  parseHostMessage,
  toFrameMessage,
  type EmbedSelection,
  type EmbedState,
  type EmbedWindow,
  type FrameMessage,
  type HostMessage,
} from './protocol.ts';

interface EmbedBridgeOptions {
  enabled: boolean;
  allowedOrigin: string | undefined;
  view: ViewState;
  dispatch: Dispatch<ViewAction>;
  nodes: ReadonlyMap<string, NodeAttributes>;
}

function toEmbedWindow(window: TimeWindow | null): EmbedWindow | null {
  return window ? { from: toIsoDate(window.start), to: toIsoDate(window.end) } : null;
}

function toEmbedSelection(
  node: string | null,
  nodes: ReadonlyMap<string, NodeAttributes>,
): EmbedSelection | null {
  const attributes = node === null ? undefined : nodes.get(node);
  return node !== null && attributes ? { id: node, label: attributes.label, type: attributes.type } : null;
}

export function useEmbedBridge({ enabled, allowedOrigin, view, dispatch, nodes }: EmbedBridgeOptions) {
  const latest = useRef({ view, nodes });
  useEffect(() => {
    latest.current = { view, nodes };
  });

  const hasHost = enabled && typeof window !== 'undefined' && window.parent !== window;
  const post = (message: FrameMessage) => {
    if (!hasHost) return;
    window.parent.postMessage(message, allowedOrigin ?? '*');
  };
  const postRef = useRef(post);
  useEffect(() => {
    postRef.current = post;
  });

  const getState = (): EmbedState => ({
    graph: latest.current.view.graphId,
    window: toEmbedWindow(latest.current.view.window),
    selected: toEmbedSelection(latest.current.view.selectedNode, latest.current.nodes),
  });

  useEffect(() => {
    if (!hasHost) return;
    const reject = (reason: string) => {
      console.warn(`entente/embed: ignored a message: ${reason}.`);
      postRef.current(toFrameMessage({ type: 'rejected', reason }));
    };
    const apply = (message: HostMessage) => {
      const { view: current, nodes: known } = latest.current;
      switch (message.type) {
        case 'setWindow': {
          let window: TimeWindow;
          try {
            window = { start: parseDayNumber(message.from), end: parseDayNumber(message.to) };
          } catch {
            return reject(`setWindow: no such date in ${message.from}…${message.to}`);
          }
          if (window.start > window.end) return reject('setWindow: "from" is after "to"');
          if (!current.range) return reject('setWindow: this graph has no dated interactions');
          return dispatch({ type: 'windowChanged', window });
        }
        case 'resetWindow':
          return dispatch({ type: 'windowReset' });
        case 'select':
          if (!known.has(message.node)) return reject('select: no such entity in this graph');
          return dispatch({ type: 'nodeSelected', node: message.node });
        case 'clearSelection':
          return dispatch({ type: 'panelClosed' });
        case 'setCountryView':
          if (current.countryView !== message.enabled) dispatch({ type: 'countryViewToggled' });
          return;
        case 'play':
        case 'pause':
          if (message.type === 'play' && !current.range)
            return reject('play: this graph has no dated interactions');
          if (current.playing !== (message.type === 'play')) dispatch({ type: 'playbackToggled' });
          return;
        case 'getState':
          return postRef.current(toFrameMessage({ type: 'state', ...getState() }));
      }
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      const parsed = parseHostMessage(event.data);
      if (!parsed.ok && parsed.reason === 'not an Entente message') return;
      if (!isAllowedOrigin(event.origin, allowedOrigin)) {
        console.warn(
          `entente/embed: ignored a message from ${event.origin}, which is not the allowed origin.`,
        );
        return;
      }
      if (!parsed.ok) return reject(parsed.reason);
      apply(parsed.message);
    };
    window.addEventListener('message', onMessage);
    postRef.current(toFrameMessage({ type: 'ready', ...getState() }));
    return () => window.removeEventListener('message', onMessage);
  }, [hasHost, allowedOrigin, dispatch, view.graphId]);

  const windowKey = view.window ? `${view.window.start}:${view.window.end}` : 'none';
  const announced = useRef({ windowKey, selected: view.selectedNode });
  useEffect(() => {
    if (announced.current.windowKey === windowKey) return;
    announced.current.windowKey = windowKey;
    postRef.current(
      toFrameMessage({ type: 'windowChanged', window: toEmbedWindow(latest.current.view.window) }),
    );
  }, [windowKey]);
  useEffect(() => {
    if (announced.current.selected === view.selectedNode) return;
    announced.current.selected = view.selectedNode;
    postRef.current(
      toFrameMessage({
        type: 'selectionChanged',
        selected: toEmbedSelection(view.selectedNode, latest.current.nodes),
      }),
    );
  }, [view.selectedNode]);
}
