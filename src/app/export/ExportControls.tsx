// The header's "Export" control and its dialog: a PNG of the view with a legend and caption burned in
// (scale, framing, background), and the data of the view as CSV (same columns as `entente export`) and
// as GEXF with interaction dates as Gephi spells. Every export is computed from the data and view state.
import { useEffect, useMemo, useState } from 'react';
import { THEME_COLORS, type Theme } from '../../graph/appearance.ts';
import type { Bundle } from '../../graph/bundle.ts';
import { getSourceCounts } from '../../graph/bundle-codec.ts';
import { toCsvTables } from '../../graph/csv.ts';
import { formatDateRange } from '../../graph/dates.ts';
import { toGexf } from '../../graph/gexf.ts';
import { formatCount } from '../../graph/summary.ts';
import {
  getCreditLine,
  getExportFileName,
  getViewBundle,
  getViewInteractions,
} from '../../graph/view-export.ts';
import type { ViewState } from '../../graph/view-state.ts';
import { ENTITY_TYPES, ENTITY_TYPE_LABELS } from '../../graph/vocabulary.ts';
import { Dialog } from '../embed/Dialog.tsx';
import { ALL_TIME, type GraphModel } from '../graph-model.ts';
import type { GraphRenderer } from '../graph-renderer.ts';
import { downloadBlob, downloadText } from './download.ts';
import {
  getPngLayout,
  renderPng,
  type ExportBackground,
  type ExportFraming,
  type ExportScale,
} from './png-export.ts';
import './export.css';

interface ExportControlsProps {
  model: GraphModel;
  view: ViewState;
  theme: Theme;
  getRenderer: () => GraphRenderer | null;
}

