/**
 * `--format html`: one self-contained page for the people who read an organisation's results. A headline
 * (repositories, with a policy, OSPS Baseline levels reached, errors and warnings), a chart of repositories per
 * level and one of the rules reported in most repositories (plain SVG, ./charts.ts), and a table of repositories
 * that can be sorted and filtered, each opening on its findings with links to the rules' pages (./script.ts); the
 * date and profile of the run. Nothing is fetched: the style, the script and the data are in the page, and its
 * Content-Security-Policy allows nothing else (the script by its hash). Written at the end, like JSON and SARIF.
 */
import type * as Crypto from 'node:crypto';
import { docsUrl } from '../../index';
import type { Reporter, RunFacts } from '../reporters';
import { VERSION } from '../formats';
import { barChart, type Bar } from './charts';
import { escapeHtml, jsonForScript } from './escape';
import { ReportModel, type Headline } from './model';
import { reportScript } from './script';
import { REPORT_STYLE } from './style';

const TOP_RULES = 10;
const LEVEL_COLORS = ['#8a8f98', '#c9822b', '#3b6fb6', '#2e7d4f'];

const number = (n: number): string => n.toLocaleString('en');
const share = (n: number, of: number): string => (of === 0 ? '' : ` (${Math.round((n / of) * 100)}%)`);

function headlineHtml(h: Headline): string {
  const atLeast = (level: number): number => h.levels.slice(level).reduce((a, b) => a + b, 0);
  const figures: Array<[string, string]> = [
    ['Repositories', number(h.repositories)],
    ['With a policy', `${number(h.withPolicy)}${share(h.withPolicy, h.repositories)}`],
    ['OSPS Baseline L1 or higher', `${number(atLeast(1))}${share(atLeast(1), h.repositories)}`],
    ['L2 or higher', `${number(atLeast(2))}${share(atLeast(2), h.repositories)}`],
    ['L3', `${number(h.levels[3])}${share(h.levels[3], h.repositories)}`],
    ['Errors', number(h.counts.error)],
    ['Warnings', number(h.counts.warning)],
  ];
  if (h.unchecked > 0) figures.push(['Paths not checked', number(h.unchecked)]);
  const items = figures.map(([label, value]) => `<div><dt>${escapeHtml(label)}</dt><dd>${value}</dd></div>`);
  return `<dl class="headline">${items.join('')}</dl>`;
}

function chartsHtml(model: ReportModel): string {
  const levels: Bar[] = ['none', 'L1', 'L2', 'L3'].map((label, i) => ({
    label: i === 0 ? 'no level met' : label,
    value: model.headline.levels[i],
    color: LEVEL_COLORS[i],
  }));
  const rules: Bar[] = model.topRules(TOP_RULES).map((r) => ({
    label: r.rule,
    value: r.repositories,
    note: `(${number(r.findings)} finding${r.findings === 1 ? '' : 's'})`,
    href: docsUrl(r.rule),
  }));
  return [
    '<section class="charts">',
    `<figure><figcaption>Repositories by the highest OSPS Baseline level their files meet</figcaption>${barChart('Repositories per OSPS Baseline level', levels)}</figure>`,
    `<figure><figcaption>Rules reported in the most repositories</figcaption>${rules.length > 0 ? barChart('Most frequent rules', rules) : '<p>No findings.</p>'}</figure>`,
    '</section>',
  ].join('\n');
}

const TABLE = `<section aria-labelledby="table-title">
<h2 id="table-title">Repositories</h2>
<div class="filters">
<label>Filter <input id="filter" type="search" placeholder="name, file or rule"></label>
<label>Level <select id="level"><option value="any">any</option><option value="0">none</option><option value="1">L1</option><option value="2">L2</option><option value="3">L3</option></select></label>
<label><input id="errors-only" type="checkbox"> with errors only</label>
</div>
<p id="shown" role="status"></p>
<table id="repositories">
<thead><tr><th scope="col"><button type="button">Repository</button></th><th scope="col"><button type="button">Files found</button></th><th scope="col"><button type="button">Level</button></th><th scope="col"><button type="button">Errors</button></th><th scope="col"><button type="button">Warnings</button></th></tr></thead>
<tbody></tbody>
</table>
<button id="more" type="button">Show more</button>
</section>`;

/** Node's crypto, required when a report is written: loading it (OpenSSL) at start cost every run of the CLI. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const crypto = (): typeof Crypto => require('node:crypto') as typeof Crypto;

/** The whole page. */
export function reportHtml(model: ReportModel, run: RunFacts): string {
  const script = reportScript();
  const hash = crypto().createHash('sha256').update(script).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src data:`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Security Policy report</title>',
    `<style>${REPORT_STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<h1>Security Policy report</h1>',
    `<p class="run">Checked on ${escapeHtml(run.today)} with the profile <code>${escapeHtml(run.profile)}</code> by security-policy ${escapeHtml(VERSION)}.</p>`,
    headlineHtml(model.headline),
    chartsHtml(model),
    TABLE,
    '</main>',
    `<script id="report-data" type="application/json">${jsonForScript(model.data())}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function htmlReporter(write: (text: string) => void, run: RunFacts): Reporter {
  const model = new ReportModel();
  return {
    add: (result) => model.add(result),
    end: () => write(reportHtml(model, run)),
  };
}
