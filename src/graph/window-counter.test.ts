import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NO_COUNTER_FILTERS,
  createWindowCounter,
  type CounterFilters,
  type WindowCounterInput,
} from './window-counter.ts';

const UNDATED = 0x7fffffff;
const NODE_COUNT = 10;
const GROUPS = 3;

interface RawInteraction {
  day: number | null;
  pair: number;
  type: number;
}

interface Fixture {
  input: WindowCounterInput;
  interactions: RawInteraction[];
}

const pairEnds: [number, number][] = [];
for (let a = 0; a < NODE_COUNT; a += 1) for (let b = a + 1; b < NODE_COUNT; b += 1) pairEnds.push([a, b]);

/**
 * A fixture with a projection like the country view's: nodes 0–2 are "countries" and node n ≥ 3 with
 * `folds[n]` set is drawn as country `n % 3`, so some pairs share a drawn edge and some fold away.
 */
function createFixture(raw: RawInteraction[], folds: boolean[]): Fixture {
  const interactions = [...raw].sort((a, b) => (a.day ?? UNDATED) - (b.day ?? UNDATED));
  const drawnNode = (node: number) => (node >= 3 && folds[node] ? node % 3 : node);
  const edgeIndex = new Map<string, number>();
  const edgeSources: number[] = [];
  const edgeTargets: number[] = [];
  const edgeOfPair = Int32Array.from(pairEnds, ([a, b]) => {
    const [x, y] = [drawnNode(a), drawnNode(b)].sort((p, q) => p - q) as [number, number];
    if (x === y) return -1;
    const key = `${x}-${y}`;
    let edge = edgeIndex.get(key);
    if (edge === undefined) {
      edge = edgeSources.length;
      edgeIndex.set(key, edge);
      edgeSources.push(x);
      edgeTargets.push(y);
    }
    return edge;
  });
  return {
    interactions,
    input: {
      days: Int32Array.from(interactions, (interaction) => interaction.day ?? UNDATED),
      dated: interactions.filter((interaction) => interaction.day !== null).length,
      pairs: Uint32Array.from(interactions, (interaction) => interaction.pair),
      types: Uint8Array.from(interactions, (interaction) => interaction.type),
      edgeOfPair,
      edgeSources: Uint32Array.from(edgeSources),
      edgeTargets: Uint32Array.from(edgeTargets),
      nodeCount: NODE_COUNT,
      nodeGroups: Uint8Array.from({ length: NODE_COUNT }, (_, node) => node % GROUPS),
      groupCount: GROUPS,
      typeCount: 12,
    },
  };
}

interface WindowState {
  start: number;
  end: number;
  includeUndated: boolean;
  filters: CounterFilters;
}

/** The slow, obviously right answer. */
function bruteForce(fixture: Fixture, state: WindowState) {
  const { input } = fixture;
  const inWindow = fixture.interactions.filter((interaction) =>
    interaction.day === null
      ? state.includeUndated
      : interaction.day >= state.start && interaction.day <= state.end,
  );
  const drawn = inWindow.filter((interaction) => (input.edgeOfPair[interaction.pair] as number) >= 0);
  const accepted = drawn.filter(
    (interaction) =>
      ((state.filters.typeMask >>> interaction.type) & 1) === 1 &&
      (state.filters.acceptedPairs === null || state.filters.acceptedPairs[interaction.pair] === 1),
  );
  const typed = new Map<number, number>();
  for (const interaction of accepted) {
    const edge = input.edgeOfPair[interaction.pair] as number;
    typed.set(edge, (typed.get(edge) ?? 0) + 1);
  }
  const kept = accepted.filter(
    (interaction) => (typed.get(input.edgeOfPair[interaction.pair] as number) ?? 0) >= state.filters.minCount,
  );
  const counts = new Map<number, number>();
  const degrees = new Map<number, number>();
  const ends = (interaction: RawInteraction) => {
    const edge = input.edgeOfPair[interaction.pair] as number;
    return [input.edgeSources[edge] as number, input.edgeTargets[edge] as number];
  };
  for (const interaction of kept) {
    const edge = input.edgeOfPair[interaction.pair] as number;
    counts.set(edge, (counts.get(edge) ?? 0) + 1);
    for (const node of ends(interaction)) degrees.set(node, (degrees.get(node) ?? 0) + 1);
  }
  const rawEdges = new Set(drawn.map((interaction) => input.edgeOfPair[interaction.pair] as number));
  const rawNodes = new Set(drawn.flatMap(ends));
  return {
    counts,
    degrees,
    interactions: kept.length,
    undated: kept.filter((interaction) => interaction.day === null).length,
    raw: { interactions: drawn.length, edges: rawEdges.size, nodes: rawNodes.size },
    folded: inWindow.length - drawn.length,
  };
}

