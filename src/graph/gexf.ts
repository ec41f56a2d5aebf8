// GEXF export of a view of the graph, for Gephi: one edge per pair with the number of interactions, the
// interaction types, and the interaction dates as Gephi spells so that Gephi's own timeline works on it.
import Graph from 'graphology';
import write from 'graphology-gexf/common/writer.js';
import { pairKey, type BundleInteraction, type NodeAttributes } from './bundle.ts';

export interface GexfNode {
  key: string;
  attributes: NodeAttributes;
  /** Display colour (#rrggbb) and size, as drawn. */
  color?: string;
  size?: number;
}

export interface GexfInput {
  title: string;
  nodes: readonly GexfNode[];
  /** The interactions in view; edges are built from them (their two ends must be among `nodes`). */
  interactions: readonly BundleInteraction[];
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function toRgb(color: string | undefined): string | undefined {
  return color && /^#[0-9a-f]{6}$/i.test(color) ? color : undefined;
}

/** Writes GEXF 1.2 with a dynamic graph whose edges carry one spell per interaction date. */
export function toGexf(input: GexfInput): string {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.setAttribute('creator', 'Entente');
  graph.setAttribute('description', input.title);
  const byKey = new Map(input.nodes.map((node) => [node.key, node]));
  for (const node of input.nodes) graph.addNode(node.key);

  const pairs = new Map<
    string,
    { source: string; target: string; dates: Set<string>; types: Set<string>; count: number }
  >();
  for (const interaction of input.interactions) {
    if (!byKey.has(interaction.source) || !byKey.has(interaction.target)) continue;
    const key = pairKey(interaction.source, interaction.target);
    let pair = pairs.get(key);
    if (!pair) {
      const [source, target] =
        interaction.source < interaction.target
          ? [interaction.source, interaction.target]
          : [interaction.target, interaction.source];
      pair = { source, target, dates: new Set(), types: new Set(), count: 0 };
      pairs.set(key, pair);
    }
    pair.count += 1;
    pair.types.add(interaction.type);
    if (interaction.date) pair.dates.add(interaction.date);
  }
  const edgeOrder: string[] = [];
  for (const [key, pair] of [...pairs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    graph.addEdgeWithKey(key, pair.source, pair.target);
    edgeOrder.push(key);
  }

  const xml = write(graph, {
    formatNode: (key: string) => {
      const node = byKey.get(key) as GexfNode;
      const { attributes } = node;
      const color = toRgb(node.color);
      return {
        label: attributes.label,
        attributes: {
          type: attributes.type,
          code: attributes.code ?? '',
          role: attributes.role ?? '',
          country: attributes.country ?? '',
          aliases: attributes.aliases.join('|'),
          mentions: attributes.mentions,
          community: attributes.community,
        },
        viz: {
          x: attributes.x,
          y: attributes.y,
          size: node.size ?? 5,
          ...(color ? { color } : {}),
        },
      };
    },
    formatEdge: (key: string) => {
      const pair = pairs.get(key) as { types: Set<string>; count: number; dates: Set<string> };
      return {
        weight: pair.count,
        attributes: { interactions: pair.count, types: [...pair.types].sort().join('|') },
      };
    },
  } as never);

  // graphology-gexf writes static graphs; Gephi reads dates from <spells> under a dynamic <graph>.
  let edgeIndex = 0;
  return (
    xml
      // graphology-gexf 0.13 writes a malformed viz namespace ("http:///"); Gephi expects this one.
      .replace(
        'xmlns:viz="http:///www.gexf.net/1.1draft/viz"',
        'xmlns:viz="http://www.gexf.net/1.2draft/viz"',
      )
      .replace(
        /<graph defaultedgetype="undirected">/,
        '<graph defaultedgetype="undirected" mode="dynamic" timeformat="date">',
      )
      .replace(/<\/edge>/g, (closing) => {
        const key = edgeOrder[edgeIndex++];
        const dates = key ? [...(pairs.get(key)?.dates ?? [])].sort() : [];
        if (dates.length === 0) return closing;
        const spells = dates
          .map((date) => `<spell start="${escapeXml(date)}" end="${escapeXml(date)}"/>`)
          .join('');
        return `<spells>${spells}</spells>${closing}`;
      })
  );
}
