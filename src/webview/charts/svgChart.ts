// The dashboard's line and bar charts as SVG built with DOM calls: attributes only, no style attribute (the CSP
// refuses them), colours from the theme's --vscode-charts-* variables through classes in media/dashboard.css, so
// a theme change recolours them without drawing again. Each mark carries a <title> for the mouse; the numbers for
// a screen reader are in the table each chart has.
import { countAxis, labelEvery, toPixels } from './scale';

const NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: Array<Node | string>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  node.append(...children);
  return node;
}

const title = (text: string) => svg('title', {}, text);

/** Room for the axes' labels around the plot. */
const PAD = { left: 44, right: 14, top: 10, bottom: 24 };
/** The number of series colours in media/dashboard.css (.series-0 … .series-5). */
export const SERIES_COLOURS = 6;

function frame(width: number, height: number, kind: 'line' | 'bar'): SVGSVGElement {
  return svg('svg', { class: `chart-svg chart-${kind}`, width, height, viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true', focusable: 'false' });
}

/** Horizontal grid lines with their labels on the left. */
function yGrid(ticks: readonly number[], top: number, width: number, height: number, format: (v: number) => string): SVGGElement {
  const g = svg('g', { class: 'y-axis' });
  for (const v of ticks) {
    const y = toPixels(v, 0, top, height - PAD.bottom, PAD.top);
    g.append(svg('line', { class: 'grid', x1: PAD.left, x2: width - PAD.right, y1: y, y2: y }),
      svg('text', { class: 'axis-label', x: PAD.left - 6, y: y + 4, 'text-anchor': 'end' }, format(v)));
  }
  return g;
}

export interface LinePoint {
  /** Time in ms. */
  x: number;
  /** 0–100. */
  y: number;
  /** Shown on hover, e.g. "Fundamentals quiz: 80 % on 3 Dec". */
  title: string;
}

export interface LineChartSpec {
  width: number;
  height: number;
  /** The time domain in ms, and the labelled ticks on it. */
  from: number;
  to: number;
  xTicks: ReadonlyArray<{ at: number; label: string }>;
  /** One line per series, its points in time order; a series of one point is a dot. */
  series: ReadonlyArray<{ label: string; points: readonly LinePoint[] }>;
}

/** Percentages (0–100) over time: a line and dots per series, grid lines at every quarter. */
export function lineChart(spec: LineChartSpec): SVGSVGElement {
  const { width, height } = spec;
  const root = frame(width, height, 'line');
  root.append(yGrid([0, 25, 50, 75, 100], 100, width, height, (v) => `${v}%`));
  const x = (t: number) => toPixels(t, spec.from, spec.to, PAD.left, width - PAD.right);
  const y = (v: number) => toPixels(v, 0, 100, height - PAD.bottom, PAD.top);
  const axis = svg('g', { class: 'x-axis' });
  for (const t of spec.xTicks) axis.append(svg('text', { class: 'axis-label', x: x(t.at), y: height - 6, 'text-anchor': 'middle' }, t.label));
  root.append(axis);
  spec.series.forEach((s, i) => {
    const colour = `series-${i % SERIES_COLOURS}`;
    const g = svg('g', { class: `series ${colour}` }, title(s.label));
    if (s.points.length > 1) g.append(svg('polyline', { class: 'line', points: s.points.map((p) => `${x(p.x).toFixed(1)},${y(p.y).toFixed(1)}`).join(' ') }));
    for (const p of s.points) g.append(svg('circle', { class: 'point', cx: x(p.x).toFixed(1), cy: y(p.y).toFixed(1), r: 3.5 }, title(p.title)));
    root.append(g);
  });
  return root;
}

export interface BarChartSpec {
  width: number;
  height: number;
  /** Left to right; a bar of 0 is not drawn (it would show as a dash on the axis), its label still is. */
  bars: ReadonlyArray<{ label: string; value: number; title: string }>;
}

/** Counts per slot (days of the review forecast): bars from 0, grid lines at round counts. */
export function barChart(spec: BarChartSpec): SVGSVGElement {
  const { width, height, bars } = spec;
  const root = frame(width, height, 'bar');
  const { top, ticks } = countAxis(Math.max(0, ...bars.map((b) => b.value)), 4);
  root.append(yGrid(ticks, top, width, height, String));
  const slot = (width - PAD.left - PAD.right) / Math.max(1, bars.length);
  const every = labelEvery(slot, 56);
  const base = height - PAD.bottom;
  const g = svg('g', { class: 'bars' });
  const axis = svg('g', { class: 'x-axis' });
  bars.forEach((b, i) => {
    const cx = PAD.left + slot * (i + 0.5);
    if (b.value > 0) {
      const yTop = toPixels(b.value, 0, top, base, PAD.top);
      const w = Math.min(40, slot * 0.7);
      g.append(svg('rect', { class: 'bar-value', x: (cx - w / 2).toFixed(1), y: yTop.toFixed(1), width: w.toFixed(1), height: (base - yTop).toFixed(1) }, title(b.title)));
    }
    if (i % every === 0) axis.append(svg('text', { class: 'axis-label', x: cx.toFixed(1), y: height - 6, 'text-anchor': 'middle' }, b.label));
  });
  root.append(g, axis);
  return root;
}
