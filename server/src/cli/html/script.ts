/**
 * The HTML report's script, run by the browser: it reads the report's data (./model.ts, in a JSON script element)
 * and draws the repository table, which can be sorted (the column headers), filtered (by text, level, errors) and
 * opened row by row on a repository's findings, each linked to its rule's page. Only the rows shown are drawn, a
 * page of them at a time ("Show more"), so 10,000 repositories paint as fast as 100. Every text goes in through
 * textContent, never as HTML.
 *
 * These functions are written into the page as their source (`reportScript`), so each may name only the others and
 * the browser's globals.
 */
import type { CompactRow, ReportData } from './model';

interface TableState {
  data: ReportData;
  column: number;
  descending: boolean;
  query: string;
  level: string;
  errorsOnly: boolean;
  limit: number;
  open: Set<CompactRow>;
}

function reportMatches(state: TableState, row: CompactRow): boolean {
  if (state.level !== 'any' && String(row[2]) !== state.level) return false;
  if (state.errorsOnly && row[3] === 0) return false;
  if (state.query === '') return true;
  const q = state.query;
  if (row[0].toLowerCase().includes(q) || row[1].toLowerCase().includes(q)) return true;
  return row[7].some((f) => state.data.rules[f[4]][0].includes(q));
}

function reportVisibleRows(state: TableState): CompactRow[] {
  const rows = state.data.rows.filter((row) => reportMatches(state, row));
  const c = state.column;
  const sign = state.descending ? -1 : 1;
  // Ties keep the run's order (Array.prototype.sort is stable), so a sort is repeatable.
  return rows.sort((a, b) => (a[c] === b[c] ? 0 : a[c] < b[c] ? -sign : sign));
}

function reportCell(tr: HTMLElement, text: string, className?: string): HTMLElement {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  tr.appendChild(td);
  return td;
}

function reportFindings(state: TableState, row: CompactRow): HTMLElement {
  const tr = document.createElement('tr');
  tr.className = 'findings';
  const td = document.createElement('td');
  td.colSpan = 5;
  const list = document.createElement('ul');
  const { strings, rules, severities } = state.data;
  for (const [file, line, column, severity, rule, message] of row[7]) {
    const li = document.createElement('li');
    li.className = severities[severity];
    const where = document.createElement('code');
    where.textContent = `${strings[file]}:${line}:${column}`;
    const text = document.createElement('span');
    text.textContent = ` ${severities[severity]}: ${strings[message]} `;
    const link = document.createElement('a');
    link.href = rules[rule][1];
    link.textContent = rules[rule][0];
    li.append(where, text, link);
    list.appendChild(li);
  }
  if (row[7].length === 0) list.appendChild(document.createElement('li')).append('No findings.');
  td.appendChild(list);
  tr.appendChild(td);
  return tr;
}

function reportRow(state: TableState, row: CompactRow, body: HTMLElement): void {
  const tr = document.createElement('tr');
  const name = document.createElement('td');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = row[0];
  button.setAttribute('aria-expanded', String(state.open.has(row)));
  button.addEventListener('click', () => {
    if (state.open.has(row)) state.open.delete(row);
    else state.open.add(row);
    reportDraw(state);
  });
  name.appendChild(button);
  tr.appendChild(name);
  reportCell(tr, row[1]);
  reportCell(tr, row[2] === 0 ? '—' : `L${row[2]}`, 'num');
  reportCell(tr, String(row[3]), row[3] > 0 ? 'num error' : 'num');
  reportCell(tr, String(row[4]), 'num');
  body.appendChild(tr);
  if (state.open.has(row)) body.appendChild(reportFindings(state, row));
}

function reportDraw(state: TableState): void {
  const rows = reportVisibleRows(state);
  const body = document.createElement('tbody');
  for (const row of rows.slice(0, state.limit)) reportRow(state, row, body);
  document.querySelector('#repositories tbody')!.replaceWith(body);
  const shown = Math.min(rows.length, state.limit);
  document.getElementById('shown')!.textContent =
    `Showing ${shown.toLocaleString('en')} of ${rows.length.toLocaleString('en')} repositories` +
    (rows.length < state.data.rows.length ? ` (filtered from ${state.data.rows.length.toLocaleString('en')})` : '');
  (document.getElementById('more') as HTMLButtonElement).hidden = shown >= rows.length;
  document.querySelectorAll('#repositories th').forEach((th, i) => {
    const sorted = i === state.column || (i === 0 && state.column === 0);
    th.setAttribute('aria-sort', sorted ? (state.descending ? 'descending' : 'ascending') : 'none');
  });
}

function reportStart(): void {
  const data = JSON.parse(document.getElementById('report-data')!.textContent!) as ReportData;
  const page = 100;
  const state: TableState = {
    data,
    ...{ column: 0, descending: false, query: '', level: 'any', errorsOnly: false, limit: page, open: new Set() },
  };
  const redraw = (): void => {
    state.limit = page;
    reportDraw(state);
  };
  document.querySelectorAll('#repositories th button').forEach((button, i) =>
    button.addEventListener('click', () => {
      state.descending = state.column === i ? !state.descending : i >= 2;
      state.column = i;
      redraw();
    }),
  );
  const query = document.getElementById('filter') as HTMLInputElement;
  query.addEventListener('input', () => ((state.query = query.value.trim().toLowerCase()), redraw()));
  const level = document.getElementById('level') as HTMLSelectElement;
  level.addEventListener('change', () => ((state.level = level.value), redraw()));
  const errors = document.getElementById('errors-only') as HTMLInputElement;
  errors.addEventListener('change', () => ((state.errorsOnly = errors.checked), redraw()));
  document.getElementById('more')!.addEventListener('click', () => {
    state.limit += page;
    reportDraw(state);
  });
  reportDraw(state);
}

/** The script as the page carries it: these functions' source, then the call that starts the table. */
export const reportScript = (): string =>
  [reportMatches, reportVisibleRows, reportCell, reportFindings, reportRow, reportDraw, reportStart]
    .map((f) => f.toString())
    .join('\n') + `\n${reportStart.name}();\n`;
