/** The "Recognised in each language" section of a rule page, from the lexicon's lists (one source of truth). */
import { LANGUAGES } from '../server/src/kinds/md/lexicon/index';
import { CONCEPT_TITLES, RULE_CONCEPTS, conceptWords } from '../server/src/kinds/md/lexicon/concepts';

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  de: 'German',
  es: 'Spanish',
  fr: 'French',
  pt: 'Portuguese',
  it: 'Italian',
  ru: 'Russian',
  zh: 'Chinese',
  ja: 'Japanese',
  ko: 'Korean',
};

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\*/g, '\\*');

export function recognisedSection(ruleId: string): string[] {
  const concepts = RULE_CONCEPTS[ruleId];
  if (!concepts) return [];
  const lines = [
    '## Recognised in each language',
    '',
    'The words and phrases this rule reads, without regard to case (except where noted), also inside longer words',
    '("vulnerab" finds "vulnerability"). Policies in other languages are not judged on what the rule looks for.',
    '',
  ];
  for (const language of LANGUAGES) {
    lines.push(`### ${LANGUAGE_NAMES[language]} (${language})`, '');
    const rows = concepts
      .map((c) => [CONCEPT_TITLES[c], conceptWords(c, language)] as const)
      .filter(([, words]) => words.length > 0);
    if (rows.length === 0) lines.push("Nothing of its own: the other languages' words are read here too.", '');
    else lines.push(...rows.map(([title, words]) => `- ${title}: ${words.map(cell).join('; ')}`), '');
  }
  return lines;
}
