/**
 * Issuance dates ("Last updated: January 2024") and timeframes ("within 48 hours") in policy prose.
 *
 * Over 300 lines: the date and timeframe phrases of every supported language, kept beside the code that reads them.
 */
import { addMonths, endOfMonth, format, isBefore } from 'date-fns';
import { foldCase, folded } from './fold';

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

// Vague quantities count as a few: "within a few business days" is a promise, a short one.
const NUMBER_WORDS: Record<string, number> = {
  'a few': 3,
  'a couple of': 2,
  several: 5,
  few: 3,
  quelques: 3,
  einigen: 3,
  wenigen: 3,
  'unos pocos': 3,
  algunos: 3,
  alguns: 3,
  alcuni: 3,
  pochi: 3,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  sixty: 60,
  ninety: 90,
  ein: 1,
  eine: 1,
  einem: 1,
  einer: 1,
  einen: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sieben: 7,
  zehn: 10,
  vierzehn: 14,
  dreißig: 30,
  neunzig: 90,
  un: 1,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cinco: 5,
  siete: 7,
  diez: 10,
  catorce: 14,
  quince: 15,
  treinta: 30,
  noventa: 90,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  dix: 10,
  quatorze: 14,
  trente: 30,
  um: 1,
  uma: 1,
  dois: 2,
  duas: 2,
  três: 3,
  sete: 7,
  dez: 10,
  trinta: 30,
  due: 2,
  tre: 3,
  cinque: 5,
  sette: 7,
  dieci: 10,
  quindici: 15,
  trenta: 30,
  novanta: 90,
  один: 1,
  одна: 1,
  одного: 1,
  одной: 1,
  два: 2,
  две: 2,
  двух: 2,
  три: 3,
  трёх: 3,
  трех: 3,
  пять: 5,
  пяти: 5,
  семь: 7,
  семи: 7,
  десять: 10,
  десяти: 10,
  четырнадцать: 14,
  четырнадцати: 14,
  тридцать: 30,
  тридцати: 30,
  девяносто: 90,
  девяноста: 90,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  五: 5,
  七: 7,
  十: 10,
  十四: 14,
  二十: 20,
  三十: 30,
  九十: 90,
};

/** Korean words that are a number of days by themselves ("이틀 이내에": within two days). */
const KOREAN_DAYS: Record<string, number> = { 하루: 1, 이틀: 2, 사흘: 3, 나흘: 4, 닷새: 5, 일주일: 7 };

const TIMEFRAME =
  /(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{N}.])(\d{1,4}|a few|a couple of|several|few|quelques|einigen|wenigen|unos pocos|algunos|alguns|alcuni|pochi|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|sixty|ninety|ein(?:em|er|en|e)?|zwei|drei|vier|fünf|sieben|zehn|vierzehn|dreißig|neunzig|un[oa]?|dos|tres|cinco|siete|diez|catorce|quince|treinta|noventa|deux|trois|quatre|cinq|sept|dix|quatorze|trente|uma?|dois|duas|três|sete|dez|trinta|due|tre|cinque|sette|dieci|quindici|trenta|novanta|одного|одной|один|одна|двух|два|две|трёх|трех|три|пяти|пять|семи|семь|десяти|десять|четырнадцати|четырнадцать|тридцати|тридцать|девяноста|девяносто|二十|三十|九十|十四|一|二|两|兩|三|五|七|十)(?:[ \t\u00a0]{0,3}(?:-|–|to|bis|à|a|до|~|〜|～)[ \t\u00a0]{0,3}(\d{1,4}))?[ \t\u00a0]{0,3}-?[ \t\u00a0]{0,2}(?:(business days?|working days?|calendar days?|hours?|hrs?|h|days?|weeks?|months?|werktage?n?|arbeitstage?n?|stunden|std|tage?n?|wochen?|monate?n?|horas?|días hábiles|días laborables|días|dias úteis|dias|semanas?|meses|mes|heures?|jours ouvrés|jours ouvrables|jours?|semaines?|mois|ore|giorni lavorativi|giorni|settimane|settimana|mesi|mese|час(?:а|ов)?|рабочих дн(?:я|ей)|дн(?:я|ей)|день|недел[юиь]|месяц(?:а|ев)?)(?![\p{L}])|(个?小时|个?工作日|天|个?星期|周|个?月|時間|営業日|週間|か月|ヶ月|カ月|日|시간|영업일|일|주|개월))|(?<![\p{L}])(하루|이틀|사흘|나흘|닷새|일주일)(?![\p{L}])/giu;

const HOURS = /^(?:hours?|hrs?|h|stunden|std|horas?|heures?|ore|час(?:а|ов)?|个?小时|時間|시간)$/iu;
const BUSINESS_DAYS =
  /^(?:business days?|working days?|werktage?n?|arbeitstage?n?|días hábiles|días laborables|dias úteis|jours ouvrés|jours ouvrables|giorni lavorativi|рабочих дн(?:я|ей)|个?工作日|営業日|영업일)$/iu;
const WEEKS = /^(?:weeks?|wochen?|semanas?|semaines?|settimane|settimana|недел[юиь]|个?星期|周|週間|주)$/iu;
const MONTHS_UNIT = /^(?:months?|monate?n?|meses|mes|mois|mesi|mese|месяц(?:а|ев)?|个?月|か月|ヶ月|カ月|개월)$/iu;

/** Promised durations ("within 48 hours"), in prose already lower-cased with `foldCase`. */
export function findTimeframes(lowerProse: string): Timeframe[] {
  const out: Timeframe[] = [];
  const pattern = folded(TIMEFRAME, true);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lowerProse); m; m = pattern.exec(lowerProse)) {
    if (m[5]) {
      out.push({ start: m.index, end: m.index + m[0].length, days: KOREAN_DAYS[m[5]] });
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
  if (HOURS.test(unit)) return 1 / 24;
  if (BUSINESS_DAYS.test(unit)) return 7 / 5;
  if (WEEKS.test(unit)) return 7;
  if (MONTHS_UNIT.test(unit)) return 30;
  return 1;
}
