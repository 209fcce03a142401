/** The lexicon's words, written once per language (server/src/kinds/md/lexicon/, server/src/core/timeframe-words.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES, LEXICON, type Term } from '../server/src/kinds/md/lexicon/index';
import { TIME_WORDS } from '../server/src/core/timeframe-words';
import { READ_LANGUAGES } from '../server/src/kinds/md/language';
import { findTimeframes } from '../server/src/core/dates';
import { foldCase } from '../server/src/core/fold';

test('the lexicon holds the languages the engine claims to read', () => {
  assert.deepEqual([...LANGUAGES].sort(), [...READ_LANGUAGES].sort());
});

test('every language has words for headings, reporting, responses, disclosure, negation and time', () => {
  const missing: string[] = [];
  for (const language of LANGUAGES) {
    const w = LEXICON[language];
    for (const [kind, terms] of Object.entries(w.headings)) if (terms.length === 0) missing.push(`${language} ${kind}`);
    for (const concept of ['reporting', 'response', 'disclosure', 'negation', 'githubPrivate', 'template'] as const)
      if (w[concept].length === 0) missing.push(`${language} ${concept}`);
    for (const [unit, words] of Object.entries(TIME_WORDS[language].units))
      if (words.length === 0) missing.push(`${language} ${unit}`);
  }
  assert.deepEqual(missing, []);
});

test('a number word means the same in every language that writes it', () => {
  const seen = new Map<string, number>();
  for (const language of LANGUAGES) {
    for (const [word, n] of Object.entries(TIME_WORDS[language].numbers)) {
      assert.equal(seen.get(word) ?? n, n, `${word} in ${language}`);
      seen.set(word, n);
    }
  }
});

test('every unit of every language is read after a number', () => {
  for (const language of LANGUAGES) {
    for (const units of Object.values(TIME_WORDS[language].units)) {
      for (const unit of units) {
        const text = foldCase(`… 3 ${unit} …`);
        assert.equal(findTimeframes(text).length, 1, `${language}: "${text}"`);
      }
    }
  }
});

test('literals are lower case except the template, which is matched with case', () => {
  for (const language of LANGUAGES) {
    const { template, headings, advisory, ...rest } = LEXICON[language];
    void template;
    const lists: Array<readonly Term[]> = [...Object.values(headings), ...Object.values(rest)];
    if (advisory) lists.push(advisory.verbs, advisory.articles, advisory.new, advisory.private);
    const terms = lists.flat();
    for (const term of terms) if (typeof term === 'string') assert.equal(term, foldCase(term), `${language}: ${term}`);
  }
});
