import { describe, expect, it } from 'vitest';
import { parseDayNumber } from './dates.ts';
import {
  fromUrlParams,
  getUrlStateActions,
  getUrlStateFromView,
  getUrlWindow,
  toUrlParams,
  type UrlState,
} from './url-state.ts';
import { INITIAL_VIEW_STATE, reduceViewState } from './view-state.ts';

function read(query: string): { state: UrlState; warnings: string[] } {
  const warnings: string[] = [];
  const state = fromUrlParams(new URLSearchParams(query), (message) => warnings.push(message));
  return { state, warnings };
}

describe('fromUrlParams', () => {
  it('reads every known field', () => {
    const { state, warnings } = read(
      'graph=seeds&from=2024-02-01&to=2024-02-10&node=xi-jinping&undated=0&theme=dark&types=country,person&min=3&embed=1&origin=https://news.example',
    );
    expect(warnings).toEqual([]);
    expect(state).toEqual({
      graph: 'seeds',
      from: '2024-02-01',
      to: '2024-02-10',
      node: 'xi-jinping',
      undated: false,
      theme: 'dark',
      types: ['country', 'person'],
      min: 3,
      embed: true,
      origin: 'https://news.example',
    });
  });

  it('ignores unknown and malformed parameters with a warning each', () => {
    const { state, warnings } = read(
      'graph=seeds&x=<img src=x onerror=alert(1)>&from=2024-02-30&theme=<b>&origin=javascript:alert(1)&types=country,spy',
    );
    expect(state).toEqual({ graph: 'seeds' });
    expect(warnings).toHaveLength(5);
    expect(warnings[0]).toMatch(/^entente\/url-state: ignored unknown parameter "x"/);
    expect(warnings.join('\n')).toMatch(/malformed parameter "from"/);
  });

  it('refuses node ids with markup and origins with a path', () => {
    expect(read('node=%3Cscript%3E').state).toEqual({});
    expect(read('origin=https://a.example/path').state).toEqual({});
    expect(read('origin=https://a.example/').state).toEqual({ origin: 'https://a.example' });
  });

  it('keeps the first of repeated parameters', () => {
    const { state, warnings } = read('graph=a&graph=b');
    expect(state.graph).toBe('a');
    expect(warnings).toHaveLength(1);
  });
});

describe('toUrlParams', () => {
  it('round-trips through fromUrlParams in a stable order', () => {
    const state: UrlState = { node: 'putin', graph: 'seeds', to: '2024-02-10', from: '2024-02-01', min: 2 };
    const params = toUrlParams(state);
    expect(params.toString()).toBe('graph=seeds&from=2024-02-01&to=2024-02-10&node=putin&min=2');
    expect(read(params.toString()).state).toEqual(state);
  });
});

describe('getUrlWindow', () => {
  const range = { start: parseDayNumber('2024-02-01'), end: parseDayNumber('2024-02-21') };

  it('fills a missing end from the range and clamps into it', () => {
    expect(getUrlWindow({ from: '2024-02-05' }, range)).toEqual({
      start: parseDayNumber('2024-02-05'),
      end: range.end,
    });
    expect(getUrlWindow({ from: '2023-01-01', to: '2030-01-01' }, range)).toEqual(range);
  });

  it('gives null for a reversed window or no range', () => {
    expect(getUrlWindow({ from: '2024-02-10', to: '2024-02-02' }, range)).toBeNull();
    expect(getUrlWindow({ from: '2024-02-10' }, null)).toBeNull();
    expect(getUrlWindow({}, range)).toBeNull();
  });
});

describe('getUrlStateFromView', () => {
  it('keeps a narrowed window and the selection, and leaves defaults out', () => {
    const range = { start: 100, end: 200 };
    const view = { ...INITIAL_VIEW_STATE, graphId: 'seeds', range, window: { start: 110, end: 120 } };
    expect(getUrlStateFromView({ ...view, selectedNode: 'putin' }, null)).toEqual({
      graph: 'seeds',
      from: '1970-04-21',
      to: '1970-05-01',
      node: 'putin',
    });
    expect(getUrlStateFromView({ ...view, window: range }, 'dark')).toEqual({
      graph: 'seeds',
      theme: 'dark',
    });
  });
});

describe('getUrlStateActions', () => {
  it('replays filters, the country view and the selection onto the initial view', () => {
    const warnings: string[] = [];
    const state: UrlState = { undated: false, types: ['country'], min: 2, countries: true, node: 'CHN' };
    const actions = getUrlStateActions(
      state,
      (node) => node === 'CHN',
      (message) => warnings.push(message),
    );
    const view = actions.reduce(reduceViewState, { ...INITIAL_VIEW_STATE, graphId: 'g' });
    expect(view.includeUndated).toBe(false);
    expect(view.entityTypes).toEqual(['country']);
    expect(view.minInteractions).toBe(2);
    expect(view.countryView).toBe(true);
    expect(view.selectedNode).toBe('CHN');
    expect(getUrlStateFromView(view, null)).toEqual({ ...state, graph: 'g' });
    expect(warnings).toEqual([]);
  });

  it('skips an unknown node with a warning', () => {
    const warnings: string[] = [];
    expect(
      getUrlStateActions(
        { node: 'nobody' },
        () => false,
        (message) => warnings.push(message),
      ),
    ).toEqual([]);
    expect(warnings[0]).toMatch(/no entity "nobody"/);
  });
});
