// What a chart of the pack shows, apart from how it is drawn (draw.ts): axes with their ticks
// and units, series over a category axis (days or months), vertical markers (the change day).
// Pure data, so that tests read what a chart says without a PDF.

export interface Tick {
  /** A category index (x) or a value (y). */
  at: number;
  label: string;
}

export interface ValueAxis {
  /** The quantity and its unit: "kWh/日", "台区线损率 (%)". */
  title: string;
  min: number;
  max: number;
  ticks: Tick[];
}

export type Series =
  | { kind: 'line'; label: string; color: string; width: number; dash?: boolean; values: (number | null)[] }
  | { kind: 'band'; label: string; color: string; lower: (number | null)[]; upper: (number | null)[] }
  | { kind: 'marks'; label: string; color: string; points: { index: number; value: number }[] };

export interface Marker {
  index: number;
  label: string;
  color: string;
}

export interface LineChartModel {
  kind: 'line';
  title: string;
  /** The categories along x (days or months) and the ones labelled. */
  count: number;
  xTicks: Tick[];
  y: ValueAxis;
  series: Series[];
  markers: Marker[];
  /** Said instead of a chart when there is nothing to draw. */
  empty: string | null;
}

export interface TimelineRow {
  label: string;
  indices: number[];
}

export interface TimelineModel {
  kind: 'timeline';
  title: string;
  count: number;
  xTicks: Tick[];
  rows: TimelineRow[];
  markers: Marker[];
  empty: string | null;
}

export type ChartModel = LineChartModel | TimelineModel;

/** The app's chart colours (renderer/pages/overview/charts/theme.ts, evidenceOption.ts). */
export const chartColors = {
  customer: '#2f7d8c',
  band: '#dde1e6',
  median: '#6b7782',
  loss: '#d08c2b',
  event: '#c2493d',
  axis: '#9aa5b1',
  grid: '#e4e8ec',
  text: '#4a5560',
};
