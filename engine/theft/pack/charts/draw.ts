// Drawing a chart model (model.ts) into the PDF with pdfkit's vector paths: lines, the peer
// band as a filled polygon, marks as triangles, the change day as a dashed rule, axes with their
// ticks and units, and a legend. Vector, so that it prints sharp at any size.
import type PDFDocument from 'pdfkit';
import { chartColors, type LineChartModel, type Marker, type Series, type Tick, type TimelineModel } from './model.js';

type Doc = InstanceType<typeof PDFDocument>;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartFonts {
  regular: string;
  bold: string;
}

const TITLE_SIZE = 10;
const LABEL_SIZE = 7.5;
const ROW_HEIGHT = 13;

/** Height a timeline of this many rows takes. */
export function timelineHeight(rows: number): number {
  return 44 + Math.max(rows, 1) * ROW_HEIGHT + 18;
}

function xOf(plot: Box, count: number, index: number): number {
  return count <= 1 ? plot.x + plot.width / 2 : plot.x + (index / (count - 1)) * plot.width;
}

/** The title and the legend; returns the y below them. */
function heading(doc: Doc, fonts: ChartFonts, box: Box, title: string, legend: { label: string; color: string; kind: Series['kind'] | 'marker'; dash?: boolean }[]): number {
  doc.font(fonts.bold).fontSize(TITLE_SIZE).fillColor('#1f2933').text(title, box.x, box.y, { width: box.width, lineBreak: false });
  let x = box.x;
  const y = box.y + TITLE_SIZE + 6;
  doc.font(fonts.regular).fontSize(LABEL_SIZE);
  for (const item of legend) {
    const cy = y + LABEL_SIZE / 2;
    if (item.kind === 'band') doc.rect(x, cy - 4, 14, 8).fill(item.color);
    else if (item.kind === 'marks') triangle(doc, x + 7, cy, 3.5, item.color);
    else {
      doc.save().lineWidth(item.kind === 'marker' ? 0.8 : 1.4).strokeColor(item.color);
      if (item.dash || item.kind === 'marker') doc.dash(2.5, { space: 2 });
      doc.moveTo(x, cy).lineTo(x + 14, cy).stroke().undash().restore();
    }
    doc.fillColor(chartColors.text).text(item.label, x + 18, y, { lineBreak: false });
    x += 18 + doc.widthOfString(item.label) + 14;
  }
  return y + LABEL_SIZE + 8;
}

function triangle(doc: Doc, x: number, y: number, r: number, color: string): void {
  doc.polygon([x, y - r], [x + r, y + r * 0.8], [x - r, y + r * 0.8]).fill(color);
}

function xAxis(doc: Doc, fonts: ChartFonts, plot: Box, count: number, ticks: Tick[]): void {
  const bottom = plot.y + plot.height;
  doc.lineWidth(0.6).strokeColor(chartColors.axis).moveTo(plot.x, bottom).lineTo(plot.x + plot.width, bottom).stroke();
  doc.font(fonts.regular).fontSize(LABEL_SIZE).fillColor(chartColors.text);
  for (const tick of ticks) {
    const x = xOf(plot, count, tick.at);
    doc.moveTo(x, bottom).lineTo(x, bottom + 3).stroke();
    const w = doc.widthOfString(tick.label);
    doc.text(tick.label, Math.min(Math.max(x - w / 2, plot.x - 20), plot.x + plot.width - w), bottom + 5, { lineBreak: false });
  }
}

function markers(doc: Doc, fonts: ChartFonts, plot: Box, count: number, list: Marker[]): void {
  for (const m of list) {
    const x = xOf(plot, count, m.index);
    doc.save().lineWidth(0.9).strokeColor(m.color).dash(3, { space: 2 }).moveTo(x, plot.y).lineTo(x, plot.y + plot.height).stroke().undash().restore();
    doc.font(fonts.regular).fontSize(LABEL_SIZE).fillColor(m.color);
    const w = doc.widthOfString(m.label);
    // Beside the rule, on whichever side has room.
    const left = x + 3 + w > plot.x + plot.width ? x - 3 - w : x + 3;
    doc.text(m.label, left, plot.y + 2, { lineBreak: false });
  }
}

