/**
 * Diagnostics in the editor's language: each catalog (core/messages) names the same rules, each a rule with one
 * message (so the catalog cannot put a sentence on the wrong finding), none left in English; the server speaks the
 * locale the client sends in initialize, and its quick fixes still apply.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRuleMetas } from '../server/src';
import { localizedMessage, MESSAGE_CATALOGS } from '../server/src/core/messages';
import { actionsFor, applyAction, pull, tempFolder, withClient } from './lsp-client';

const root = join(__dirname, '..');

before(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

test('every catalog names the same rules, each with a single message, translated', () => {
  const languages = Object.keys(MESSAGE_CATALOGS).sort();
  assert.deepEqual(languages, ['de', 'es', 'fr', 'it', 'ja', 'ko', 'pt', 'ru', 'zh']);
  const rules = Object.keys(MESSAGE_CATALOGS.de).sort();
  assert.ok(rules.length >= 7, rules.join(', '));
  for (const language of languages) {
    assert.deepEqual(Object.keys(MESSAGE_CATALOGS[language]).sort(), rules, language);
    for (const id of rules) {
      const meta = allRuleMetas.find((m) => m.id === id);
      assert.ok(meta, id);
      const english = [...new Set(meta.invalid.flatMap((e) => e.expect.map((x) => x.message)))];
      assert.equal(english.length, 1, `${id} has one message: ${english.join(' | ')}`);
      assert.notEqual(MESSAGE_CATALOGS[language][id], english[0], `${language}: ${id} left in English`);
    }
  }
  assert.equal(localizedMessage({ ruleId: 'no-title', message: 'No title' }, 'de-AT'), MESSAGE_CATALOGS.de['no-title']);
  assert.equal(localizedMessage({ ruleId: 'no-title', message: 'No title' }, 'pt-br'), MESSAGE_CATALOGS.pt['no-title']);
  assert.equal(localizedMessage({ ruleId: 'no-contact', message: 'No contact' }, 'de'), 'No contact');
  assert.equal(localizedMessage({ ruleId: 'no-title', message: 'No title' }, 'tr'), 'No title');
  assert.equal(localizedMessage({ ruleId: 'constructor', message: 'x' }, '__proto__'), 'x');
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
    // A message the catalogs do not have stays English.
    const link = items.find((d) => d.code === 'insecure-link');
    assert.equal(link?.message, '"http://acme.de/sicherheit" is not encrypted, expected https://.');
    const actions = await actionsFor(client, uri, [response]);
    const fix = actions.find((a) => a.title === 'Add a response timeframe');
    assert.ok(fix, actions.map((a) => a.title).join(', '));
    assert.match(applyAction(text, fix), /Wir bestätigen den Eingang Ihrer Meldung innerhalb von 3 Werktagen/);
  });
  await withClient({ pull: true, rootPath: dir }, async (client) => {
    client.open(uri, text);
    const items = await pull(client, uri);
    assert.match(items.find((d) => d.code === 'no-response-timeframe')?.message ?? '', /^No response timeframe/);
  });
});
