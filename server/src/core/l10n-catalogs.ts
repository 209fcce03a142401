/**
 * Every translated catalog: the findings' messages (./messages), the quick-fix titles (./messages/fixes) and the
 * questions' texts (./question-texts), by language. Loaded only when a language other than English asks for one
 * (./l10n.ts): they are about 0.77 MB of the CLI's 1.8 MB bundle, and building them cost every run about 40 ms.
 */
import type { MessageCatalog } from './messages/types';
import type { QuestionTexts } from './question-texts/types';
import { de } from './messages/de';
import { es } from './messages/es';
import { fr } from './messages/fr';
import { pt } from './messages/pt';
import { it } from './messages/it';
import { ru } from './messages/ru';
import { zh } from './messages/zh';
import { ja } from './messages/ja';
import { ko } from './messages/ko';
import { deTxt } from './messages/txt/de';
import { esTxt } from './messages/txt/es';
import { frTxt } from './messages/txt/fr';
import { ptTxt } from './messages/txt/pt';
import { itTxt } from './messages/txt/it';
import { ruTxt } from './messages/txt/ru';
import { zhTxt } from './messages/txt/zh';
import { jaTxt } from './messages/txt/ja';
import { koTxt } from './messages/txt/ko';
import { deSi } from './messages/si/de';
import { esSi } from './messages/si/es';
import { frSi } from './messages/si/fr';
import { ptSi } from './messages/si/pt';
import { itSi } from './messages/si/it';
import { ruSi } from './messages/si/ru';
import { zhSi } from './messages/si/zh';
import { jaSi } from './messages/si/ja';
import { koSi } from './messages/si/ko';
import { de as deFixes } from './messages/fixes/de';
import { es as esFixes } from './messages/fixes/es';
import { fr as frFixes } from './messages/fixes/fr';
import { pt as ptFixes } from './messages/fixes/pt';
import { it as itFixes } from './messages/fixes/it';
import { ru as ruFixes } from './messages/fixes/ru';
import { zh as zhFixes } from './messages/fixes/zh';
import { ja as jaFixes } from './messages/fixes/ja';
import { ko as koFixes } from './messages/fixes/ko';
import { de as deQuestions } from './question-texts/de';
import { es as esQuestions } from './question-texts/es';
import { fr as frQuestions } from './question-texts/fr';
import { pt as ptQuestions } from './question-texts/pt';
import { it as itQuestions } from './question-texts/it';
import { ru as ruQuestions } from './question-texts/ru';
import { zh as zhQuestions } from './question-texts/zh';
import { ja as jaQuestions } from './question-texts/ja';
import { ko as koQuestions } from './question-texts/ko';

/**
 * Each language's catalog: SECURITY.md's and the shared rules (./<language>.ts), security.txt's
 * (./txt/<language>.ts), security-insights.yml's (./si/<language>.ts).
 */
export const MESSAGE_CATALOGS: Readonly<Record<string, MessageCatalog>> = {
  de: { ...de, ...deTxt, ...deSi },
  es: { ...es, ...esTxt, ...esSi },
  fr: { ...fr, ...frTxt, ...frSi },
  pt: { ...pt, ...ptTxt, ...ptSi },
  it: { ...it, ...itTxt, ...itSi },
  ru: { ...ru, ...ruTxt, ...ruSi },
  zh: { ...zh, ...zhTxt, ...zhSi },
  ja: { ...ja, ...jaTxt, ...jaSi },
  ko: { ...ko, ...koTxt, ...koSi },
};

/** Each language's quick-fix titles. */
export const FIX_TITLE_CATALOGS: Readonly<Record<string, MessageCatalog>> = {
  de: deFixes,
  es: esFixes,
  fr: frFixes,
  pt: ptFixes,
  it: itFixes,
  ru: ruFixes,
  zh: zhFixes,
  ja: jaFixes,
  ko: koFixes,
};

/** Each language's question texts, by the engine's language code. */
export const QUESTION_TEXTS: Readonly<Record<string, QuestionTexts>> = {
  de: deQuestions,
  es: esQuestions,
  fr: frQuestions,
  pt: ptQuestions,
  it: itQuestions,
  ru: ruQuestions,
  zh: zhQuestions,
  ja: jaQuestions,
  ko: koQuestions,
};
