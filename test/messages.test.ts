/**
 * Diagnostics in the editor's language: each catalog (core/messages) has the same keys, each a rule with one
 * message or one of a rule's `meta.messages` (so the catalog cannot put a sentence on the wrong finding), with the
 * English placeholders, none left in English; the server speaks the locale the client sends in initialize, and its
 * quick fixes still apply.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRuleMetas } from '../server/src';
import { localizedMessage } from '../server/src/core/messages';
import { MESSAGE_CATALOGS } from '../server/src/core/l10n-catalogs';
import { placeholdersOf } from '../server/src/core/message-text';
import { actionsFor, applyAction, pull, tempFolder, withClient } from './lsp-client';

const root = join(__dirname, '..');

before(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

/** The message could be the sentence with its placeholders filled (its fixed parts in order). */
function fits(message: string, template: string): boolean {
  const parts = template.split(/\{[A-Za-z]+\}/);
  if (parts.length === 1) return message === template;
  if (!message.startsWith(parts[0]) || !message.endsWith(parts[parts.length - 1])) return false;
  let at = parts[0].length;
  for (const part of parts.slice(1, -1)) {
    const found = message.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return at <= message.length - parts[parts.length - 1].length;
}

/** The English a catalog key translates: a rule's one fixed message, or one of its `meta.messages`. */
function englishOf(key: string): string {
  const [id, messageId] = key.split('/');
  const meta = allRuleMetas.find((m) => m.id === id);
  assert.ok(meta, key);
  const examples = [...new Set(meta.invalid.flatMap((e) => e.expect.map((x) => x.message)))];
  if (messageId === undefined) {
    assert.equal(meta.messages, undefined, `${id} reports by message id`);
    assert.equal(examples.length, 1, `${id} has one message: ${examples.join(' | ')}`);
    return examples[0];
  }
  const templates = meta.messages ?? {};
  assert.ok(Object.hasOwn(templates, messageId), key);
  for (const other of Object.keys(templates)) assert.ok(Object.hasOwn(MESSAGE_CATALOGS.de, `${id}/${other}`), other);
  // Every message of the examples is one of the rule's sentences with its values.
  for (const message of examples)
    assert.ok(
      Object.values(templates).some((t) => fits(message, t)),
      `${id}: "${message}" is none of its messages`,
    );
  return templates[messageId];
}

test("every catalog has the same keys: a rule's single message or one of its messages, its placeholders, translated", () => {
  const languages = Object.keys(MESSAGE_CATALOGS).sort();
  assert.deepEqual(languages, ['de', 'es', 'fr', 'it', 'ja', 'ko', 'pt', 'ru', 'zh']);
  const keys = Object.keys(MESSAGE_CATALOGS.de).sort();
  assert.ok(keys.length >= 12, keys.join(', '));
  for (const language of languages) assert.deepEqual(Object.keys(MESSAGE_CATALOGS[language]).sort(), keys, language);
  for (const key of keys) {
    const english = englishOf(key);
    for (const language of languages) {
      const said = MESSAGE_CATALOGS[language][key];
      assert.notEqual(said, english, `${language}: ${key} left in English`);
      assert.deepEqual(placeholdersOf(said), placeholdersOf(english), `${language}: ${key}'s placeholders`);
    }
  }
  assert.equal(localizedMessage({ ruleId: 'no-title', message: 'No title' }, 'de-AT'), MESSAGE_CATALOGS.de['no-title']);
  assert.equal(localizedMessage({ ruleId: 'no-title', message: 'No title' }, 'pt-br'), MESSAGE_CATALOGS.pt['no-title']);
  assert.equal(localizedMessage({ ruleId: 'no-contact', message: 'No contact' }, 'de'), 'No contact');
  assert.equal(localizedMessage({ ruleId: 'no-title', message: 'No title' }, 'tr'), 'No title');
  assert.equal(localizedMessage({ ruleId: 'constructor', message: 'x' }, '__proto__'), 'x');
  // A message with values: the language's own sentence, the values in their places.
  const long = { ruleId: 'response-timeframe-long', message: 'x', messageId: 'long', values: { days: 30, limit: 14 } };
  assert.equal(
    localizedMessage(long, 'de'),
    'Die erste Antwort wird in 30 Tagen zugesagt, erwartet werden höchstens 14 Tage.',
  );
  assert.equal(localizedMessage(long, 'ja'), '最初の応答は 30 日以内と約束されています。14 日以内が必要です。');
  assert.equal(localizedMessage({ ...long, messageId: 'other' }, 'de'), 'x');
});

test('the server speaks the locale of initialize: German messages, the rule ids as they are, the fixes in place', async () => {
  const dir = tempFolder();
  const uri = pathToFileURL(join(dir, 'SECURITY.md')).toString();
  const text =
    '# Sicherheit\n\n## Melden\n\nBitte melden Sie Sicherheitslücken an security@acme.de und nicht über Issues. Mehr unter http://acme.de/sicherheit.\n';
  await withClient({ pull: true, rootPath: dir, locale: 'de' }, async (client) => {
    client.open(uri, text);
    const items = await pull(client, uri);
    const response = items.find((d) => d.code === 'no-response-timeframe');
    assert.ok(response);
    assert.equal(response.message, MESSAGE_CATALOGS.de['no-response-timeframe']);
    // A message with a value: the German sentence, the value in its place.
    const link = items.find((d) => d.code === 'insecure-link');
    assert.equal(link?.message, '„http://acme.de/sicherheit“ ist nicht verschlüsselt, erwartet wird https://.');
    const actions = await actionsFor(client, uri, [response]);
    const fix = actions.find((a) => a.title === 'Reaktionszeit hinzufügen');
    assert.ok(fix, actions.map((a) => a.title).join(', '));
    assert.match(applyAction(text, fix), /Wir bestätigen den Eingang Ihrer Meldung innerhalb von 3 Werktagen/);
  });
  await withClient({ pull: true, rootPath: dir }, async (client) => {
    client.open(uri, text);
    const items = await pull(client, uri);
    assert.match(items.find((d) => d.code === 'no-response-timeframe')?.message ?? '', /^No response timeframe/);
  });
});
