/**
 * The extension in VS Code's display language: the contributions' texts (package.nls.<locale>.json), the client's
 * runtime strings (l10n/bundle.l10n.<locale>.json) and the questions of the wizards and `init`
 * (server/src/core/question-texts/) exist in every language, with the same placeholders, and none is left in English
 * by mistake.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { POLICY_QUESTIONS, policyDraft } from '../server/src/kinds/md/questions';
import { SECURITY_TXT_QUESTIONS } from '../server/src/kinds/txt/questions';
import { INSIGHTS_QUESTIONS } from '../server/src/kinds/si/questions';
import { promptMessage, type Message, type Question } from '../server/src/core/questions';
import { ANSWER_MESSAGES } from '../server/src/core/answers';
import { POLICY_ANSWER_MESSAGES } from '../server/src/kinds/md/answers';
import { SECURITY_TXT_ANSWER_MESSAGES } from '../server/src/kinds/txt/answers';
import { INSIGHTS_ANSWER_MESSAGES } from '../server/src/kinds/si/questions';
import { FIX_TITLE_CATALOGS, MESSAGE_CATALOGS, QUESTION_TEXTS } from '../server/src/core/l10n-catalogs';
import { TRANSLATED_LANGUAGES, translatedLanguage } from '../server/src/core/l10n';

const root = join(__dirname, '..');
const json = (path: string): Record<string, string> =>
  JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, string>;
/** VS Code's locale ids of the ten languages the engine reads, English aside. */
const LOCALES = ['de', 'es', 'fr', 'pt-br', 'it', 'ru', 'zh-cn', 'ja', 'ko'];
/** Texts that stay as they are in every language: the product's name. */
const SAME_IN_EVERY_LANGUAGE = new Set(['category', 'configuration.title']);

/**
 * What must survive translation: `{0}` placeholders, `code` spans (setting names, file names, values) and the
 * targets of Markdown links (a rule setting's documentation).
 */