const interactionArbitrary = fc.record({
  day: fc.option(fc.integer({ min: 0, max: 60 }), { freq: 6 }),
  pair: fc.integer({ min: 0, max: pairEnds.length - 1 }),
  type: fc.integer({ min: 0, max: 11 }),
});

const stepArbitrary = fc.oneof(
  fc.record({
    kind: fc.constant('window' as const),
    start: fc.integer({ min: -5, max: 65 }),
    length: fc.integer({ min: 0, max: 70 }),
  }),
  fc.record({ kind: fc.constant('slide' as const), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('undated' as const) }),
  fc.record({
    kind: fc.constant('filters' as const),
    typeMask: fc.integer({ min: 0, max: 0xfff }),
    acceptedPairs: fc.option(
      fc.array(fc.boolean(), { minLength: pairEnds.length, maxLength: pairEnds.length }),
    ),
    minCount: fc.integer({ min: 1, max: 4 }),
  }),
);

describe('createWindowCounter', () => {
  it('matches a brute-force recount after any sequence of slides, jumps, undated toggles and filters', () => {
    fc.assert(
      fc.property(
        fc.array(interactionArbitrary, { maxLength: 150 }),
        fc.array(fc.boolean(), { minLength: NODE_COUNT, maxLength: NODE_COUNT }),
        fc.array(stepArbitrary, { minLength: 1, maxLength: 25 }),
        (raw, folds, steps) => {
          const fixture = createFixture(raw, folds);
          const counter = createWindowCounter(fixture.input);
          const state: WindowState = {
            start: 0,
            end: -1,
            includeUndated: false,
            filters: NO_COUNTER_FILTERS,
          };
          const drawnEdges = new Map<number, number>();
          for (const step of steps) {
            if (step.kind === 'window') {
              state.start = step.start;
              state.end = step.start + step.length;
            } else if (step.kind === 'slide') {
              state.start += step.by;
              state.end += step.by;
            } else if (step.kind === 'undated') {
              state.includeUndated = !state.includeUndated;
            }
            if (step.kind === 'filters') {
              state.filters = {
                typeMask: step.typeMask,
                acceptedPairs: step.acceptedPairs ? Uint8Array.from(step.acceptedPairs, Number) : null,
                minCount: step.minCount,
              };
              counter.setFilters(state.filters);
            } else counter.setWindow(state.start, state.end, state.includeUndated);

            const expected = bruteForce(fixture, state);
            const totals = counter.getTotals();
            expect(totals.interactions).toBe(expected.interactions);
            expect(totals.undated).toBe(expected.undated);
            expect(totals.edges).toBe(expected.counts.size);
            expect(totals.nodes).toBe(expected.degrees.size);
            expect(totals.raw).toEqual(expected.raw);
            expect(totals.folded).toBe(expected.folded);
            for (let edge = 0; edge < fixture.input.edgeSources.length; edge += 1) {
              expect(counter.getEdgeCount(edge)).toBe(expected.counts.get(edge) ?? 0);
            }
            for (let node = 0; node < NODE_COUNT; node += 1) {
              expect(counter.getNodeDegree(node)).toBe(expected.degrees.get(node) ?? 0);
            }
            const byGroup = [0, 0, 0];
            for (const node of expected.degrees.keys())
              byGroup[node % GROUPS] = (byGroup[node % GROUPS] ?? 0) + 1;
            expect([...totals.nodesByGroup]).toEqual(byGroup);
            // What a renderer that only redraws the reported changes would show matches the truth.
            for (const edge of counter.takeChanges().edges) drawnEdges.set(edge, counter.getEdgeCount(edge));
            for (let edge = 0; edge < fixture.input.edgeSources.length; edge += 1) {
              expect(drawnEdges.get(edge) ?? 0).toBe(expected.counts.get(edge) ?? 0);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports only the edges a one-day slide touches', () => {
    const raw: RawInteraction[] = [];
    for (let day = 0; day < 100; day += 1) raw.push({ day, pair: day % pairEnds.length, type: 0 });
    const fixture = createFixture(raw, new Array<boolean>(NODE_COUNT).fill(false));
    const counter = createWindowCounter(fixture.input);
    counter.setWindow(0, 29, false);
    counter.takeChanges();
    counter.setWindow(1, 30, false);
    const changes = counter.takeChanges();
    expect([...changes.edges].sort((a, b) => a - b)).toEqual([0, 30].sort((a, b) => a - b));
    expect(counter.getTotals().interactions).toBe(30);
  });

  it('refuses columns of different lengths', () => {
    const fixture = createFixture([{ day: 1, pair: 0, type: 0 }], new Array<boolean>(NODE_COUNT).fill(false));
    expect(() => createWindowCounter({ ...fixture.input, types: new Uint8Array(2) })).toThrow(/same length/);
  });
});
