/**
 * `--format html` in a real browser: Debian's Chromium (through playwright-core, as the e2e suites drive it) opens
 * the report of a generated organisation, fetching nothing; the headline says what the JSON and Markdown of the
 * same run say; the table sorts, filters and opens a repository's findings, linked to the rules' pages; a name
 * written to break out of the page stays text; axe-core finds no serious accessibility violation. The screenshot
 * goes to docs/images/html-report.png. Skipped, saying why, where no Chromium is installed.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { docsUrl } from '../server/src';
import { generateOrganisation } from '../scripts/bench-org';
import { buildDist, ROOT, runCli } from './cli-run';
import { tempDir } from './helpers';
import { launchChromium } from './vscode-host';

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}`;
const HOSTILE = '<img src=x onerror=window.hacked=1>';

interface JsonEntry {
  file?: string;
  repository?: string;
  kind?: string;
  inheritedPolicy?: unknown;
  diagnostics: Array<{ rule: string; severity: string }>;
}

let browser: Browser | undefined;
let page: Page;
let json: JsonEntry[];
let markdownRows: string[][];
const requests: string[] = [];

before(async () => {
  if (skip) return;
  buildDist();
  const dir = tempDir('h27-html-');
  renameSync(generateOrganisation(150).dir, join(dir, 'acme'));
  mkdirSync(join(dir, 'acme', HOSTILE, '.git'), { recursive: true });
  writeFileSync(join(dir, 'acme', HOSTILE, 'SECURITY.md'), '# Security\n\nOpen an issue.\n');
  const run = (format: string): string => runCli(['check', '--today', '2026-11-23', '-f', format, 'acme'], dir).stdout;
  writeFileSync(join(dir, 'report.html'), run('html'));
  json = JSON.parse(run('json')) as JsonEntry[];
  markdownRows = run('markdown')
    .split('\n')
    .filter((line) => line.startsWith('| acme/'))
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| | \|$/g, '').replace(/\\(.)/g, '$1')));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(join(dir, 'report.html')).href);
  await page.waitForSelector('#repositories tbody tr');
});

after(async () => {
  await browser?.close();
});

/** The repository an entry of the JSON belongs to (`acme/<name>/…`). */
const repositoryOf = (e: JsonEntry): string => e.repository ?? e.file!.split('/').slice(0, 2).join('/');
const count = (severity: string): number =>
  json.flatMap((e) => e.diagnostics).filter((d) => d.severity === severity).length;
const shownRows = (): Promise<string[]> =>
  page.$$eval('#repositories tbody tr:not(.findings) td:first-child', (cells) => cells.map((c) => c.textContent!));

test('the page fetches nothing, and its headline is the JSON and Markdown of the same run', { skip }, async () => {
  assert.deepEqual(requests, [page.url()]);
  const repositories = new Set(json.map(repositoryOf));
  const withPolicy = new Set(json.filter((e) => e.kind === 'md' || e.inheritedPolicy).map(repositoryOf));
  const atLeast = (n: number): number => markdownRows.filter((r) => r[5] !== '—' && Number(r[5].slice(1)) >= n).length;
  const pct = (n: number): string => `${n} (${Math.round((n / markdownRows.length) * 100)}%)`;
  assert.equal(markdownRows.length, 152);
  assert.equal(repositories.size, 152);
  const headline = await page.$$eval('.headline div', (divs) =>
    divs.map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]),
  );
  assert.deepEqual(headline, [
    ['Repositories', '152'],
    ['With a policy', pct(withPolicy.size)],
    ['OSPS Baseline L1 or higher', pct(atLeast(1))],
    ['L2 or higher', pct(atLeast(2))],
    ['L3', pct(atLeast(3))],
    ['Errors', count('error').toLocaleString('en')],
    ['Warnings', count('warning').toLocaleString('en')],
  ]);
  assert.equal(await page.textContent('#shown'), 'Showing 100 of 152 repositories');
  assert.equal(await page.evaluate(() => (window as { hacked?: number }).hacked), undefined);
  assert.ok((await shownRows()).includes(`acme/${HOSTILE}`));
});

