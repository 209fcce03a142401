/**
 * `check --locale`: the messages core/messages has, in that language, with their values and the rule ids as they
 * are; JSON and SARIF keep the English message and add the localized one; without --locale, the language of the
 * environment (LC_ALL, LC_MESSAGES, LANG, as POSIX reads them), English when it names none (C, POSIX).
 */
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers';
import { environmentLocale } from '../server/src/cli/locale';
import { buildDist, runCli } from './cli-run';

before(buildDist);

const GERMAN =
  'Keine Reaktionszeit, erwartet wird eine Zusage wie „Wir bestätigen Meldungen innerhalb von 3 Werktagen“.';
/** disable-unknown-rule's German sentence, a message with a value. */
const UNKNOWN_RULE = 'Unbekannte Regel „foo“ in einem Deaktivierungskommentar: Er schaltet nichts ab.';
const ENGLISH = 'No response timeframe, expected a commitment such as "we acknowledge reports within 3 business days".';

function repository(): string {
  const dir = tempDir('h28-cli-locale-');
  mkdirSync(join(dir, '.git'));
  writeFileSync(
    join(dir, 'SECURITY.md'),
    '# Sicherheit\n\n## Melden\n\nBitte melden Sie Sicherheitslücken an security@acme.de und nicht über Issues. Mehr unter http://acme.de/sicherheit.\n\n<!-- security-policy-disable-next-line foo -->\nText.\n',
  );
  return dir;
}

const ARGS = ['check', '--today', '2026-11-22', '--no-color'];

test('check --locale de: text in German where the message has German, the rule id as it is', () => {
  const dir = repository();
  const r = runCli([...ARGS, '--locale', 'de', 'SECURITY.md'], dir);
  assert.match(
    r.stdout,
    new RegExp(`3:1 +warning +${GERMAN.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} +no-response-timeframe`),
  );
  assert.ok(
    r.stdout.includes('„http://acme.de/sicherheit“ ist nicht verschlüsselt, erwartet wird https://.'),
    r.stdout,
  );
  assert.ok(r.stdout.includes(`${UNKNOWN_RULE}  disable-unknown-rule`), r.stdout);
  const english = runCli([...ARGS, 'SECURITY.md'], dir);
  assert.ok(english.stdout.includes(ENGLISH), english.stdout);
  assert.ok(!english.stdout.includes('Keine'), english.stdout);
});

test('check --locale de in JSON and SARIF: the English message, and the German one beside it', () => {
  const dir = repository();
  const json = JSON.parse(runCli([...ARGS, '--locale', 'de', '--format', 'json', 'SECURITY.md'], dir).stdout) as Array<{
    diagnostics: Array<{ rule: string; message: string; localizedMessage?: string }>;
  }>;
  const finding = json.flatMap((f) => f.diagnostics).find((d) => d.rule === 'no-response-timeframe');
  assert.deepEqual([finding?.message, finding?.localizedMessage], [ENGLISH, GERMAN]);
  const sarif = JSON.parse(runCli([...ARGS, '--locale', 'de', '--format', 'sarif', 'SECURITY.md'], dir).stdout) as {
    runs: Array<{ results: Array<{ ruleId: string; message: { text: string }; properties?: object }> }>;
  };
  const result = sarif.runs[0].results.find((x) => x.ruleId === 'no-response-timeframe');
  assert.deepEqual([result?.message.text, result?.properties], [ENGLISH, { localizedMessage: GERMAN }]);
  const link = sarif.runs[0].results.find((x) => x.ruleId === 'insecure-link');
  assert.deepEqual(link?.properties, {
    localizedMessage: '„http://acme.de/sicherheit“ ist nicht verschlüsselt, erwartet wird https://.',
  });
  const other = sarif.runs[0].results.find((x) => x.ruleId === 'disable-unknown-rule');
  assert.deepEqual(other?.properties, { localizedMessage: UNKNOWN_RULE });
});

test('check --locale with a message that has values: the language’s own sentence with them, in text and JSON', () => {
  const dir = tempDir('h28-cli-locale-values-');
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'SECURITY.md'), '# Security\n\nEmail security@acme.org. We respond within 30 days.\n');
  const french = 'La première réponse est promise sous 30 jours ; attendu : 14 jours au plus.';
  const text = runCli([...ARGS, '--locale', 'fr', 'SECURITY.md'], dir);
  assert.ok(text.stdout.includes(`${french}  response-timeframe-long`), text.stdout);
  const json = JSON.parse(runCli([...ARGS, '--locale', 'fr', '--format', 'json', 'SECURITY.md'], dir).stdout) as Array<{
    diagnostics: Array<{ rule: string; message: string; localizedMessage?: string }>;
  }>;
  const finding = json.flatMap((f) => f.diagnostics).find((d) => d.rule === 'response-timeframe-long');
  assert.deepEqual(finding, {
    ...finding,
    message: 'The first response is promised in 30 days, expected 14 days or less.',
    localizedMessage: french,
  });
  const english = runCli([...ARGS, '--format', 'json', 'SECURITY.md'], dir).stdout;
  assert.ok(!english.includes('localizedMessage') && !english.includes('messageId'), english);
});

