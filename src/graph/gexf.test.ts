import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import type { BundleInteraction, NodeAttributes } from './bundle.ts';
import { toGexf } from './gexf.ts';

function node(
  key: string,
  label: string,
  type: NodeAttributes['type'],
): { key: string; attributes: NodeAttributes } {
  return {
    key,
    attributes: { label, type, aliases: [], mentions: 1, articles: 1, x: 1, y: 2, community: 0 },
  };
}

function interaction(id: string, source: string, target: string, date: string | null): BundleInteraction {
  return {
    id,
    source,
    target,
    directed: false,
    type: 'meeting',
    date,
    article: 'a',
    evidence: 'x',
    sourceSpan: [0, 1],
    targetSpan: [0, 1],
  };
}

const input = {
  title: 'Test <graph> & "quotes"',
  nodes: [
    node('person:a', 'Xi <b>Jinping</b>', 'person'),
    node('person:b', 'B', 'person'),
    node('country:CHN', 'China', 'country'),
  ],
  interactions: [
    interaction('i1', 'person:a', 'person:b', '2024-02-08'),
    interaction('i2', 'person:b', 'person:a', '2024-02-05'),
    interaction('i3', 'person:a', 'country:CHN', null),
    interaction('i4', 'person:a', 'person:ghost', '2024-02-01'),
  ],
};

describe('toGexf', () => {
  const xml = toGexf(input);

  it('parses back with graphology-gexf to the same node and edge counts', () => {
    const graph = parse(Graph, xml);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttribute('person:a', 'label')).toBe('Xi <b>Jinping</b>');
  });

  it('writes a dynamic graph with one spell per interaction date', () => {
    expect(xml).toContain('mode="dynamic" timeformat="date"');
    expect(xml).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
    expect(xml).toContain(
      '<spells><spell start="2024-02-05" end="2024-02-05"/><spell start="2024-02-08" end="2024-02-08"/></spells>',
    );
    expect(xml.match(/<spells>/g)).toHaveLength(1);
  });

  it('escapes untrusted labels and titles', () => {
    expect(xml).not.toContain('<b>');
  });
});