export function ExportControls(props: ExportControlsProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="text-button share-button" onClick={() => setOpen(true)}>
        Export
      </button>
      {open && <ExportDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}

interface Choice<T> {
  value: T;
  label: string;
}

function ChoiceGroup<T extends string | number>({
  legend,
  name,
  choices,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="export-choice">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={String(choice.value)}>
          <input
            type="radio"
            name={name}
            checked={choice.value === value}
            onChange={() => onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}

const SCALES: Choice<ExportScale>[] = [
  { value: 1, label: '1×' },
  { value: 2, label: '2×' },
  { value: 4, label: '4× (print)' },
];
const FRAMINGS: Choice<ExportFraming>[] = [
  { value: 'viewport', label: 'Current view' },
  { value: 'fitted', label: 'Whole graph' },
];
const BACKGROUNDS: Choice<ExportBackground>[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'transparent', label: 'Transparent' },
];

function ExportDialog({
  model,
  view,
  theme,
  getRenderer,
  onClose,
}: ExportControlsProps & { onClose: () => void }) {
  const { manifest, entry } = model.loaded;
  const [scale, setScale] = useState<ExportScale>(2);
  const [framing, setFraming] = useState<ExportFraming>('viewport');
  const [background, setBackground] = useState<ExportBackground>(theme);
  const [status, setStatus] = useState<string>('');
  const [busy, setBusy] = useState(false);
  // The exports hold evidence and articles, which a large bundle keeps in files fetched on demand.
  const [bundle, setBundle] = useState<Bundle | null>(null);
  useEffect(() => {
    let cancelled = false;
    model.loaded.details.loadBundle().then(
      (loaded) => {
        if (!cancelled) setBundle(loaded);
      },
      (error: unknown) => {
        if (!cancelled)
          setStatus(
            `The data could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
          );
      },
    );
    return () => {
      cancelled = true;
    };
  }, [model]);

  const viewBundle = useMemo(() => {
    if (!bundle) return null;
    const interactions = getViewInteractions(bundle.interactions, (node) => model.nodes.get(node)?.type, {
      window: view.window ?? ALL_TIME,
      includeUndated: view.includeUndated,
      entityTypes: view.entityTypes,
      interactionTypes: view.interactionTypes,
      minInteractions: view.minInteractions,
    });
    return getViewBundle(bundle, interactions);
  }, [model, bundle, view]);

  const graphId = view.graphId ?? entry.id;
  const title = manifest.meta.title || entry.title || entry.id;
  const fileName = (extension: string, suffix?: string) =>
    getExportFileName(graphId, view.window, extension, suffix);
  const renderer = getRenderer();
  const dimensions = renderer?.getSigma().getDimensions();
  const layout = dimensions ? getPngLayout(dimensions.width, dimensions.height, scale) : null;

  const exportPng = async () => {
    const current = getRenderer();
    if (!current || !viewBundle) return;
    setBusy(true);
    setStatus('Drawing the image…');
    // The legend matches the graph, which is coloured for the background (see renderPng).
    const colors = THEME_COLORS[background === 'transparent' ? theme : background];
    const shownTypes = new Set(viewBundle.graph.nodes.map((node) => node.attributes.type));
    try {
      const { blob, layout: drawn } = await renderPng(
        current,
        {
          title,
          dateRange: view.window
            ? `${formatDateRange(view.window.start, view.window.end)} · ${formatCount(viewBundle.interactions.length, 'interaction')}`
            : formatCount(viewBundle.interactions.length, 'interaction'),
          legend: ENTITY_TYPES.filter((type) => shownTypes.has(type)).map((type) => ({
            label: ENTITY_TYPE_LABELS[type],
            color: colors.entity[type],
          })),
          credit: `${getCreditLine(viewBundle.articles.length, getSourceCounts(viewBundle.articles))} · made with Entente`,
        },
        { scale, framing, background },
        theme,
      );
      downloadBlob(blob, fileName('png'));
      setStatus(`Saved ${fileName('png')} (${drawn.pixelWidth} × ${drawn.pixelHeight} px).`);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const exportCsv = (table: 'interactions' | 'nodes') => {
    if (!viewBundle) return;
    const tables = toCsvTables(viewBundle);
    downloadText(tables[table], fileName('csv', table), 'text/csv');
    setStatus(`Saved ${fileName('csv', table)}.`);
  };

  const exportGexf = () => {
    if (!viewBundle) return;
    const colors = THEME_COLORS[theme];
    const current = getRenderer();
    const gexf = toGexf({
      title,
      nodes: viewBundle.graph.nodes.map((node) => ({
        key: node.key,
        attributes: node.attributes,
        color: colors.entity[node.attributes.type],
        size: current?.getNodeDisplay(node.key)?.size ?? 5,
      })),
      interactions: viewBundle.interactions,
    });
    downloadText(gexf, fileName('gexf'), 'application/gexf+xml');
    setStatus(`Saved ${fileName('gexf')}.`);
  };

  return (
    <Dialog title="Export this view" onClose={onClose} testId="export-dialog">
      <section className="export-section">
        <h3>Image (PNG)</h3>
        <p className="share-dialog-text">The graph with its title, dates, legend and source burned in.</p>
        <div className="export-choices">
          <ChoiceGroup
            legend="Scale"
            name="export-scale"
            choices={SCALES}
            value={scale}
            onChange={setScale}
          />
          <ChoiceGroup
            legend="Frame"
            name="export-framing"
            choices={FRAMINGS}
            value={framing}
            onChange={setFraming}
          />
          <ChoiceGroup
            legend="Background"
            name="export-background"
            choices={BACKGROUNDS}
            value={background}
            onChange={setBackground}
          />
        </div>
        <div className="share-dialog-actions">
          {layout && (
            <span className="muted" data-testid="png-size">
              {layout.pixelWidth} × {layout.pixelHeight} px
            </span>
          )}
          <button
            type="button"
            className="primary-button"
            disabled={busy || !renderer || !viewBundle}
            onClick={() => void exportPng()}
          >
            Download PNG
          </button>
        </div>
      </section>
      <section className="export-section">
        <h3>Data of this view</h3>
        {viewBundle ? (
          <p className="share-dialog-text" data-testid="export-counts">
            {formatCount(viewBundle.interactions.length, 'interaction')} between{' '}
            {formatCount(viewBundle.graph.nodes.length, 'entity', 'entities')}, with the columns of{' '}
            <code>entente export</code>.
          </p>
        ) : (
          <p className="share-dialog-text muted">Loading the evidence and articles of this view…</p>
        )}
        <div className="share-dialog-actions">
          <button
            type="button"
            className="text-button"
            disabled={!viewBundle}
            onClick={() => exportCsv('interactions')}
          >
            Interactions (CSV)
          </button>
          <button
            type="button"
            className="text-button"
            disabled={!viewBundle}
            onClick={() => exportCsv('nodes')}
          >
            Entities (CSV)
          </button>
          <button type="button" className="text-button" disabled={!viewBundle} onClick={exportGexf}>
            Graph for Gephi (GEXF)
          </button>
        </div>
      </section>
      <p className="export-status" role="status">
        {status}
      </p>
    </Dialog>
  );
}
