/**
 * The policy's language (kinds/md/language.ts), checked on the labelled corpus: a policy in a language the lexicon
 * reads is never taken for one it does not (its findings would go silent), a policy in another language is
 * recognised as such, and the language itself is right for nearly every file (bilingual files may go either way).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusFiles } from '../scripts/corpus';
import { PolicyDocument } from '../server/src/kinds/md/policy';
import fc from 'fast-check';
import { COMMON_WORDS, LANGUAGES_WITH_WORDS, languageCounts, READ_LANGUAGES } from '../server/src/kinds/md/language';

const policies = corpusFiles().filter((f) => f.kind === 'md');

test('the language of the corpus policies: read when the lexicon reads it, not read otherwise, and mostly exact', () => {
  assert.ok(policies.length >= 150, `${policies.length} policies`);
  let exact = 0;
  for (const file of policies) {
    const detected = new PolicyDocument(file.text).language;
    const labelled = file.labels.language;
    if (detected.code === labelled) exact++;
    if (READ_LANGUAGES.has(labelled)) assert.ok(detected.read, `${file.name}: ${labelled} taken for ${detected.code}`);
    else assert.equal(detected.code, labelled, `${file.name}: ${labelled} taken for ${detected.code}`);
  }
  assert.ok(exact / policies.length >= 0.95, `${exact} of ${policies.length} exact`);
});

test('scripts and common words tell the language; too little text is read as if known', () => {
  const language = (text: string): string => new PolicyDocument(text).language.code;
  assert.equal(language('# 보안 정책\n\n취약점을 발견하면 비공개로 알려 주세요.\n'), 'ko');
  assert.equal(language('# セキュリティ\n\n脆弱性を見つけた場合は、非公開で報告してください。\n'), 'ja');
  assert.equal(language('# 安全策略\n\n如果您发现安全漏洞，请私下报告。\n'), 'zh');
  assert.equal(new PolicyDocument('# Security\n\nEmail a@acme.org.\n').language.read, true);
});

test('words are counted as `\\p{L}+` finds them, common words by language, without cutting them out', () => {
  // The old reading: every word matched, then looked up.
  const expected = (text: string): { words: number; hits: number[] } => {
    const words = text.match(/\p{L}+/gu) ?? [];
    const hits = LANGUAGES_WITH_WORDS.map((language) => words.filter((w) => COMMON_WORDS[language].includes(w)).length);
    return { words: words.length, hits };
  };
  const pieces = [
    'the',
    'für',
    'não',
    'się',
    'và',
    ' ',
    '\n',
    '-',
    'x',
    'É',
    'ß',
    '𝐀',
    '\ud835',
    '\udc00',
    '中',
    'é',
    '1',
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const counts = languageCounts(text);
      assert.deepEqual({ words: counts[8], hits: counts.slice(9) }, expected(text), JSON.stringify(text));
    }),
    { numRuns: 3000 },
  );
  assert.deepEqual(languageCounts('the 𝐀x für-die\nund').slice(8, 11), [5, 1, 3]);
});
