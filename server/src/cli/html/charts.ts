/**
 * Bar charts as plain SVG, written with the page: no script, no library, nothing fetched. Each chart has a title
 * that says its numbers, for screen readers, and every bar carries its number as text (the chart is readable
 * without colour); a bar's label may link somewhere (a rule's page).
 */
import { escapeHtml } from './escape';

export interface Bar {
  label: string;
  value: number;
  /** Shown after the value, e.g. "(312 findings)". */
  note?: string;
  href?: string;
  color?: string;
}

const ROW = 26;
const LABEL_WIDTH = 210;
const BAR_WIDTH = 380;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 150;

function barRow(bar: Bar, i: number, max: number): string {
  const y = i * ROW;
  const width = max === 0 ? 0 : Math.max(bar.value > 0 ? 2 : 0, Math.round((bar.value / max) * BAR_WIDTH));
  const label = `<text x="${LABEL_WIDTH - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(bar.label)}</text>`;
  const linked = bar.href ? `<a href="${escapeHtml(bar.href)}">${label}</a>` : label;
  const value = `${bar.value.toLocaleString('en')}${bar.note ? ` ${bar.note}` : ''}`;
  return [
    linked,
    `<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${width}" height="${ROW - 8}" fill="${bar.color ?? '#3b6fb6'}"></rect>`,
    `<text x="${LABEL_WIDTH + width + 6}" y="${y + 17}">${escapeHtml(value)}</text>`,
  ].join('');
}

/** A horizontal bar chart of `bars`, titled `title`. */
export function barChart(title: string, bars: readonly Bar[]): string {
  const max = Math.max(0, ...bars.map((b) => b.value));
  const height = Math.max(1, bars.length) * ROW;
  const described = bars.map((b) => `${b.label}: ${b.value}`).join(', ');
  return [
    // An image's parts are hidden from assistive technology: a chart with links is a group, its links reachable.
    `<svg class="chart" role="${bars.some((b) => b.href) ? 'group' : 'img'}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" aria-labelledby="${idOf(title)}">`,
    `<title id="${idOf(title)}">${escapeHtml(`${title}: ${described || 'none'}`)}</title>`,
    ...bars.map((b, i) => barRow(b, i, max)),
    '</svg>',
  ].join('');
}

const idOf = (title: string): string => `chart-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
