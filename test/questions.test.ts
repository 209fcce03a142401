/** One description of the policy questions (core/questions.ts) serves the VS Code wizard and `init` alike. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { POLICY_QUESTIONS, policyAnswers, policyDraft, type PolicyDraft } from '../server/src/kinds/md/questions';
import { promptOf } from '../server/src/core/questions';
import { SECURITY_TXT_QUESTIONS, securityTxtAnswers } from '../server/src/kinds/txt/questions';
import type { PolicyAnswers } from '../server/src';

const root = join(__dirname, '..');
const source = (path: string): string => readFileSync(join(root, path), 'utf8');

test('the questions, in order', () => {
  assert.deepEqual(
    POLICY_QUESTIONS.map((q) => q.id),
    [
      'language',
      'location',
      'channels',
      'github',
      'email',
      'form',
      'key',
      'ackDays',
      'disclosureDays',
      'supported',
      'sections',
    ],
  );
  assert.deepEqual(
    SECURITY_TXT_QUESTIONS.map((q) => q.id),
    ['contacts', 'contact', 'key', 'site', 'policy', 'languages'],
  );
});

test('the wizard and init render the shared description and write no question of their own', () => {
  for (const path of ['client/src/wizard.ts', 'server/src/cli/init.ts']) {
    const text = source(path);
    assert.match(text, /POLICY_QUESTIONS/, path);
    assert.match(text, /SECURITY_TXT_QUESTIONS/, path);
    const draft = policyDraft({ ackDays: 3, disclosureDays: 90, github: 'a/b' });
    for (const q of POLICY_QUESTIONS)
      assert.ok(!text.includes(promptOf(q, draft).slice(0, 25)), `${path} repeats the prompt of ${q.id}`);
  }
});

test('a draft made from answers gives the same answers back', () => {
  const today = new Date('2026-11-22T00:00:00Z');
  const cases: PolicyAnswers[] = [
    {
      location: 'docs',
      github: 'acme/app',
      email: 'security@acme.org',
      ackDays: 5,
      disclosureDays: null,
      supported: [
        { version: '2.x', supported: true },
        { version: '< 2.0', supported: false },
      ],
      scope: false,
      safeHarbor: true,
      today,
      language: 'de',
    },
    {
      location: 'root',
      formUrl: 'https://acme.org/report',
      encryptionKeyUrl: 'https://acme.org/key.asc',
      ackDays: 3,
      disclosureDays: 90,
      supported: [],
      scope: true,
      safeHarbor: false,
      today,
      language: 'en',
    },
  ];
  for (const answers of cases) {
    const back = policyAnswers(policyDraft(answers), today);
    assert.deepEqual(JSON.parse(JSON.stringify(back)), JSON.parse(JSON.stringify(answers)));
  }
});

test('a channel left out drops its answer; conditional questions follow the channels', () => {
  const draft: PolicyDraft = policyDraft({ github: 'acme/app', email: 'a@acme.org', ackDays: 3, disclosureDays: 90 });
  draft.channels = ['email'];
  const asked = POLICY_QUESTIONS.filter((q) => q.when?.(draft) ?? true).map((q) => q.id);
  assert.ok(!asked.includes('github') && asked.includes('email') && !asked.includes('form'));
  assert.equal(policyAnswers(draft, new Date()).github, undefined);
});

test('security.txt: chosen policy contacts, or the typed one as a URI', () => {
  const today = new Date('2026-11-22T00:00:00Z');
  const base = {
    offered: [],
    contacts: [],
    contact: 'security@acme.org',
    encryptionKeyUrl: '',
    siteUrl: '',
    policyUrl: '',
    languages: 'en, de',
  };
  assert.deepEqual(securityTxtAnswers(base, today), {
    contacts: ['mailto:security@acme.org'],
    encryptionKeyUrl: undefined,
    siteUrl: undefined,
    policyUrl: undefined,
    languages: ['en', 'de'],
    today,
  });
  const offered = { ...base, offered: ['mailto:a@acme.org', 'https://acme.org/r'], contacts: ['https://acme.org/r'] };
  assert.deepEqual(securityTxtAnswers(offered, today).contacts, ['https://acme.org/r']);
});
