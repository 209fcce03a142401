/**
 * supported-versions-table. Over 60 lines: checkTable, the checks of one table read in a single pass over its rows.
 */
import { defineRule } from '../../../core/rule';
import { parseDateText, latestDay } from '../../../core/dates';
import type { TableModel } from '../markdown';
import type { PolicyDocument } from '../policy';
import type { ReportInput } from '../../../core/types';

const VERSION_HEADER = /version|versión|versão|versione|версия|版本|バージョン|버전/iu;
const SUPPORT_HEADER =
  /support|unterstützt|soporte|soportad|compatib|pris en charge|suport|supportat|поддерж|支持|サポート|지원|status|maintained/iu;
const SUPPORTED =
  /✅|✔|☑|🟢|:white_check_mark:|:heavy_check_mark:|:ballot_box_with_check:|:green_circle:|\byes\b|\bsupported\b|\bactive\b|\bja\b|\bsí\b|\bsi\b|\boui\b|\bsim\b|\bда\b|是|はい|예|지원/iu;
const UNSUPPORTED =
  /❌|✖|✗|⛔|🔴|:x:|:no_entry:|:no_entry_sign:|:heavy_multiplication_x:|:red_circle:|\bno\b|\bnot\b|\bunsupported\b|\bend[- ]of[- ]life\b|\beol\b|\bnein\b|\bnon\b|\bnão\b|\bнет\b|否|いいえ|아니요|미지원/iu;
const SHORTCODE = /:([^\s:|]{1,60}):/gu;
/** The header of a table of past advisories (affected and patched versions, CVE ids), not of supported versions. */
const ADVISORY_HEADER =
  /affected|patched|fixed in|\bcve\b|advisor|ghsa|betroffen|behoben|afectad|corregid|affecté|corrigé|afetad|corrigid|затронут|исправлен|受影响|修复|影響|修正|영향|수정/iu;
const KNOWN_SHORTCODES = new Set([
  'white_check_mark',
  'heavy_check_mark',
  'ballot_box_with_check',
  'x',
  'no_entry',
  'no_entry_sign',
  'warning',
  'heavy_multiplication_x',
  'negative_squared_cross_mark',
  'green_circle',
  'red_circle',
  'yellow_circle',
  'large_orange_diamond',
  'construction',
  'hourglass',
  'hourglass_flowing_sand',
  'lock',
  'closed_lock_with_key',
  'question',
  'grey_question',
  'exclamation',
  'heavy_minus_sign',
  'heavy_plus_sign',
  'star',
  'check',
  'shield',
  'orange_circle',
  'white_circle',
  'black_circle',
  'radio_button',
  'arrow_right',
  'skull',
  'fire',
  'bug',
]);
/** Shortcodes that machine translation produced from GitHub's template, with the emoji they stood for. */
const TRANSLATED_SHORTCODES: Record<string, string> = {
  marca_de_verificación_blanca: '✅',
  marca_de_verificacion_blanca: '✅',
  marque_de_vérification_blanche: '✅',
  coche_blanche: '✅',
  weißes_häkchen: '✅',
  weisses_haekchen: '✅',
  marca_de_seleção_branca: '✅',
  segno_di_spunta_bianco: '✅',
  белая_галочка: '✅',
  cruz: '❌',
  croix: '❌',
  kreuz: '❌',
  x_rojo: '❌',
};
const VERSION = /^(<=|>=|<|>|≤|≥)?\s{0,2}v?(\d{1,6}(?:\.\d{1,6}){0,3})/u;
/** "0.1 未満", "1.x or older": a bound written after the version, as Japanese, Korean and English prose put it. */
const BELOW_AFTER =
  /^\s{0,2}(?:未満|미만|以前|より前|or (?:older|earlier|lower|below)|and (?:older|earlier|lower|below))/iu;
