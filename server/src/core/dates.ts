/**
 * Issuance dates ("Last updated: January 2024") and timeframes ("within 48 hours") in policy prose.
 *
 * Over 300 lines: the date and timeframe phrases of every supported language, kept beside the code that reads them.
 */
import { addMonths, endOfMonth, format, isBefore } from 'date-fns';
import { foldCase, folded } from './fold';
import { longestFirst } from './patterns';
import { LANGUAGES, TIME_WORDS, UNIT_DAYS, type Language, type UnitKind } from './timeframe-words';

export interface DateMention {
  /** Offsets of the date itself (not its label). */
  start: number;
  end: number;
  /** Offsets of the whole label + date. */
  labelStart: number;
  year: number;
  /** 1-12 */
  month: number;
  day?: number;
  style: 'iso' | 'month-year' | 'month-day-year' | 'day-month-year' | 'cjk' | 'numeric';
  /** True when the month name is English, so a replacement can keep the same words. */
  englishMonth: boolean;
}

const DATE_LABEL =
  /(?:last[ -]?(?:updated|modified|revised|reviewed|changed)|updated(?: on| as of)?|effective(?: date| as of| from| since)?|issued(?: on)?|date of issue|issue date|revised(?: on)?|revision date|version date|policy date|stand|zuletzt (?:aktualisiert|geändert)|letzte (?:aktualisierung|änderung)|gültig ab|aktualisiert am|última (?:actualización|modificación|atualização|revisão)|actualizado(?: el)?|fecha de (?:emisión|vigencia|actualización)|dernière mise à jour|mis à jour(?: le)?|en vigueur(?: depuis| le)?|ultimo aggiornamento|aggiornato(?: il| al)?|последнее обновление|обновлено|дата обновления|最后更新(?:时间|日期)?|更新(?:于|日期|时间)|生效日期|最終更新(?:日)?|更新日|施行日|마지막 업데이트|최종 업데이트|업데이트 날짜|시행일)/giu;

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const FOREIGN_MONTHS: Record<string, number> = {
  januar: 1,
  februar: 2,
  märz: 3,
  mai: 5,
  juni: 6,
  juli: 7,
  oktober: 10,
  dezember: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  janvier: 1,
  février: 2,
  mars: 3,
  avril: 4,
  juin: 6,
  juillet: 7,
  août: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  janeiro: 1,
  fevereiro: 2,
  março: 3,
  maio: 5,
  junho: 6,
  julho: 7,
  setembro: 9,
  outubro: 10,
  dezembro: 12,
  gennaio: 1,
  febbraio: 2,
  aprile: 4,
  maggio: 5,
  giugno: 6,
  luglio: 7,
  settembre: 9,
  ottobre: 10,
  dicembre: 12,
};

const MONTH_NAME =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre';

/** The date right after a label: separators (`:`, `*`, `_`, spaces, "on") then one of the formats. */
export const DATE_AFTER_LABEL = new RegExp(
  String.raw`^[\s*_:：\-–—]{0,8}(?:on |am |le |el |il |em )?[\s*_]{0,3}` +
    String.raw`(?:(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?![\d])` +
    String.raw`|(${MONTH_NAME})\.?\s{1,3}(?:(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3})?(?:de\s)?(\d{4})` +
    String.raw`|(\d{1,2})(?:\.|st|nd|rd|th|er)?\s{1,3}(?:de\s)?(${MONTH_NAME})\.?,?\s{1,3}(?:de\s)?(\d{4})` +
    String.raw`|(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월](?:\s?(\d{1,2})\s?[日일])?` +
    String.raw`|(\d{1,2})[./](\d{1,2})[./](\d{4}))`,
  'iu',
);

/** Dates after labels such as "Last updated:", in prose already lower-cased with `foldCase`. */
export function findDateMentions(lowerProse: string): DateMention[] {
  const out: DateMention[] = [];
  const labels = folded(DATE_LABEL, true);
  labels.lastIndex = 0;
  for (let label = labels.exec(lowerProse); label; label = labels.exec(lowerProse)) {
    const afterLabel = label.index + label[0].length;
    const tail = lowerProse.slice(afterLabel, afterLabel + 60);
    const m = folded(DATE_AFTER_LABEL).exec(tail);
    if (!m) continue;
    const matched = m[0];
    const dateText = matched.replace(/^[\s*_:：\-–—]{0,8}(?:on |am |le |el |il |em )?[\s*_]{0,3}/iu, '');
    const start = afterLabel + matched.length - dateText.length;
    const mention = toMention(m, start, afterLabel + matched.length, label.index);
    if (mention) out.push(mention);
  }
  return out;
}

/** A date at the start of `text` (after optional separators). */
export function parseDateText(text: string): DateMention | undefined {
  const m = folded(DATE_AFTER_LABEL).exec(foldCase(text));
  return m ? toMention(m, 0, m[0].length, 0) : undefined;
}