const kept = (text: string): string[] => [...text.matchAll(/\{\d+\}|`[^`]*`|\]\([^()\s]*\)/g)].map((m) => m[0]).sort();

function checkBundle(name: string, english: Record<string, string>, translated: Record<string, string>): void {
  assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort(), `${name}: the same keys`);
  for (const [key, text] of Object.entries(english)) {
    assert.deepEqual(kept(translated[key]), kept(text), `${name}: placeholders of "${key}"`);
    if (!SAME_IN_EVERY_LANGUAGE.has(key)) assert.notEqual(translated[key], text, `${name}: "${key}" left in English`);
  }
}

test('package.json names its texts by key, and package.nls.<locale>.json has every key in every language', () => {
  const english = json('package.nls.json');
  const manifest = readFileSync(join(root, 'package.json'), 'utf8');
  const used = [...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
  assert.ok(used.length >= 10, used.join(', '));
  for (const key of used) assert.ok(key in english, `package.nls.json has ${key}`);
  assert.deepEqual([...new Set(used)].sort(), Object.keys(english).sort(), 'every text is used');
  const files = readdirSync(root).filter((f) => /^package\.nls\..+\.json$/.test(f));
  assert.deepEqual(files.sort(), LOCALES.map((l) => `package.nls.${l}.json`).sort());
  for (const locale of LOCALES) checkBundle(locale, english, json(`package.nls.${locale}.json`));
});

/** The string literals the client passes to vscode.l10n.t, read from its sources. */
function clientMessages(): string[] {
  const dir = join(root, 'client', 'src');
  const found: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && node.expression.getText(source) === 'vscode.l10n.t') {
        const first = node.arguments[0];
        if (first && ts.isStringLiteralLike(first)) found.push(first.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The prompts of the wizards' questions, as messages, for drafts with and without what they mention. */
function wizardPrompts(): string[] {
  const questions: Array<Question<never>> = [...POLICY_QUESTIONS, ...SECURITY_TXT_QUESTIONS, ...INSIGHTS_QUESTIONS];
  const drafts = [{}, { versionSource: 'package.json', policyPath: 'SECURITY.md' }] as never[];
  return questions.flatMap((q) => [
    ...drafts.map((d) => promptMessage(q, d)[0]),
    ...(q.kind === 'multi' && q.atLeastOne ? [q.atLeastOne] : []),
  ]);
}

/** The SECURITY.md wizard's choices as a person reads them; languages by their own names and paths stay as they are. */
function policyChoiceTexts(): string[] {
  const draft = policyDraft({ ackDays: 3, disclosureDays: 90 });
  return POLICY_QUESTIONS.flatMap((q) =>
    q.kind === 'text' || q.id === 'language'
      ? []
      : q
          .choices(draft)
          .flatMap((c) => [
            ...(c.message ? [c.message[0]] : q.id === 'location' ? [] : [c.label]),
            ...(c.description ? [c.description] : []),
            ...(c.detail ? [c.detail] : []),
          ]),
  );
}

test('every runtime string of the client is in every l10n bundle', () => {
  const messages = [...new Set(clientMessages())];
  assert.ok(messages.length >= 20, `${messages.length} messages`);
  const english = Object.fromEntries(messages.map((m) => [m, m]));
  const files = readdirSync(join(root, 'l10n'));
  assert.deepEqual(files.sort(), LOCALES.map((l) => `bundle.l10n.${l}.json`).sort());
  for (const locale of LOCALES) checkBundle(locale, english, json(`l10n/bundle.l10n.${locale}.json`));
});

/**
 * What the validators of the questions say (every template they return), checked against what they return for bad
 * answers: each text question's `validate` and each choice question's `parse` given answers that fail each way.
 */
function validationTexts(): string[] {
  const templates: string[] = [
    ANSWER_MESSAGES,
    POLICY_ANSWER_MESSAGES,
    SECURITY_TXT_ANSWER_MESSAGES,
    INSIGHTS_ANSWER_MESSAGES,
  ].flatMap((messages) => Object.values(messages));
  const questions: Array<Question<never>> = [...POLICY_QUESTIONS, ...SECURITY_TXT_QUESTIONS, ...INSIGHTS_QUESTIONS];
  const bad = ['', ' ', 'x', 'mailto:a@b.org', 'a@noreply.github.com', 'http://a.org', 'https://localhost', '0', '500'];
  const more = ['three', '< 3.0', 'cz', 'a@b.org', 'https://a.org', 'owner/repo', 'MIT', 'x y z', 'en', '3.x'];
  const said = (q: Question<never>, answer: string): Message | undefined => {
    if (q.kind === 'text') return q.validate(answer);
    const parsed = q.kind === 'choice' ? q.parse?.(answer) : undefined;
    return parsed && 'problem' in parsed ? parsed.problem : undefined;
  };
  const messages = questions.flatMap((q) => [...bad, ...more].map((answer) => said(q, answer)));
  const heard = new Set(messages.flatMap((m) => (m ? [m[0]] : [])));
  assert.ok(heard.size >= 15, [...heard].join('\n'));
  for (const text of heard)
    assert.ok(templates.includes(text), `a validator says "${text}", not in its module's *_MESSAGES`);
  return templates;
}

test('every text of the wizards’ and init’s questions is in every language of core/question-texts', () => {
  const texts = [...new Set([...wizardPrompts(), ...policyChoiceTexts(), ...validationTexts()])];
  assert.ok(texts.length >= 65, `${texts.length} texts`);
  const english = Object.fromEntries(texts.map((m) => [m, m]));
  // The engine's language codes: VS Code's pt-br and zh-cn are pt and zh.
  assert.deepEqual(Object.keys(QUESTION_TEXTS).sort(), LOCALES.map((l) => l.split('-')[0]).sort());
  for (const [language, translated] of Object.entries(QUESTION_TEXTS)) checkBundle(language, english, translated);
});

test('the languages known without loading the catalogs are those of every catalog', () => {
  const known = [...TRANSLATED_LANGUAGES].sort();
  for (const catalogs of [MESSAGE_CATALOGS, FIX_TITLE_CATALOGS, QUESTION_TEXTS])
    assert.deepEqual(Object.keys(catalogs).sort(), known);
  assert.equal(translatedLanguage('pt-BR'), 'pt');
  assert.equal(translatedLanguage('zh_cn'), 'zh');
  assert.equal(translatedLanguage('en-US'), undefined);
  assert.equal(translatedLanguage(undefined), undefined);
});
