import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWindowCounter, type WindowCounterInput } from './window-counter.ts';

interface Fixture {
  input: WindowCounterInput;
  interactions: { day: number; pair: number; type: number }[];
}

function createFixture(
  raw: { day: number; pair: number; type: number }[],
  pairEnds: [number, number][],
  nodeCount: number,
): Fixture {
  const interactions = [...raw].sort((a, b) => a.day - b.day);
  return {
    interactions,
    input: {
      days: Int32Array.from(interactions, (interaction) => interaction.day),
      pairs: Uint32Array.from(interactions, (interaction) => interaction.pair),
      types: Uint8Array.from(interactions, (interaction) => interaction.type),
      pairSources: Uint32Array.from(pairEnds, ([source]) => source),
      pairTargets: Uint32Array.from(pairEnds, ([, target]) => target),
      nodeCount,
    },
  };
}

/** The slow, obviously right answer. */
function bruteForce(fixture: Fixture, start: number, end: number, mask: number) {
  const counts = new Map<number, number>();
  const degrees = new Map<number, number>();
  let interactions = 0;
  for (const interaction of fixture.interactions) {
    if (interaction.day < start || interaction.day > end || ((mask >>> interaction.type) & 1) === 0) continue;
    interactions += 1;
    counts.set(interaction.pair, (counts.get(interaction.pair) ?? 0) + 1);
    for (const node of [
      fixture.input.pairSources[interaction.pair]!,
      fixture.input.pairTargets[interaction.pair]!,
    ]) {
      degrees.set(node, (degrees.get(node) ?? 0) + 1);
    }
  }
  return { counts, degrees, interactions };
}

const NODE_COUNT = 12;
const pairEnds: [number, number][] = [];
for (let a = 0; a < NODE_COUNT; a += 1) for (let b = a + 1; b < NODE_COUNT; b += 1) pairEnds.push([a, b]);

const interactionArbitrary = fc.record({
  day: fc.integer({ min: 0, max: 60 }),
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
  fc.record({ kind: fc.constant('mask' as const), mask: fc.integer({ min: 0, max: 0xfff }) }),
);

describe('createWindowCounter', () => {
  it('matches a brute-force recount after any sequence of window moves and type masks', () => {
    fc.assert(
      fc.property(
        fc.array(interactionArbitrary, { maxLength: 300 }),
        fc.array(stepArbitrary, { maxLength: 25 }),
        (raw, steps) => {
          const fixture = createFixture(raw, pairEnds, NODE_COUNT);
          const counter = createWindowCounter(fixture.input);
          let start = 0;
          let end = -1;
          let mask = 0xffffffff;
          let previous = bruteForce(fixture, start, end, mask);
          for (const step of steps) {
            let change;
            if (step.kind === 'window') {
              start = step.start;
              end = step.start + step.length;
              change = counter.setWindow(start, end);
            } else if (step.kind === 'slide') {
              start += step.by;
              end += step.by;
              change = counter.setWindow(start, end);
            } else {
              mask = step.mask;
              change = counter.setTypeMask(mask);
            }
            const expected = bruteForce(fixture, start, end, mask);
            const changedPairs = new Set(change.pairs);
            const changedNodes = new Set(change.nodes);
            for (let pair = 0; pair < pairEnds.length; pair += 1) {
              const count = expected.counts.get(pair) ?? 0;
              expect(counter.getPairCount(pair)).toBe(count);
              if (count !== (previous.counts.get(pair) ?? 0)) expect(changedPairs.has(pair)).toBe(true);
            }
            for (let node = 0; node < NODE_COUNT; node += 1) {
              const degree = expected.degrees.get(node) ?? 0;
              expect(counter.getNodeDegree(node)).toBe(degree);
              if (degree !== (previous.degrees.get(node) ?? 0)) expect(changedNodes.has(node)).toBe(true);
            }
            expect(counter.getTotals()).toEqual({
              interactions: expected.interactions,
              pairs: expected.counts.size,
              nodes: expected.degrees.size,
            });
            previous = expected;
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('touches only the day slices that enter or leave when the window slides by a day', () => {
    const raw = Array.from({ length: 100 }, (_, index) => ({
      day: index,
      pair: index % pairEnds.length,
      type: 0,
    }));
    const counter = createWindowCounter(createFixture(raw, pairEnds, NODE_COUNT).input);
    expect(counter.setWindow(10, 29).recounted).toBe(true);
    const change = counter.setWindow(11, 30);
    expect(change.recounted).toBe(false);
    expect([...change.pairs].sort((a, b) => a - b)).toEqual([10, 30]);
    expect(counter.getTotals().interactions).toBe(20);
  });

  it('falls back to a recount on a jump and refuses misaligned columns', () => {
    const raw = Array.from({ length: 50 }, (_, index) => ({ day: index, pair: 0, type: 0 }));
    const counter = createWindowCounter(createFixture(raw, pairEnds, NODE_COUNT).input);
    counter.setWindow(0, 9);
    expect(counter.setWindow(30, 39).recounted).toBe(true);
    expect(counter.getPairCount(0)).toBe(10);
    expect(() =>
      createWindowCounter({ ...createFixture(raw, pairEnds, NODE_COUNT).input, types: new Uint8Array(3) }),
    ).toThrow(/same length/);
  });
});