export function drawLineChart(doc: Doc, fonts: ChartFonts, box: Box, chart: LineChartModel): void {
  const legend = [...chart.series.map((s) => ({ label: s.label, color: s.color, kind: s.kind, dash: s.kind === 'line' && s.dash === true })), ...chart.markers.slice(0, 1).map((m) => ({ label: m.label, color: m.color, kind: 'marker' as const }))];
  const top = heading(doc, fonts, box, chart.title, chart.empty ? [] : legend);
  if (chart.empty) {
    doc.font(fonts.regular).fontSize(9).fillColor(chartColors.text).text(chart.empty, box.x, top + 4, { width: box.width });
    return;
  }
  // The y axis's unit above its labels, as the case page's chart names its axes.
  doc.font(fonts.regular).fontSize(LABEL_SIZE).fillColor(chartColors.text).text(chart.y.title, box.x, top, { lineBreak: false });
  const labelWidth = Math.max(...chart.y.ticks.map((t) => doc.widthOfString(t.label))) + 8;
  const plot = { x: box.x + labelWidth, y: top + LABEL_SIZE + 6, width: box.width - labelWidth - 8, height: box.y + box.height - (top + LABEL_SIZE + 6) - 16 };
  const yOf = (v: number) => plot.y + plot.height - ((v - chart.y.min) / (chart.y.max - chart.y.min)) * plot.height;
  for (const tick of chart.y.ticks) {
    const y = yOf(tick.at);
    doc.lineWidth(0.4).strokeColor(chartColors.grid).moveTo(plot.x, y).lineTo(plot.x + plot.width, y).stroke();
    doc.fillColor(chartColors.text).text(tick.label, plot.x - 4 - doc.widthOfString(tick.label), y - LABEL_SIZE / 2, { lineBreak: false });
  }
  xAxis(doc, fonts, plot, chart.count, chart.xTicks);
  const x = (i: number) => xOf(plot, chart.count, i);
  doc.save().rect(plot.x - 4, plot.y - 4, plot.width + 8, plot.height + 8).clip();
  for (const series of chart.series) {
    if (series.kind === 'band') band(doc, series.lower, series.upper, x, yOf, series.color);
    else if (series.kind === 'line') line(doc, series.values, x, yOf, series);
    else for (const p of series.points) triangle(doc, x(p.index), yOf(p.value) - 1, 3.2, series.color);
  }
  doc.restore();
  markers(doc, fonts, plot, chart.count, chart.markers);
}

/** Each run of days with both bounds as one filled polygon. */
function band(doc: Doc, lower: (number | null)[], upper: (number | null)[], x: (i: number) => number, y: (v: number) => number, color: string): void {
  let start = -1;
  const close = (end: number) => {
    if (start < 0) return;
    const points: [number, number][] = [];
    for (let i = start; i < end; i++) points.push([x(i), y(upper[i]!)]);
    for (let i = end - 1; i >= start; i--) points.push([x(i), y(lower[i]!)]);
    if (points.length >= 4) doc.polygon(...points).fill(color);
    start = -1;
  };
  for (let i = 0; i <= lower.length; i++) {
    const known = i < lower.length && lower[i] !== null && upper[i] !== null;
    if (known && start < 0) start = i;
    else if (!known) close(i);
  }
}

/** A line broken where a value is missing. */
function line(doc: Doc, values: (number | null)[], x: (i: number) => number, y: (v: number) => number, style: { color: string; width: number; dash?: boolean }): void {
  doc.save().lineWidth(style.width).strokeColor(style.color).lineJoin('round');
  if (style.dash) doc.dash(3, { space: 2 });
  let open = false;
  values.forEach((v, i) => {
    if (v === null) open = false;
    else if (open) doc.lineTo(x(i), y(v));
    else {
      doc.moveTo(x(i), y(v));
      open = true;
    }
  });
  doc.stroke().undash().restore();
}

export function drawTimeline(doc: Doc, fonts: ChartFonts, box: Box, chart: TimelineModel): void {
  const top = heading(doc, fonts, box, chart.title, []);
  if (chart.empty) {
    doc.font(fonts.regular).fontSize(9).fillColor(chartColors.text).text(chart.empty, box.x, top + 4, { width: box.width });
    return;
  }
  doc.font(fonts.regular).fontSize(LABEL_SIZE);
  const labelWidth = Math.min(150, Math.max(...chart.rows.map((r) => doc.widthOfString(r.label))) + 10);
  const plot = { x: box.x + labelWidth, y: top + 4, width: box.width - labelWidth - 8, height: chart.rows.length * ROW_HEIGHT };
  chart.rows.forEach((row, r) => {
    const cy = plot.y + r * ROW_HEIGHT + ROW_HEIGHT / 2;
    doc.lineWidth(0.4).strokeColor(chartColors.grid).moveTo(plot.x, cy).lineTo(plot.x + plot.width, cy).stroke();
    doc.fillColor(chartColors.text).text(row.label, box.x, cy - LABEL_SIZE / 2, { width: labelWidth - 6, lineBreak: false, ellipsis: true });
    for (const i of row.indices) triangle(doc, xOf(plot, chart.count, i), cy, 3.2, chartColors.event);
  });
  xAxis(doc, fonts, plot, chart.count, chart.xTicks);
  markers(doc, fonts, plot, chart.count, chart.markers);
}
