/**
 * Quick fixes write in the policy's language: a generated policy in each language, one part taken out, gets the
 * finding; its fix inserts that language's text, the finding goes, and the policy is still read as that language.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, generateSecurityMd, policyLanguageOf, type PolicyAnswers } from '../server/src';
import { LANGUAGES, type Language } from '../server/src/core/timeframe-words';
import { fixTexts, policyTexts } from '../server/src/kinds/md/texts';
import { lint, TODAY } from './helpers';

const answers = (language: Language): PolicyAnswers => ({
  location: 'root',
  email: 'security@acme.dev',
  github: 'acme/widgets',
  ackDays: 3,
  disclosureDays: 90,
  supported: [],
  scope: true,
  safeHarbor: true,
  today: TODAY,
  language,
});

/** The policy without the section under a heading (up to the next `## ` heading or the date line). */
function without(md: string, heading: string): string {
  const start = md.indexOf(`## ${heading}\n`);
  assert.ok(start >= 0, heading);
  const next = md.slice(start + 3).search(/^(?:## |\S+.*\d{4}-\d\d-\d\d$)/m);
  return md.slice(0, start) + md.slice(start + 3 + next);
}

const CASES: Array<{
  rule: string;
  cut: (md: string, language: Language) => string;
  inserted: (l: Language) => string;
}> = [
  {
    rule: 'no-response-timeframe',
    cut: (md, l) => without(md, policyTexts(l).headings.response),
    inserted: (l) => fixTexts(l).response,
  },
  {
    rule: 'no-disclosure-timeline',
    cut: (md, l) => without(md, policyTexts(l).headings.disclosure),
    inserted: (l) => fixTexts(l).disclosure,
  },
  {
    rule: 'no-supported-versions',
    cut: (md, l) => without(md, policyTexts(l).headings.supported),
    inserted: (l) => fixTexts(l).supportedSection.join('\n'),
  },
  {
    rule: 'no-safe-harbor',
    cut: (md, l) => without(md, policyTexts(l).headings.safeHarbor),
    inserted: (l) => fixTexts(l).safeHarborSection.join('\n'),
  },
  {
    rule: 'no-scope',
    cut: (md, l) => without(md, policyTexts(l).headings.scope),
    inserted: (l) => fixTexts(l).scopeSection.join('\n'),
  },
  {
    rule: 'no-issuance-date',
    cut: (md, l) => md.replace(`${policyTexts(l).lastUpdated('2026-11-22')}\n`, ''),
    inserted: (l) => fixTexts(l).issuance('2026-11-22'),
  },
  { rule: 'no-title', cut: (md) => md.slice(md.indexOf('\n## ') + 1), inserted: (l) => fixTexts(l).title },
  {
    rule: 'no-contact',
    cut: (md, l) => without(md, policyTexts(l).headings.reporting),
    inserted: (l) => fixTexts(l).reportingSection.join('\n'),
  },
];

for (const language of LANGUAGES) {
  test(`${language}: each prose quick fix inserts ${language} text and settles its finding`, () => {
    const md = generateSecurityMd(answers(language));
    for (const { rule, cut, inserted } of CASES) {
      const text = cut(md, language);
      const finding = lint(text, { profile: 'strict' }).find((f) => f.ruleId === rule);
      assert.ok(finding?.fix, `${rule} reports with a fix on\n${text}`);
      const fixed = applyEdits(text, finding.fix.edits);
      assert.ok(fixed.includes(inserted(language)), `${rule} inserts the ${language} text:\n${fixed}`);
      assert.ok(!lint(fixed, { profile: 'strict' }).some((f) => f.ruleId === rule), `${rule} settled:\n${fixed}`);
      assert.equal(policyLanguageOf(fixed).code, language, fixed);
    }
  });
}
