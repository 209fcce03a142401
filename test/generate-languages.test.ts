/**
 * The SECURITY.md generator in each language the engine reads: for random answers, the policy gets nothing above
 * info from our own checks (nothing at all under strict with every section), and it is detected as written in the
 * chosen language.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  generateSecurityMd,
  policyLanguageOf,
  policyRelativePath,
  supportedRowsFor,
  type PolicyAnswers,
} from '../server/src';
import { LANGUAGES } from '../server/src/core/timeframe-words';
import { lint } from './helpers';
import { email, httpsUrl, policyAnswers, RANK, repo, version } from './policy-arbitraries';

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const above = (findings: ReturnType<typeof lint>): string[] =>
  findings.filter((f) => RANK[f.severity] > RANK.info).map((f) => `${f.ruleId} (${f.severity}): ${f.message}`);

for (const language of LANGUAGES) {
  test(`${language}: generated policies get nothing above info, and are detected as ${language}`, () => {
    fc.assert(
      fc.property(policyAnswers, (answers) => {
        const md = generateSecurityMd({ ...answers, language });
        const findings = lint(md, { path: policyRelativePath(answers.location), today: iso(answers.today) });
        assert.deepEqual(above(findings), [], md);
        assert.equal(policyLanguageOf(md).code, language, md);
      }),
      { numRuns: 60 },
    );
  });

  test(`${language}: with every section, strict finds nothing`, () => {
    fc.assert(
      fc.property(
        policyAnswers,
        repo,
        email,
        httpsUrl,
        httpsUrl,
        fc.integer({ min: 30, max: 180 }),
        version,
        (a, gh, mail, form, key, days, v) => {
          const all: PolicyAnswers = {
            ...a,
            github: gh,
            email: mail,
            formUrl: form,
            encryptionKeyUrl: key,
            disclosureDays: days,
            supported: supportedRowsFor(v),
            scope: true,
            safeHarbor: true,
            language,
          };
          const md = generateSecurityMd(all);
          const findings = lint(md, {
            path: policyRelativePath(all.location),
            today: iso(all.today),
            config: { profile: 'strict' },
          });
          assert.deepEqual(
            findings.map((f) => `${f.ruleId}: ${f.message}`),
            [],
            md,
          );
        },
      ),
      { numRuns: 30 },
    );
  });
}
