/**
 * What each rule reads, concept by concept, for the rule pages' "Recognised in each language" (npm run generate):
 * the same lists the patterns are built from.
 */
import { TIME_WORDS, type UnitKind } from '../../../core/timeframe-words';
import { LEXICON, termText } from './index';
import type { Language, SectionKind, Words } from './types';

export type ConceptId =
  | `headings.${SectionKind}`
  | Exclude<keyof Words, 'headings' | 'advisory'>
  | 'advisory'
  | 'numbers'
  | 'units'
  | 'dayWords';

const HEADING_TITLES: Record<SectionKind, string> = {
  reporting: 'Reporting headings',
  supportedVersions: 'Supported-versions headings',
  response: 'Response headings',
  disclosure: 'Disclosure headings',
  scope: 'Scope headings',
  safeHarbor: 'Safe-harbor headings',
};

export const CONCEPT_TITLES: Record<ConceptId, string> = {
  ...(Object.fromEntries(Object.entries(HEADING_TITLES).map(([k, v]) => [`headings.${k}`, v])) as Record<
    `headings.${SectionKind}`,
    string
  >),
  reporting: 'Reporting words',
  policy: 'Words of a vulnerability policy',
  vulnerability: 'Vulnerability words',
  response: 'Response words',
  disclosure: 'Disclosure words',
  negation: 'Negations',
  trackerNouns: 'Public trackers',
  trackerBefore: 'Action before a tracker',
  trackerAfter: 'Action after a tracker',
  githubPrivate: "GitHub's private reporting",
  advisory: 'Opening an advisory (verbs, articles, "new", "private")',
  supportedVersions: 'Supported-versions phrases',
  scope: 'Scope phrases',
  safeHarbor: 'Safe-harbor phrases',
  noLegalAction: 'No legal action',
  resourceHeadings: 'Further-reading headings (links there are not channels)',
  publicKey: 'Public key',
  keyServer: 'Key servers',
  template: "GitHub's template (matched with case)",
  numbers: 'Numbers in words',
  units: 'Units of time',
  dayWords: 'Days in one word',
};

const UNIT_TITLES: Record<UnitKind, string> = {
  hours: 'hours',
  businessDays: 'business days',
  days: 'days',
  weeks: 'weeks',
  months: 'months',
};

/** The words of a concept in a language, as a reader sees them (empty when the language has none). */
export function conceptWords(concept: ConceptId, language: Language): string[] {
  const words = LEXICON[language];
  const time = TIME_WORDS[language];
  if (concept.startsWith('headings.')) return words.headings[concept.slice(9) as SectionKind].map(termText);
  if (concept === 'advisory') {
    const a = words.advisory;
    return a ? [a.verbs, a.articles, a.new, a.private].map((slot) => slot.join(' / ')) : [];
  }
  if (concept === 'numbers') return Object.entries(time.numbers).map(([w, n]) => `${w} (${n})`);
  if (concept === 'dayWords') return Object.entries(time.dayWords ?? {}).map(([w, n]) => `${w} (${n})`);
  if (concept === 'units') {
    return (Object.entries(time.units) as Array<[UnitKind, readonly string[]]>)
      .filter(([, units]) => units.length > 0)
      .map(([kind, units]) => `${UNIT_TITLES[kind]}: ${units.join(', ')}`);
  }
  return words[concept as Exclude<keyof Words, 'headings' | 'advisory'>].map(termText);
}

const TIMEFRAMES: ConceptId[] = ['numbers', 'units', 'dayWords'];

/** The concepts each rule that reads prose reads. */
export const RULE_CONCEPTS: Readonly<Record<string, readonly ConceptId[]>> = {
  'no-contact': ['headings.reporting', 'reporting', 'githubPrivate', 'advisory', 'resourceHeadings'],
  'no-private-channel': [
    'headings.reporting',
    'reporting',
    'githubPrivate',
    'advisory',
    'resourceHeadings',
    'trackerNouns',
    'trackerBefore',
    'trackerAfter',
    'negation',
  ],
  'public-issue-reporting': [
    'headings.reporting',
    'trackerNouns',
    'trackerBefore',
    'trackerAfter',
    'vulnerability',
    'negation',
    'githubPrivate',
    'advisory',
  ],
  'no-response-timeframe': ['headings.response', 'response', 'disclosure', ...TIMEFRAMES],
  'response-timeframe-long': ['headings.response', 'response', 'disclosure', ...TIMEFRAMES],
  'no-disclosure-timeline': ['headings.disclosure', 'disclosure', ...TIMEFRAMES],
  'template-unedited': ['template'],
  'not-a-policy': ['policy'],
  'no-supported-versions': ['headings.supportedVersions', 'supportedVersions'],
  'no-scope': ['headings.scope', 'scope'],
  'no-safe-harbor': ['headings.safeHarbor', 'safeHarbor', 'noLegalAction'],
  'unverifiable-key': ['publicKey', 'keyServer'],
};