test('check --locale de on a repository without a policy: security-md-missing in German', () => {
  const dir = tempDir('h28-cli-locale-missing-');
  mkdirSync(join(dir, '.git'));
  const r = runCli([...ARGS, '--locale', 'de', '.'], dir);
  assert.ok(r.stdout.includes('Keine SECURITY.md im Stammverzeichnis, in .github/ oder docs/'), r.stdout);
  assert.ok(r.stdout.includes('security-md-missing'), r.stdout);
});

test('the language of the environment: the first of LC_ALL, LC_MESSAGES, LANG set and not empty, as POSIX reads it', () => {
  assert.equal(environmentLocale({ LANG: 'de_DE.UTF-8' }), 'de-DE');
  assert.equal(environmentLocale({ LANG: 'pt_BR' }), 'pt-BR');
  assert.equal(environmentLocale({ LANG: 'fr_FR@euro' }), 'fr-FR');
  assert.equal(environmentLocale({ LANG: 'ja' }), 'ja');
  assert.equal(environmentLocale({ LC_ALL: 'fr_FR.UTF-8', LC_MESSAGES: 'es_ES.UTF-8', LANG: 'de_DE.UTF-8' }), 'fr-FR');
  assert.equal(environmentLocale({ LC_MESSAGES: 'es_ES.UTF-8', LANG: 'de_DE.UTF-8' }), 'es-ES');
  assert.equal(environmentLocale({ LC_ALL: '', LANG: 'de_DE.UTF-8' }), 'de-DE');
  for (const english of ['C', 'POSIX', 'C.UTF-8', 'C.utf8'])
    assert.equal(environmentLocale({ LANG: english }), undefined);
  assert.equal(environmentLocale({ LC_ALL: 'C', LANG: 'de_DE.UTF-8' }), undefined);
  assert.equal(environmentLocale({}), undefined);
});

describe('check without --locale speaks the language of the environment', () => {
  const LINE = (message: string): string => `  3:44     info    ${message}  response-timeframe-long`;
  const GERMAN_LINE = LINE('Die erste Antwort wird in 30 Tagen zugesagt, erwartet werden höchstens 14 Tage.');
  const FRENCH_LINE = LINE('La première réponse est promise sous 30 jours ; attendu : 14 jours au plus.');
  const ENGLISH_LINE = LINE('The first response is promised in 30 days, expected 14 days or less.');
  const dir = tempDir('h28-cli-locale-env-');
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'SECURITY.md'), '# Security\n\nEmail security@acme.org. We respond within 30 days.\n');
  const lineOf = (locale: Record<string, string>, args: string[] = []): string | undefined =>
    runCli([...ARGS, ...args, 'SECURITY.md'], dir, locale)
      .stdout.split('\n')
      .find((l) => l.endsWith('response-timeframe-long'));

  test('LANG=de_DE.UTF-8: German', () => assert.equal(lineOf({ LANG: 'de_DE.UTF-8' }), GERMAN_LINE));
  test('LC_ALL over LC_MESSAGES over LANG', () => {
    assert.equal(lineOf({ LC_ALL: 'fr_FR.UTF-8', LANG: 'de_DE.UTF-8' }), FRENCH_LINE);
    assert.equal(lineOf({ LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'de_DE.UTF-8' }), FRENCH_LINE);
    assert.equal(lineOf({ LC_ALL: '', LANG: 'de_DE.UTF-8' }), GERMAN_LINE);
  });
  test('LANG=C, C.UTF-8 or none: English', () => {
    assert.equal(lineOf({ LANG: 'C' }), ENGLISH_LINE);
    assert.equal(lineOf({ LANG: 'C.UTF-8' }), ENGLISH_LINE);
    assert.equal(lineOf({ LC_ALL: 'POSIX', LANG: 'de_DE.UTF-8' }), ENGLISH_LINE);
    assert.equal(lineOf({}), ENGLISH_LINE);
  });
  test('--locale over the environment; --locale en for English', () => {
    assert.equal(lineOf({ LANG: 'de_DE.UTF-8' }, ['--locale', 'fr']), FRENCH_LINE);
    assert.equal(lineOf({ LC_ALL: 'de_DE.UTF-8' }, ['--locale', 'en']), ENGLISH_LINE);
    assert.equal(lineOf({ LANG: 'de_DE.UTF-8' }, ['--locale', 'en-GB']), ENGLISH_LINE);
  });
  test('JSON keeps the English message and adds the environment’s', () => {
    const out = runCli([...ARGS, '--format', 'json', 'SECURITY.md'], dir, { LANG: 'de_DE.UTF-8' }).stdout;
    const json = JSON.parse(out) as Array<{
      diagnostics: Array<{ rule: string; message: string; localizedMessage?: string }>;
    }>;
    const finding = json.flatMap((f) => f.diagnostics).find((d) => d.rule === 'response-timeframe-long');
    assert.deepEqual(
      [finding?.message, finding?.localizedMessage],
      [
        'The first response is promised in 30 days, expected 14 days or less.',
        'Die erste Antwort wird in 30 Tagen zugesagt, erwartet werden höchstens 14 Tage.',
      ],
    );
  });
});
