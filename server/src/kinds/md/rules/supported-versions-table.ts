/**
 * supported-versions-table. Over 60 lines: checkTable, the checks of one table read in a single pass over its rows.
 */
import { defineRule } from '../../../core/rule';
import { parseDateText, latestDay } from '../../../core/dates';
import type { TableModel } from '../markdown';
import type { PolicyDocument } from '../policy';
import type { ReportInput } from '../../../core/types';
import {
  VERSION_HEADER,
  SUPPORT_HEADER,
  SUPPORTED,
  UNSUPPORTED,
  SHORTCODE,
  ADVISORY_HEADER,
  KNOWN_SHORTCODES,
  TRANSLATED_SHORTCODES,
  VERSION,
  UNTIL,
  UNTIL_HEADER,
  endedSupport,
  TABLE_MESSAGES,
  lineKind,
  splitRow,
  compareVersions,
  boundAfter,
  translateShortcodes,
  type Row,
} from '../version-tables';

export default defineRule({
  meta: {
    id: 'supported-versions-table',
    defaultSeverity: 'warning',
    fixable: 'sometimes',
    description:
      'The supported-versions table misleads: wrong column counts, a version both in and out of support, no supported row, shortcodes that will not render, an "until" date in the past.',
    rationale:
      'Readers trust the table to decide whether to upgrade. A row with missing cells renders shifted, `6.2.x ✅` after `< 7.2.x ❌` says two things at once, translated shortcodes such as `:marca_de_verificación_blanca:` show as text, and a support end date in the past is a promise that expired.',
    howToFix:
      'Give every row one cell per column, one status per version, at least one supported row, GitHub shortcodes or emoji, and current dates. The quick fix replaces translated shortcodes with their emoji.',
    messages: TABLE_MESSAGES,
    fixTitles: {
      emoji: 'Replace with {emoji}',
    },
    invalid: [
      {
        text: '# Security\n\n## Supported Versions\n\n| Version | Supported |\n| --- | --- |\n| 7.2.x | ✅ |\n| < 7.2.x | ❌ |\n| 6.2.x | ✅ |\n',
        expect: [
          {
            line: 9,
            column: 1,
            message:
              'Version 6.2.x is marked supported but "< 7.2.x" marks it unsupported, expected one status per version.',
          },
        ],
      },
      {
        text: '# Security\n\n## Supported Versions\n\n| Version | Supported |\n| --- | --- |\n| 1.x | :marca_de_verificación_blanca: |\n',
        // The shortcode means ✅ (it is a translation of :white_check_mark:): the version is supported, the shortcode
        // is what is wrong.
        expect: [
          {
            line: 7,
            column: 9,
            message:
              'The shortcode ":marca_de_verificación_blanca:" does not render on GitHub, expected an emoji such as ✅ or a shortcode such as :white_check_mark:.',
          },
        ],
        fixed: '# Security\n\n## Supported Versions\n\n| Version | Supported |\n| --- | --- |\n| 1.x | ✅ |\n',
      },
      {
        // "or older" after a version bounds it from above, as "<=" before it would.
        text: '# Security\n\n| Version | Supported |\n| --- | --- |\n| 1.2.x | ✅ |\n| 2.0 or older | ❌ |\n',
        expect: [
          {
            line: 5,
            column: 1,
            message:
              'Version 1.2.x is marked supported but "2.0 or older" marks it unsupported, expected one status per version.',
          },
        ],
      },
      {
        text: '# Security\n\n## Supported Versions\n\n| Version | Supported |\n| --- | --- |\n| 1.x | ❌ |\n',
        expect: [{ line: 5, column: 1, message: 'No version is marked supported, expected at least one row with ✅.' }],
      },
      {
        text: '# Security\n\n## Supported Versions\n\n| Version | Supported |\n| --- | --- |\n| 2.x | ✅ | extra |\n',
        expect: [{ line: 7, column: 1, message: 'This row has 3 cells, expected 2 like the header.' }],
      },
      {
        text: '# Security\n\n| Version | Supported |\n| --- | --- |\n| 2.x | ✅ until 2020-01-01 |\n',
        today: '2026-11-22',
        expect: [
          { line: 5, column: 1, message: 'Support "until 2020-01-01" has already ended, expected a current date.' },
        ],
      },
      // A version listed twice: the later row contradicts the earlier one.
      {
        text: '# Security\n\n| Version | Supported |\n| --- | --- |\n| 4.0.x | ✅ |\n| 4.0.x | ❌ |\n',
        expect: [
          {
            line: 6,
            column: 1,
            message:
              'Version 4.0.x is marked supported but "4.0.x" marks it unsupported, expected one status per version.',
          },
        ],
      },
      // A column that says when support ends, its dates in the cells.
      {
        text: '# Security\n\n## Supported Versions\n\n| Version | Supported Until |\n| --- | --- |\n| 3.30 | 27/12/2024 |\n| 3.31 | Best effort |\n',
        today: '2026-11-22',
        expect: [
          {
            line: 7,
            column: 1,
            message: 'Support "Supported Until: 27/12/2024" has already ended, expected a current date.',
          },
        ],
      },
      // Half-years as release plans write them; support in words ("bug fixes") is support.
      {
        text: '# Security\n\n| Version | Supported | End of Support |\n| --- | --- | --- |\n| 5.x | feature updates | 2027H2 |\n| 4.x | bug fixes | 2025H2 |\n| 3.x | :x: | 2024H2 |\n',
        today: '2026-11-22',
        expect: [
          {
            line: 6,
            column: 1,
            message: 'Support "End of Support: 2025H2" has already ended, expected a current date.',
          },
        ],
      },
      // Versions in inline code are versions.
      {
        text: '# Security\n\n| Version | Supported |\n| --- | --- |\n| `3.6.x` | :white_check_mark: |\n| `< 3.6.x` | :x: |\n| `2.11.x` | :white_check_mark: |\n',
        expect: [
          {
            line: 7,
            column: 1,
            message:
              'Version `2.11.x` is marked supported but "`< 3.6.x`" marks it unsupported, expected one status per version.',
          },
        ],
      },
      // A placeholder where the rows should be: no row, and no missing cells.
      {
        text: '# Security\n\n## Supported Versions\n\n| Version | Supported |\n|---------|-----------|\n{{VERSION_SUPPORT_TABLE}}\n',
        expect: [{ line: 5, column: 1, message: 'No version is marked supported, expected at least one row with ✅.' }],
      },
    ],
    valid: [
      // A merge conflict marker after a row is not a row (merge-conflict-marker reports it).
      { text: '# Security\n\n| Version | Supported |\n| --- | --- |\n| 1.x | ✅\n=======\n# Security Policy\n' },
      // Support in words.
      { text: '# Security\n\n| Version | Supported |\n| --- | --- |\n| 2.x | Security patches only |\n| 1.x | ❌ |\n' },
      {
        text: '# Security\n\n| Version | Supported |\n| --- | --- |\n| 2.x | Supported until 2027 |\n| < 2.0 | ❌ |\n',
        today: '2026-11-22',
      },
      { text: '# Security\n\n| Version | Supported |\n| --- | --- |\n| 2.x | :white_check_mark: |\n| < 2.0 | :x: |\n' },
      // Support written in words the rule does not know is not "no version supported".
      {
        text: '# Security\n\n## Supported Versions\n\n| Version | Supported |\n| --- | --- |\n| 5.x | Security patches only |\n| 4.x | Bug fixes and security patches |\n',
      },
      {
        text: '# 보안 정책\n\n| 버전 | 지원 |\n| --- | --- |\n| 2.0.2+ | 권장 |\n| 2.0.1 | 사용 금지 |\n',
      },
      // A bound written after the version: 0.1.x is at least 0.1, so it is not "below 0.1".
      {
        text: '# セキュリティポリシー\n\n| バージョン | サポート |\n| --- | --- |\n| 0.1.x | ✅ |\n| 0.1 未満 | ❌ |\n',
      },
      // A table of past advisories is not a support table.
      {
        text: '# Security\n\n## Supported Versions\n\n| CVE | Affected versions | Patched versions |\n| --- | --- | --- |\n| CVE-2024-1234 | < 2.1 | 2.1.3 |\n',
      },
    ],
  },
  md(doc, context) {
    for (const table of doc.markdown.tables) {
      const header = splitRow(doc.text.slice(table.lines[0].start, table.lines[0].end), table.lines[0].start);
      const inSection = doc.sectionAt(table.start)?.kinds.has('supportedVersions') ?? false;
      if (!inSection && !header.some((c) => VERSION_HEADER.test(c.text))) continue;
      if (header.some((c) => ADVISORY_HEADER.test(c.text))) continue;
      checkTable(doc, table, header, context.env.today, (r) => context.report(r));
    }
  },
});