const AT_MOST_AFTER = /^\s{0,2}(?:以下|이하)/u;
const UNTIL = /(?:until|through|till|bis|hasta|jusqu'au|jusqu’au|até|fino al|до)\s{1,3}/giu;

interface Row {
  start: number;
  end: number;
  cells: Array<{ text: string; start: number; end: number }>;
}

function splitRow(text: string, start: number): Row['cells'] {
  const cells: Row['cells'] = [];
  let cellStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || (text[i] === '|' && text[i - 1] !== '\\')) {
      cells.push({ text: text.slice(cellStart, i).trim(), start: start + cellStart, end: start + i });
      cellStart = i + 1;
    }
  }
  if (cells.length > 0 && cells[0].text === '' && /^\s*\|/.test(text)) cells.shift();
  if (cells.length > 0 && cells[cells.length - 1].text === '' && /\|\s*$/.test(text)) cells.pop();
  return cells;
}

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

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
    ],
    valid: [
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

/** The bound a version's trailing words give it: "<" for "未満" or "or older", "≤" for "以下", else "=". */
function boundAfter(rest: string): string {
  if (BELOW_AFTER.test(rest)) return '<';
  return AT_MOST_AFTER.test(rest) ? '≤' : '=';
}

/** The status with every translated shortcode (":marca_de_verificación_blanca:") replaced by its emoji. */
function translateShortcodes(status: string): string {
  return status.replace(SHORTCODE, (code, name: string) => TRANSLATED_SHORTCODES[name.toLowerCase()] ?? code);
}

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
  const rows: Row[] = table.lines
    .slice(2)
    .map((l) => ({ ...l, cells: splitRow(doc.text.slice(l.start, l.end), l.start) }));
  const supported: Array<{ version: number[]; row: Row }> = [];
  const unsupported: Array<{ op: string; version: number[]; row: Row }> = [];
  let anySupported = false;
  // "No version is supported" only when every row says so: a status in words the rule does not know is not a no.
  let allUnsupported = true;
  for (const row of rows) {
    if (row.cells.length !== header.length) {
      report({
        message: `This row has ${row.cells.length} cells, expected ${header.length} like the header.`,
        start: row.start,
        end: row.end,
      });
    }
    const status = row.cells
      .slice(1)
      .map((c) => c.text)
      .join(' ');
    // A translated shortcode means its emoji (it is reported below, as it does not render).
    const statusCell = translateShortcodes(row.cells[statusColumn]?.text ?? status);
    const isSupported = SUPPORTED.test(statusCell) && !UNSUPPORTED.test(statusCell.replace(/\bnot\b/i, ''));
    const isUnsupported = UNSUPPORTED.test(statusCell) && !isSupported;
    const versionCell = row.cells[0]?.text ?? '';
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
        message: `The shortcode "${m[0]}" does not render on GitHub, expected an emoji such as ✅ or a shortcode such as :white_check_mark:.`,
        start: at,
        end: at + m[0].length,
        fix: emoji
          ? {
              title: `Replace with ${emoji}`,
              edits: [{ start: at, end: at + m[0].length, newText: emoji }],
              safe: true,
            }
          : undefined,
      });
    }
    UNTIL.lastIndex = 0;
    for (let m = UNTIL.exec(status); m; m = UNTIL.exec(status)) {
      const date = parseDateText(status.slice(m.index + m[0].length, m.index + m[0].length + 40));
      if (!date || latestDay(date) >= today) continue;
      report({
        message: `Support "${m[0]}${status.slice(m.index + m[0].length, m.index + m[0].length + date.end).trim()}" has already ended, expected a current date.`,
        start: row.start,
        end: row.end,
      });
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
      report({
        message: `Version ${s.row.cells[0].text} is marked supported but "${conflict.row.cells[0].text}" marks it unsupported, expected one status per version.`,
        start: s.row.start,
        end: s.row.end,
      });
    }
  }
  if (rows.length > 0 && !anySupported && allUnsupported) {
    report({
      message: 'No version is marked supported, expected at least one row with ✅.',
      start: table.lines[0].start,
      end: table.lines[0].end,
    });
  }
}