function toMention(m: RegExpExecArray, start: number, end: number, labelStart: number): DateMention | undefined {
  const base = { start, end, labelStart };
  let year: number;
  let month: number;
  let day: number | undefined;
  let style: DateMention['style'];
  let monthName: string | undefined;
  if (m[1]) {
    [year, month, day, style] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined, 'iso'];
  } else if (m[4]) {
    monthName = m[4].toLowerCase();
    [year, month, day] = [Number(m[6]), monthNumber(monthName), m[5] ? Number(m[5]) : undefined];
    style = day ? 'month-day-year' : 'month-year';
  } else if (m[7]) {
    monthName = m[8].toLowerCase();
    [year, month, day, style] = [Number(m[9]), monthNumber(monthName), Number(m[7]), 'day-month-year'];
  } else if (m[10]) {
    [year, month, day, style] = [Number(m[10]), Number(m[11]), m[12] ? Number(m[12]) : undefined, 'cjk'];
  } else {
    [year, month, day, style] = [Number(m[15]), Number(m[14]), Number(m[13]), 'numeric'];
    if (month > 12 && day <= 12) [month, day] = [day, month];
  }
  if (!(month >= 1 && month <= 12) || year < 1990 || year > 2200 || (day !== undefined && (day < 1 || day > 31))) {
    return undefined;
  }
  return { ...base, year, month, day, style, englishMonth: monthName !== undefined && monthName in MONTHS };
}

function monthNumber(name: string): number {
  return MONTHS[name] ?? FOREIGN_MONTHS[name] ?? 0;
}

/** The last day the mention can refer to ("January 2024" → 31 January 2024). */
export function latestDay(mention: DateMention): Date {
  const first = new Date(Date.UTC(mention.year, mention.month - 1, mention.day ?? 1));
  return mention.day ? first : endOfMonth(first);
}

export function isOlderThanMonths(mention: DateMention, today: Date, months: number): boolean {
  return isBefore(addMonths(latestDay(mention), months), today);
}

/** Today's date written the way the mention was written. */
export function formatLike(mention: DateMention, today: Date): string {
  const utc = new Date(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  switch (mention.style) {
    case 'month-year':
      return mention.englishMonth ? format(utc, 'MMMM yyyy') : format(utc, 'yyyy-MM');
    case 'month-day-year':
      return mention.englishMonth ? format(utc, 'MMMM d, yyyy') : format(utc, 'yyyy-MM-dd');
    case 'day-month-year':
      return mention.englishMonth ? format(utc, 'd MMMM yyyy') : format(utc, 'yyyy-MM-dd');
    case 'cjk':
      return format(utc, mention.day ? "yyyy'年'M'月'd'日'" : "yyyy'年'M'月'");
    case 'iso':
      return format(utc, mention.day ? 'yyyy-MM-dd' : 'yyyy-MM');
    default:
      return format(utc, 'yyyy-MM-dd');
  }
}

export function isoDate(today: Date): string {
  return today.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------------------------

export interface Timeframe {
  start: number;
  end: number;
  /** Upper bound of the promise, in calendar days. */
  days: number;
}

const TIME = LANGUAGES.map((language) => TIME_WORDS[language]);
const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  TIME.flatMap((w) => Object.entries(w.numbers)),
);
const DAY_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  TIME.flatMap((w) => Object.entries(w.dayWords ?? {})),
);
const UNIT_KINDS = new Map<string, UnitKind>(
  TIME.flatMap((w) =>
    Object.entries(w.units).flatMap(([kind, units]) => units.map((u) => [u, kind as UnitKind] as const)),
  ),
);
/** Units in Chinese, Japanese and Korean follow the number without a space and need no word boundary. */
const UNSPACED: ReadonlySet<Language> = new Set(['zh', 'ja', 'ko']);
const unitsOf = (spaced: boolean): string[] =>
  LANGUAGES.filter((l) => UNSPACED.has(l) !== spaced).flatMap((l) => Object.values(TIME_WORDS[l].units).flat());

/**
 * A promised duration: a number (in digits or words), an optional range, a unit; or a Korean day word. The first
 * look behind is the ASCII part of the second: it turns most positions of a text away before the second's Unicode
 * classes are searched (a call out of the compiled pattern at every position).
 */
export const TIMEFRAME = new RegExp(
  String.raw`(?<![a-z0-9.])(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{N}.])(\d{1,4}|${longestFirst(Object.keys(NUMBER_WORDS))})` +
    String.raw`(?:[ \t\u00a0]{0,3}(?:-|–|${longestFirst(TIME.flatMap((w) => w.range))}|~|〜|～)[ \t\u00a0]{0,3}(\d{1,4}))?` +
    String.raw`[ \t\u00a0]{0,3}-?[ \t\u00a0]{0,2}(?:(${longestFirst(unitsOf(true))})(?![\p{L}])|(${longestFirst(unitsOf(false))}))` +
    String.raw`|(?<![\p{L}])(${longestFirst(Object.keys(DAY_WORDS))})(?![\p{L}])`,
  'giu',
);

/** Promised durations ("within 48 hours"), in prose already lower-cased with `foldCase`. */
export function findTimeframes(lowerProse: string): Timeframe[] {
  const out: Timeframe[] = [];
  const pattern = folded(TIMEFRAME, true);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lowerProse); m; m = pattern.exec(lowerProse)) {
    if (m[5]) {
      out.push({ start: m.index, end: m.index + m[0].length, days: DAY_WORDS[m[5]] });
      continue;
    }
    const first = /^\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
    if (first === undefined) continue;
    const count = m[2] ? Math.max(first, Number(m[2])) : first;
    const unit = (m[3] ?? m[4]).toLowerCase();
    out.push({ start: m.index, end: m.index + m[0].length, days: count * unitDays(unit) });
  }
  return out;
}

function unitDays(unit: string): number {
  const kind = UNIT_KINDS.get(unit);
  return kind ? UNIT_DAYS[kind] : 1;
}
