/**
 * How supported-versions tables are read (supported-versions-table): the words of their headers and status cells in
 * every language the lexicon reads, shortcodes, version bounds, and splitting a row into cells.
 */
import { latestDay, parseDateText } from '../../core/dates';

export const VERSION_HEADER = /version|versión|versão|versione|версия|版本|バージョン|버전/iu;
export const SUPPORT_HEADER =
  /support|unterstützt|soporte|soportad|compatib|pris en charge|suport|supportat|поддерж|支持|サポート|지원|status|maintained/iu;
export const SUPPORTED =
  /✅|✔|☑|🟢|:white_check_mark:|:heavy_check_mark:|:ballot_box_with_check:|:green_circle:|\byes\b|\bsupported\b|\bactive\b|\bmaintained\b|\blts\b|security (?:patches|fixes|updates)|bug ?fix|feature updates|\bja\b|\bsí\b|\bsi\b|\boui\b|\bsim\b|\bда\b|是|はい|예|지원/iu;
export const UNSUPPORTED =
  /❌|✖|✗|⛔|🔴|:x:|:no_entry:|:no_entry_sign:|:heavy_multiplication_x:|:red_circle:|\bno\b|\bnot\b|\bunsupported\b|\bend[- ]of[- ]life\b|\beol\b|\bnein\b|\bnon\b|\bnão\b|\bнет\b|否|いいえ|아니요|미지원/iu;
export const SHORTCODE = /:([^\s:|]{1,60}):/gu;
/** The header of a table of past advisories (affected and patched versions, CVE ids), not of supported versions. */
export const ADVISORY_HEADER =
  /affected|patched|fixed in|\bcve\b|advisor|ghsa|betroffen|behoben|afectad|corregid|affecté|corrigé|afetad|corrigid|затронут|исправлен|受影响|修复|影響|修正|영향|수정/iu;
export const KNOWN_SHORTCODES = new Set([
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
export const TRANSLATED_SHORTCODES: Record<string, string> = {
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
export const VERSION = /^(<=|>=|<|>|≤|≥)?\s{0,2}v?(\d{1,6}(?:\.\d{1,6}){0,3})/u;
/** "0.1 未満", "1.x or older": a bound written after the version, as Japanese, Korean and English prose put it. */
const BELOW_AFTER =
  /^\s{0,2}(?:未満|미만|以前|より前|or (?:older|earlier|lower|below)|and (?:older|earlier|lower|below))/iu;
const AT_MOST_AFTER = /^\s{0,2}(?:以下|이하)/u;
export const UNTIL = /(?:until|through|till|bis|hasta|jusqu'au|jusqu’au|até|fino al|до)\s{1,3}/giu;

/** A column that says when support ends: "Supported Until", "End of Support", "EOL". */
export const UNTIL_HEADER =
  /until|end of (?:support|life)|\beol\b|\beos\b|support ends|unterstützt bis|support bis|supportende|hasta|fin del soporte|jusqu|fin du support|fin de support|até|fim do suporte|fino al|fine del supporto|поддержка до|окончание поддержки|支持至|支持到|终止支持|サポート終了|サポート期限|지원 종료/iu;
/** "2025H2", "2026 Q1": a half or a quarter of a year, as release plans write them. */
const YEAR_PERIOD = /^(\d{4})\s{0,2}([HQ])([1-4])/iu;
/** A merge conflict marker, or a placeholder left for the whole table ("{{VERSION_SUPPORT_TABLE}}"): not a row. */
const NOT_A_ROW = /^[ \t]{0,3}(?:<{7}|={7}|>{7})(?:[ \t]|$)/u;
const PLACEHOLDER_ROW = /^[ \t]{0,3}\|?[ \t]{0,3}(?:\{\{[^{}|]{1,80}\}\}|<[A-Z_ -]{1,60}>)[ \t]{0,3}\|?[ \t]{0,3}$/u;

/** How a table line reads: a row, a placeholder for the rows, or no row at all (a merge conflict marker). */
export function lineKind(text: string): 'row' | 'placeholder' | 'none' {
  if (NOT_A_ROW.test(text)) return 'none';
  return PLACEHOLDER_ROW.test(text) ? 'placeholder' : 'row';
}

/** supported-versions-table's sentences (core/message-text.ts), here to keep the rule's file within its size. */
export const TABLE_MESSAGES = {
  cells: 'This row has {cells} cells, expected {columns} like the header.',
  shortcode:
    'The shortcode "{shortcode}" does not render on GitHub, expected an emoji such as ✅ or a shortcode such as :white_check_mark:.',
  ended: 'Support "{support}" has already ended, expected a current date.',
  conflict:
    'Version {version} is marked supported but "{other}" marks it unsupported, expected one status per version.',
  none: 'No version is marked supported, expected at least one row with ✅.',
};

/** The support a passed date in a "Supported Until" or "End of Support" column ends ("Supported Until: 2024-01-01"). */
export function endedSupport(row: Row, header: Row['cells'], column: number, today: Date): string | undefined {
  const cell = column > 0 ? row.cells[column] : undefined;
  const end = cell ? lastDayOf(cell.text) : undefined;
  if (!cell || !end || end >= today) return undefined;
  return `${header[column].text}: ${cell.text}`;
}

/** The last day a cell's date or period covers ("23/06/2025", "2025H2(plan)", "2024 Q3"), if it gives one. */
function lastDayOf(cell: string): Date | undefined {
  const period = YEAR_PERIOD.exec(cell.trim());
  if (period) {
    const year = Number(period[1]);
    const n = Number(period[3]);
    const month = period[2].toUpperCase() === 'H' ? (n > 2 ? undefined : n * 6) : n * 3;
    return month === undefined ? undefined : new Date(Date.UTC(year, month, 0));
  }
  const date = parseDateText(cell.trim());
  return date && date.start === 0 ? latestDay(date) : undefined;
}

export interface Row {
  start: number;
  end: number;
  cells: Array<{ text: string; start: number; end: number }>;
}

export function splitRow(text: string, start: number): Row['cells'] {
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

export function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The bound a version's trailing words give it: "<" for "未満" or "or older", "≤" for "以下", else "=". */
export function boundAfter(rest: string): string {
  if (BELOW_AFTER.test(rest)) return '<';
  return AT_MOST_AFTER.test(rest) ? '≤' : '=';
}

/** The status with every translated shortcode (":marca_de_verificación_blanca:") replaced by its emoji. */
export function translateShortcodes(status: string): string {
  return status.replace(SHORTCODE, (code, name: string) => TRANSLATED_SHORTCODES[name.toLowerCase()] ?? code);
}