function checkTable(
  doc: PolicyDocument,
  table: TableModel,
  header: Row['cells'],
  today: Date,
  report: (r: ReportInput) => void,
): void {
  const statusColumn = Math.max(
    1,
    header.findIndex((c, i) => i > 0 && SUPPORT_HEADER.test(c.text)),
  );
  const untilColumn = header.findIndex((c, i) => i > 0 && UNTIL_HEADER.test(c.text));
  const lines = table.lines.slice(2).map((l) => ({ ...l, kind: lineKind(doc.text.slice(l.start, l.end)) }));
  const placeholders = lines.filter((l) => l.kind === 'placeholder').length;
  const rows: Row[] = lines
    .filter((l) => l.kind === 'row')
    .map((l) => ({ ...l, cells: splitRow(doc.text.slice(l.start, l.end), l.start) }));
  const supported: Array<{ version: number[]; row: Row }> = [];
  const unsupported: Array<{ op: string; version: number[]; row: Row }> = [];
  let anySupported = false;
  // "No version is supported" only when every row says so: a status in words the rule does not know is not a no.
  let allUnsupported = true;
  for (const row of rows) {
    if (row.cells.length !== header.length) {
      const values = { cells: row.cells.length, columns: header.length };
      report({ messageId: 'cells', values, start: row.start, end: row.end });
    }
    const status = row.cells
      .slice(1)
      .map((c) => c.text)
      .join(' ');
    // A translated shortcode means its emoji (it is reported below, as it does not render).
    const statusCell = translateShortcodes(row.cells[statusColumn]?.text ?? status);
    const isSupported = SUPPORTED.test(statusCell) && !UNSUPPORTED.test(statusCell.replace(/\bnot\b/i, ''));
    const isUnsupported = UNSUPPORTED.test(statusCell) && !isSupported;
    // "`3.6.x`": a version in inline code is a version.
    const versionCell = (row.cells[0]?.text ?? '').replace(/`/g, '').trim();
    const v = VERSION.exec(versionCell);
    if (isSupported) anySupported = true;
    if (!isUnsupported) allUnsupported = false;
    if (v) {
      const version = v[2].split('.').map(Number);
      if (isSupported) supported.push({ version, row });
      else if (isUnsupported)
        unsupported.push({ op: v[1] ?? boundAfter(versionCell.slice(v[0].length)), version, row });
    }
    SHORTCODE.lastIndex = 0;
    for (let m = SHORTCODE.exec(status); m; m = SHORTCODE.exec(status)) {
      const name = m[1];
      if (KNOWN_SHORTCODES.has(name.toLowerCase()) || !/[^\d]/.test(name)) continue;
      const at = doc.text.indexOf(m[0], row.start);
      if (at < 0 || at >= row.end) continue;
      const emoji = TRANSLATED_SHORTCODES[name.toLowerCase()];
      report({
        messageId: 'shortcode',
        values: { shortcode: m[0] },
        start: at,
        end: at + m[0].length,
        fix: emoji
          ? {
              titleId: 'emoji',
              titleValues: { emoji },
              edits: [{ start: at, end: at + m[0].length, newText: emoji }],
              safe: true,
            }
          : undefined,
      });
    }
    const ended = isUnsupported ? undefined : endedSupport(row, header, untilColumn, today);
    if (ended) report({ messageId: 'ended', values: { support: ended }, start: row.start, end: row.end });
    UNTIL.lastIndex = 0;
    for (let m = UNTIL.exec(status); m; m = UNTIL.exec(status)) {
      const date = parseDateText(status.slice(m.index + m[0].length, m.index + m[0].length + 40));
      if (!date || latestDay(date) >= today) continue;
      const support = `${m[0]}${status.slice(m.index + m[0].length, m.index + m[0].length + date.end).trim()}`;
      report({ messageId: 'ended', values: { support }, start: row.start, end: row.end });
    }
  }
  for (const s of supported) {
    const conflict = unsupported.find((u) => {
      const c = compareVersions(s.version, u.version);
      return u.op === '<' || u.op === '≤' || u.op === '<='
        ? c < 0 || (u.op !== '<' && c === 0)
        : u.op === '=' && c === 0;
    });
    if (conflict) {
      // A version listed twice: the later row is the one that contradicts.
      const at = conflict.op === '=' && conflict.row.start > s.row.start ? conflict.row : s.row;
      report({
        messageId: 'conflict',
        values: { version: s.row.cells[0].text, other: conflict.row.cells[0].text },
        start: at.start,
        end: at.end,
      });
    }
  }
  // Rows that all say no, or only a placeholder where the rows should be.
  if ((rows.length > 0 && !anySupported && allUnsupported) || (rows.length === 0 && placeholders > 0)) {
    report({ messageId: 'none', start: table.lines[0].start, end: table.lines[0].end });
  }
}
