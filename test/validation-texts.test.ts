/**
 * What the answers' validators say, as the wizard and `init` show it: a message (English template and values) that
 * core/question-texts/ puts in the questions' language, here German; formatMessage gives the English (init's flags).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateContactUri, validateEmail, validateGithubRepo, validateHttpsUrl } from '../server/src/core/answers';
import { validateAckDays, validateDisclosureDays, validateSupportedVersions } from '../server/src/kinds/md/answers';
import { validateLanguages } from '../server/src/kinds/txt/answers';
import { INSIGHTS_QUESTIONS } from '../server/src/kinds/si/questions';
import { formatMessage, type Message } from '../server/src/core/questions';
import { questionText } from '../server/src/core/question-texts';

/** The message, and its text in German as VS Code's "de" and init under de_DE.UTF-8 show it. */
function german(message: Message | undefined): [Message | undefined, string | undefined] {
  return [message, message && questionText(message, 'de')];
}

test('validateEmail: each problem in German', () => {
  assert.deepEqual(german(validateEmail(' ')), [
    ['Enter an email address, e.g. security@your-project.org.'],
    'Geben Sie eine E-Mail-Adresse ein, z. B. security@your-project.org.',
  ]);
  assert.deepEqual(german(validateEmail('not-an-email')), [
    ['"{0}" is not an email address, expected e.g. security@your-project.org.', 'not-an-email'],
    '„not-an-email“ ist keine E-Mail-Adresse, erwartet wird z. B. security@your-project.org.',
  ]);
  assert.equal(german(validateEmail('mailto:a@b.org'))[1], 'Geben Sie die Adresse ohne „mailto:“ ein.');
  assert.equal(
    german(validateEmail('1+me@users.noreply.github.com'))[1],
    '„1+me@users.noreply.github.com“ kann keine Meldungen empfangen, erwartet wird ein betreutes Postfach.',
  );
  assert.equal(validateEmail('security@acme.dev'), undefined);
  assert.equal(
    formatMessage(validateEmail('x') ?? ['']),
    '"x" is not an email address, expected e.g. security@your-project.org.',
  );
});

test('validateHttpsUrl: each problem in German', () => {
  assert.deepEqual(german(validateHttpsUrl('http://acme.dev/report')), [
    ['"{0}" is not https, expected a URL starting with https://.', 'http://acme.dev/report'],
    '„http://acme.dev/report“ ist nicht https, erwartet wird eine URL, die mit https:// beginnt.',
  ]);
  assert.equal(german(validateHttpsUrl(''))[1], 'Geben Sie eine URL ein, die mit https:// beginnt.');
  assert.equal(
    german(validateHttpsUrl('acme.dev'))[1],
    '„acme.dev“ ist keine URL, erwartet wird eine, die mit https:// beginnt.',
  );
  assert.equal(
    german(validateHttpsUrl('https://localhost'))[1],
    '„https://localhost“ hat keinen Domainnamen, erwartet wird z. B. https://your-project.org/...',
  );
  assert.equal(validateHttpsUrl('https://acme.dev/report'), undefined);
});

test('validateGithubRepo: in German', () => {
  assert.deepEqual(german(validateGithubRepo('acme')), [
    ['"{0}" is not a GitHub repository, expected owner/repo.', 'acme'],
    '„acme“ ist kein GitHub-Repository, erwartet wird owner/repo.',
  ]);
  assert.equal(validateGithubRepo('acme/widgets'), undefined);
});

test('validateContactUri: the email’s or the URL’s problem, in German', () => {
  assert.equal(
    german(validateContactUri('mailto:x'))[1],
    '„x“ ist keine E-Mail-Adresse, erwartet wird z. B. security@your-project.org.',
  );
  assert.equal(validateContactUri('https://acme.dev/report'), undefined);
});

test('validateAckDays: in German', () => {
  assert.deepEqual(german(validateAckDays(14)), [
    ['{0} is not a number of business days from 1 to {1}.', 14, 10],
    '14 ist keine Anzahl Werktage von 1 bis 10.',
  ]);
  assert.equal(validateAckDays(3), undefined);
});

test('validateDisclosureDays: in German', () => {
  assert.deepEqual(german(validateDisclosureDays(7)), [
    ['{0} is not a disclosure window from {1} to {2} days.', 7, 30, 180],
    '7 ist keine Offenlegungsfrist von 30 bis 180 Tagen.',
  ]);
  assert.equal(validateDisclosureDays(null), undefined);
});

test('validateSupportedVersions: in German', () => {
  assert.deepEqual(german(validateSupportedVersions('three')), [
    ['"{0}" is not a version, expected e.g. "3.x, < 3.0".', 'three'],
    '„three“ ist keine Version, erwartet wird z. B. „3.x, < 3.0“.',
  ]);
  assert.equal(
    german(validateSupportedVersions('< 3.0'))[1],
    'Keine Version wird unterstützt, erwartet wird mindestens eine, z. B. „3.x, < 3.0“.',
  );
  assert.equal(validateSupportedVersions('3.x, < 3.0'), undefined);
});

test('validateLanguages: none, and why a tag is not BCP 47, in German', () => {
  assert.deepEqual(german(validateLanguages(', ')), [
    ['Enter at least one language tag, e.g. en.'],
    'Geben Sie mindestens ein Sprach-Tag ein, z. B. en.',
  ]);
  assert.deepEqual(german(validateLanguages('en, cz')), [
    ['"{0}" is the country code of {1}, not a language, expected "{2}".', 'cz', 'Czechia', 'cs'],
    '„cz“ ist der Ländercode von Czechia, keine Sprache, erwartet wird „cs“.',
  ]);
  assert.deepEqual(german(validateLanguages('english')), [
    ['"{0}" is not a registered language subtag, expected e.g. en, de or pt-BR.', 'english'],
    '„english“ ist kein registriertes Sprach-Subtag, erwartet wird z. B. en, de oder pt-BR.',
  ]);
  assert.equal(
    formatMessage(validateLanguages('en, cz') ?? ['']),
    '"cz" is the country code of Czechia, not a language, expected "cs".',
  );
  assert.equal(
    formatMessage(validateLanguages('english') ?? ['']),
    '"english" is not a registered language subtag, expected e.g. en, de or pt-BR.',
  );
  assert.equal(validateLanguages('en, pt-BR'), undefined);
});

test('security-insights.yml: the name, maintainer and license questions’ validators in German', () => {
  const validate = (id: string, value: string): string | undefined => {
    const q = INSIGHTS_QUESTIONS.find((each) => each.id === id);
    assert.ok(q?.kind === 'text', id);
    return german(q.validate(value))[1];
  };
  assert.equal(validate('name', ' '), 'Geben Sie den Projektnamen ein.');
  assert.equal(validate('maintainer', ''), 'Geben Sie einen Namen ein.');
  assert.equal(
    validate('license', 'MIT or'),
    'Geben Sie einen SPDX-Lizenzausdruck ein, z. B. MIT oder Apache-2.0 OR MIT.',
  );
  assert.equal(validate('license', 'Apache-2.0 OR MIT'), undefined);
});
