/** What the engine writes into a SECURITY.md, one module per language (./types.ts). */
import { LANGUAGES, type Language } from '../../../core/timeframe-words';
import type { FixTexts, PolicyTexts } from './types';
import { en } from './en';
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import { it } from './it';
import { ru } from './ru';
import { zh } from './zh';
import { ja } from './ja';
import { ko } from './ko';

export type { FixTexts, Language, PolicyTexts };

const TEXTS: Readonly<Record<Language, PolicyTexts>> = { en, de, es, fr, pt, it, ru, zh, ja, ko };

/** Each language by its own name, for the question that chooses one. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
  pt: 'Português',
  it: 'Italiano',
  ru: 'Русский',
  zh: '中文（简体）',
  ja: '日本語',
  ko: '한국어',
};

/** Whether a tag's primary language is one the engine writes ("de-AT" is German). */
export function writtenLanguage(tag: string | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === primary);
}

/** The texts of a language, by tag; English for a language the engine does not write. */
export function policyTexts(tag: string | undefined): PolicyTexts {
  return TEXTS[writtenLanguage(tag) ?? 'en'];
}

/** Each language's fix texts, made once from its texts: rules ask for them with each finding they can fix. */
const FIX_TEXTS = new WeakMap<PolicyTexts, FixTexts>();

/** What the quick fixes insert into a policy written in a language (by tag). */
export function fixTexts(tag: string | undefined): FixTexts {
  const t = policyTexts(tag);
  let texts = FIX_TEXTS.get(t);
  if (!texts) FIX_TEXTS.set(t, (texts = Object.freeze(fixTextsOf(t))));
  return texts;
}

function fixTextsOf(t: PolicyTexts): FixTexts {
  return {
    title: `# ${t.title}`,
    response: t.fixes?.response ?? t.acknowledge(3),
    disclosure: t.fixes?.disclosure ?? t.disclosure(90),
    supportedSection: [`## ${t.headings.supported}`, '', t.fixes?.latestOnly ?? t.latestOnly],
    safeHarborSection: [`## ${t.headings.safeHarbor}`, '', t.fixes?.safeHarbor ?? t.safeHarbor],
    scopeSection: [`## ${t.headings.scope}`, '', t.inScope, '', t.outOfScope],
    privateReporting: t.privateReporting,
    reportingSection: [
      `## ${t.headings.reporting}`,
      '',
      t.fixes?.reportPrivately ?? t.privateReporting,
      t.fixes?.noPublicIssues ?? t.noPublicIssues,
    ],
    issuance: (date) => `*${t.lastUpdated(date)}*`,
  };
}