test('sorting by errors puts the most first, ties in the run order; again reverses it', { skip }, async () => {
  await page.click('th:nth-child(4) button');
  assert.equal(await page.getAttribute('th:nth-child(4)', 'aria-sort'), 'descending');
  const byErrors = markdownRows.map((r, i) => ({ name: r[0], errors: Number(r[2]), i }));
  const expected = [...byErrors].sort((a, b) => b.errors - a.errors || a.i - b.i).map((r) => r.name);
  assert.deepEqual(await shownRows(), expected.slice(0, 100));
  await page.click('th:nth-child(4) button');
  assert.equal(await page.getAttribute('th:nth-child(4)', 'aria-sort'), 'ascending');
  const ascending = [...byErrors].sort((a, b) => a.errors - b.errors || a.i - b.i).map((r) => r.name);
  assert.deepEqual(await shownRows(), ascending.slice(0, 100));
  await page.click('th:nth-child(1) button');
  assert.deepEqual((await shownRows()).slice(0, 2), ["acme/.github (the organisation's defaults)", `acme/${HOSTILE}`]);
});

test('filtering by name, by rule, by level and by errors; "Show more"', { skip }, async () => {
  await page.fill('#filter', 'repo-0001');
  assert.deepEqual(
    await shownRows(),
    Array.from({ length: 10 }, (_, i) => `acme/repo-0001${i}`),
  );
  assert.equal(await page.textContent('#shown'), 'Showing 10 of 10 repositories (filtered from 152)');
  // A filter that is no name reads rule ids too: every rule whose id holds it.
  await page.fill('#filter', 'no-contact');
  const withRule = new Set(
    json.filter((e) => e.diagnostics.some((d) => d.rule.includes('no-contact'))).map(repositoryOf),
  );
  assert.equal(withRule.size, 42);
  assert.equal(await page.textContent('#shown'), 'Showing 42 of 42 repositories (filtered from 152)');
  await page.fill('#filter', '');
  await page.selectOption('#level', '3');
  const l3 = markdownRows.filter((r) => r[5] === 'L3').map((r) => r[0]);
  assert.deepEqual(await shownRows(), l3.slice(0, 100));
  await page.selectOption('#level', 'any');
  await page.check('#errors-only');
  const withErrors = markdownRows.filter((r) => Number(r[2]) > 0).length;
  assert.equal(
    await page.textContent('#shown'),
    `Showing ${Math.min(100, withErrors)} of ${withErrors} repositories (filtered from 152)`,
  );
  await page.uncheck('#errors-only');
  await page.click('#more');
  assert.equal(await page.textContent('#shown'), 'Showing 152 of 152 repositories');
  assert.equal(await page.isHidden('#more'), true);
});

test("a repository opens on its findings, each linked to its rule's page", { skip }, async () => {
  await page.fill('#filter', 'repo-00001');
  await page.click('#repositories tbody td:first-child button');
  const expected = json
    .filter((e) => e.file?.startsWith('acme/repo-00001/'))
    .flatMap((e) => e.diagnostics.map((d) => ({ rule: d.rule, href: docsUrl(d.rule) })));
  const links = await page.$$eval('tr.findings li a', (as) =>
    as.map((a) => ({ rule: a.textContent!, href: a.getAttribute('href')! })),
  );
  assert.ok(expected.length > 0);
  assert.deepEqual(links, expected);
  assert.equal(await page.getAttribute('#repositories tbody td:first-child button', 'aria-expanded'), 'true');
  await page.fill('#filter', '');
  await page.screenshot({ path: join(ROOT, 'docs', 'images', 'html-report.png') });
});

test('axe-core finds no serious or critical accessibility violation', { skip }, async () => {
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string }> }> } }
    ).axe;
    return (await axe.run()).violations.map((v) => `${v.impact}: ${v.id}`);
  });
  assert.deepEqual(
    violations.filter((v) => v.startsWith('serious') || v.startsWith('critical')),
    [],
  );
});
