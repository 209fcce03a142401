/**
 * The shapes of rule `expires-format`'s sentences (kinds/txt/expires-messages.ts): one per reason of parseDateTime
 * (kinds/txt/standards/rfc3339.ts), with or without the corrected value, and one per reason after a space or an
 * underscore where RFC 3339 requires "T". A language gives its words for each reason and how it joins two; the
 * sentences, the same ids in every language, are built here, so that each is a whole sentence of that language.
 */

/** The reasons a value can have after the "T" (a space or an underscore before it is named too). */
export const TIME_REASONS = [
  'timeShape',
  'hourRange',
  'hour24',
  'minuteShape',
  'minuteRange',
  'noSeconds',
  'secondShape',
  'secondRange',
  'comma',
  'fractionDigit',
  'noOffset',
  'spaceBeforeOffset',
  'trailing',
  'zoneName',
  'notOffset',
  'offsetHoursShape',
  'offsetNoMinutes',
  'offsetNoColon',
  'offsetShape',
  'offsetHourRange',
  'offsetMinuteRange',
  'leapSecond',
] as const;

/** The reasons before the "T": the date, and what follows it. */
export const DATE_REASONS = [
  'dateShape',
  'monthShape',
  'monthRange',
  'dayShape',
  'dayLeap',
  'noTime',
  'afterDate',
] as const;

export type TimeReason = (typeof TIME_REASONS)[number];
export type DateReason = (typeof DATE_REASONS)[number];

/** Reasons whose value is always corrected, and those corrected only sometimes; the others never are. */
const ALWAYS_FIXED = new Set<string>(['comma', 'spaceBeforeOffset', 'offsetNoMinutes', 'offsetNoColon']);
const SOMETIMES_FIXED = new Set<string>(['noSeconds', 'zoneName']);

export const MONTH_IDS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A language's words for expires-format. */
export interface ExpiresWords {
  /** Each reason, a clause with its placeholders: {hour}, {minute}, {second}, {rest}, {zone}, {month}, {day}, {year}, {char}. */
  reasons: Record<TimeReason | DateReason, string>;
  /** "day {day} does not exist in <month>", for `months[i]` as this language needs it after the clause. */
  dayInMonth: (month: string) => string;
  months: readonly string[];
  /** The clause for a space or an underscore where "T" belongs. */
  separators: { space: string; underscore: string };
  /** The two clauses, the separator first, as one reason. */
  and: (separator: string, reason: string) => string;
  /** The whole sentence for a reason: without a correction ({value}), and with one ({value}, {corrected}). */
  notDateTime: (reason: string) => string;
  notDateTimeFixed: (reason: string) => string;
  /** An RFC 5322 date, converted ({value}, {corrected}). */
  rfc5322: string;
}

const capitalized = (id: string): string => id.charAt(0).toUpperCase() + id.slice(1);

/** Sentences for a reason `id` said as `reason`: plain, `<id>Fixed` with the correction, or both. */
function addReason(out: Record<string, string>, words: ExpiresWords, id: string, reason: string, kind: string): void {
  const fixed = ALWAYS_FIXED.has(kind) || SOMETIMES_FIXED.has(kind);
  if (!ALWAYS_FIXED.has(kind)) out[id] = words.notDateTime(reason);
  if (fixed) out[`${id}Fixed`] = words.notDateTimeFixed(reason);
}

/** Every sentence of expires-format in a language, by message id. */
export function expiresMessages(words: ExpiresWords): Record<string, string> {
  const out: Record<string, string> = { rfc5322: words.rfc5322 };
  for (const id of DATE_REASONS) addReason(out, words, id, words.reasons[id], id);
  MONTH_IDS.forEach((month, i) => addReason(out, words, `day${month}`, words.dayInMonth(words.months[i]), ''));
  for (const [separator, clause] of Object.entries(words.separators)) {
    out[`${separator}Fixed`] = words.notDateTimeFixed(clause);
    for (const id of TIME_REASONS) {
      const both = words.and(clause, words.reasons[id]);
      addReason(out, words, `${separator}${capitalized(id)}`, both, id);
    }
  }
  for (const id of TIME_REASONS) addReason(out, words, id, words.reasons[id], id);
  out.other = words.notDateTime('{reason}');
  out.otherFixed = words.notDateTimeFixed('{reason}');
  return out;
}

/** The catalog keys of a rule's messages: `<rule>/<id>`. */
export function ruleKeys(rule: string, messages: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([id, text]) => [`${rule}/${id}`, text]));
}
