/**
 * The words of promised durations ("within two business days") in each language the engine reads: numbers in
 * words, units, and the words of a range ("3 to 5 days"). core/dates.ts builds its pattern from these lists, and
 * the rule pages list them (npm run generate).
 */

export type Language = 'en' | 'de' | 'es' | 'fr' | 'pt' | 'it' | 'ru' | 'zh' | 'ja' | 'ko';

/** The languages the lexicon reads, in the order patterns are built and pages list them. */
export const LANGUAGES: readonly Language[] = ['en', 'de', 'es', 'fr', 'pt', 'it', 'ru', 'zh', 'ja', 'ko'];

export type UnitKind = 'hours' | 'businessDays' | 'days' | 'weeks' | 'months';

/** Calendar days in one unit: a business day is 7/5 of a day. */
export const UNIT_DAYS: Readonly<Record<UnitKind, number>> = {
  hours: 1 / 24,
  businessDays: 7 / 5,
  days: 1,
  weeks: 7,
  months: 30,
};

export interface TimeWords {
  /** Numbers in words; vague quantities count as a few ("within a few business days" is a short promise). */
  numbers: Readonly<Record<string, number>>;
  units: Readonly<Record<UnitKind, readonly string[]>>;
  /** Words between the two ends of a range ("3 to 5 days"), beside -, –, ~. */
  range: readonly string[];
  /** Words that are a number of days by themselves ("이틀 이내에": within two days). */
  dayWords?: Readonly<Record<string, number>>;
}

const HAN_NUMBERS = { 一: 1, 二: 2, 三: 3, 五: 5, 七: 7, 十: 10, 十四: 14, 二十: 20, 三十: 30, 九十: 90 };

export const TIME_WORDS: Readonly<Record<Language, TimeWords>> = {
  en: {
    numbers: {
      'a few': 3,
      'a couple of': 2,
      several: 5,
      few: 3,
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
    },
    units: {
      hours: ['hours', 'hour', 'hrs', 'hr', 'h'],
      businessDays: ['business days', 'business day', 'working days', 'working day'],
      days: ['calendar days', 'calendar day', 'days', 'day'],
      weeks: ['weeks', 'week'],
      months: ['months', 'month'],
    },
    range: ['to'],
  },
  de: {
    numbers: {
      einigen: 3,
      wenigen: 3,
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
    },
    units: {
      hours: ['stunden', 'std'],
      businessDays: ['werktagen', 'werktage', 'werktag', 'arbeitstagen', 'arbeitstage', 'arbeitstag'],
      days: ['tagen', 'tage', 'tag'],
      weeks: ['wochen', 'woche'],
      months: ['monaten', 'monate', 'monat'],
    },
    range: ['bis'],
  },
  es: {
    numbers: {
      'unos pocos': 3,
      algunos: 3,
      un: 1,
      uno: 1,
      una: 1,
      dos: 2,
      tres: 3,
      cuatro: 4,
      cinco: 5,
      siete: 7,
      diez: 10,
      catorce: 14,
      quince: 15,
      treinta: 30,
      noventa: 90,
    },
    units: {
      hours: ['horas', 'hora'],
      businessDays: ['días hábiles', 'días laborables', 'día hábil', 'día laborable'],
      days: ['días', 'día'],
      weeks: ['semanas', 'semana'],
      months: ['meses', 'mes'],
    },
    range: ['a'],
  },
  fr: {
    numbers: {
      quelques: 3,
      un: 1,
      une: 1,
      deux: 2,
      trois: 3,
      quatre: 4,
      cinq: 5,
      sept: 7,
      dix: 10,
      quatorze: 14,
      trente: 30,
    },
    units: {
      hours: ['heures', 'heure'],
      businessDays: ['jours ouvrés', 'jours ouvrables', 'jour ouvré', 'jour ouvrable'],
      days: ['jours', 'jour'],
      weeks: ['semaines', 'semaine'],
      months: ['mois'],
    },
    range: ['à'],
  },
  pt: {
    numbers: {
      alguns: 3,
      um: 1,
      uma: 1,
      dois: 2,
      duas: 2,
      três: 3,
      quatro: 4,
      cinco: 5,
      sete: 7,
      dez: 10,
      quinze: 15,
      trinta: 30,
      noventa: 90,
    },
    units: {
      hours: ['horas', 'hora'],
      businessDays: ['dias úteis', 'dia útil'],
      days: ['dias', 'dia'],
      weeks: ['semanas', 'semana'],
      months: ['meses', 'mês'],
    },
    range: ['a'],
  },
  it: {
    numbers: {
      alcuni: 3,
      pochi: 3,
      un: 1,
      uno: 1,
      una: 1,
      due: 2,
      tre: 3,
      cinque: 5,
      sette: 7,
      dieci: 10,
      quindici: 15,
      trenta: 30,
      novanta: 90,
    },
    units: {
      hours: ['ore'],
      businessDays: ['giorni lavorativi', 'giorno lavorativo'],
      days: ['giorni', 'giorno'],
      weeks: ['settimane', 'settimana'],
      months: ['mesi', 'mese'],
    },
    range: ['a'],
  },
  ru: {
    numbers: {
      одного: 1,
      одной: 1,
      один: 1,
      одна: 1,
      двух: 2,
      два: 2,
      две: 2,
      трёх: 3,
      трех: 3,
      три: 3,
      пяти: 5,
      пять: 5,
      семи: 7,
      семь: 7,
      десяти: 10,
      десять: 10,
      четырнадцати: 14,
      четырнадцать: 14,
      тридцати: 30,
      тридцать: 30,
      девяноста: 90,
      девяносто: 90,
    },
    units: {
      hours: ['часов', 'часа', 'час'],
      businessDays: ['рабочих дня', 'рабочих дней', 'рабочего дня', 'рабочий день'],
      days: ['дня', 'дней', 'день'],
      weeks: ['неделю', 'недели', 'недель'],
      months: ['месяцев', 'месяца', 'месяц'],
    },
    range: ['до'],
  },
  zh: {
    numbers: { ...HAN_NUMBERS, 两: 2, 兩: 2 },
    units: {
      hours: ['个小时', '小时'],
      businessDays: ['个工作日', '工作日'],
      days: ['天'],
      weeks: ['个星期', '星期', '周'],
      months: ['个月', '月'],
    },
    range: [],
  },
  ja: {
    numbers: HAN_NUMBERS,
    units: {
      hours: ['時間'],
      businessDays: ['営業日'],
      days: ['日'],
      weeks: ['週間'],
      months: ['か月', 'ヶ月', 'カ月'],
    },
    range: [],
  },
  ko: {
    numbers: {},
    units: { hours: ['시간'], businessDays: ['영업일'], days: ['일'], weeks: ['주'], months: ['개월'] },
    range: [],
    dayWords: { 하루: 1, 이틀: 2, 사흘: 3, 나흘: 4, 닷새: 5, 일주일: 7 },
  },
};
