/**
 * Quick-fix titles in the editor's language: each catalog (core/messages/fixes) has the same keys, each naming one of
 * a rule's `meta.fixTitles`, the note of a signed security.txt or one of the language server's own titles, with the
 * English placeholders, none left in English; every fix of every rule example is titled by id, so none is left
 * untranslatable; the server titles its code actions in the locale of initialize, the English unchanged.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction } from 'vscode-languageserver';
import { allRuleMetas } from '../server/src';
import { localizedFixTitle, localizedTitle } from '../server/src/core/messages/fixes';
import { FIX_TITLE_CATALOGS, MESSAGE_CATALOGS } from '../server/src/core/l10n-catalogs';
import { placeholdersOf } from '../server/src/core/message-text';
import { LSP_TITLES } from '../server/src/lsp/code-actions';
import { SIGNED_FIX_NOTE } from '../server/src/kinds/txt/kind';
import { signed, VALID_FILE } from '../server/src/kinds/txt/rules/helpers';
import { lint } from './helpers';
import { actionsFor, pull, tempFolder, withClient } from './lsp-client';

const root = join(__dirname, '..');

before(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

/** Every English title a catalog translates, by key. */
function englishTitles(): Map<string, string> {
  const english = new Map<string, string>();
  for (const meta of allRuleMetas)
    for (const [id, title] of Object.entries(meta.fixTitles ?? {})) english.set(`${meta.id}/${id}`, title);
  english.set(`note/${SIGNED_FIX_NOTE.id}`, SIGNED_FIX_NOTE.text);
  for (const [id, title] of Object.entries(LSP_TITLES)) english.set(`lsp/${id}`, title);
  return english;
}

test("every title catalog has the same keys: each a rule's fix title, the note or a server title, translated", () => {
  const languages = Object.keys(FIX_TITLE_CATALOGS).sort();
  assert.deepEqual(languages, Object.keys(MESSAGE_CATALOGS).sort());
  const english = englishTitles();
  assert.ok(english.size >= 50, [...english.keys()].join(', '));
  for (const language of languages) {
    const catalog = FIX_TITLE_CATALOGS[language];
    assert.deepEqual(Object.keys(catalog).sort(), [...english.keys()].sort(), language);
    for (const [key, title] of english) {
      assert.notEqual(catalog[key], title, `${language}: ${key} left in English`);
      assert.deepEqual(placeholdersOf(catalog[key]), placeholdersOf(title), `${language}: ${key}'s placeholders`);
    }
  }
});

test("every fix of every rule example is titled by one of its rule's fixTitles, the English title formed from it", () => {
  let fixes = 0;
  for (const meta of allRuleMetas)
    for (const example of meta.invalid)
      for (const f of lint(example.text, example)) {
        if (!f.fix) continue;
        fixes++;
        assert.ok(f.fix.titleId !== undefined, `${f.ruleId}: "${f.fix.title}" has no title id`);
        const rule = allRuleMetas.find((m) => m.id === f.ruleId);
        const template = rule?.fixTitles?.[f.fix.titleId];
        assert.ok(template !== undefined, `${f.ruleId}/${f.fix.titleId}`);
        // A signed security.txt's fixes end with its note.
        const note = f.fix.noteId === undefined ? '' : SIGNED_FIX_NOTE.text;
        assert.equal(f.fix.noteId ?? SIGNED_FIX_NOTE.id, SIGNED_FIX_NOTE.id);
        assert.equal(localizedTitle('none', template, f.fix.titleValues, undefined) + note, f.fix.title);
      }
  assert.ok(fixes >= 60, `${fixes} fixes`);
});

test("a finding's fix title in a language: the values in their places, a signed file's note too, else English", () => {
  const stale = lint('# Security\n\nEmail a@acme.org.\n\n*Last updated: January 2024*\n', { today: '2026-11-22' }).find(
    (f) => f.ruleId === 'stale-date',
  );
  assert.ok(stale?.fix);
  assert.equal(stale.fix.title, 'Mark as reviewed today (November 2026)');
  assert.equal(
    localizedFixTitle({ ruleId: 'stale-date', fix: stale.fix }, 'de-CH'),
    'Als heute geprüft markieren (November 2026)',
  );
  assert.equal(
    localizedFixTitle({ ruleId: 'stale-date', fix: stale.fix }, 'ja'),
    '今日レビュー済みにする（November 2026）',
  );
  assert.equal(
    localizedFixTitle({ ruleId: 'stale-date', fix: stale.fix }, 'tr'),
    'Mark as reviewed today (November 2026)',
  );
  assert.equal(
    localizedFixTitle({ ruleId: 'stale-date', fix: stale.fix }, undefined),
    'Mark as reviewed today (November 2026)',
  );
  const text = signed(VALID_FILE.replace('Expires: 2027-06-30T00:00:00Z', 'Expires: 2026-01-01T00:00:00Z'));
  const expired = lint(text, { kind: 'txt', path: '.well-known/security.txt' }).find((f) => f.ruleId === 'expired');
  assert.ok(expired?.fix);
  assert.equal(expired.fix.title, 'Renew Expires (2027-11-21T23:59:59Z) (the signature must then be renewed)');
  assert.equal(
    localizedFixTitle({ ruleId: 'expired', fix: expired.fix }, 'de'),
    'Expires erneuern (2027-11-21T23:59:59Z) (danach muss die Signatur erneuert werden)',
  );
  assert.equal(
    localizedFixTitle({ ruleId: 'expired', fix: expired.fix }, 'zh-CN'),
    '续期 Expires（2027-11-21T23:59:59Z）（之后须重新签名）',
  );
  // A title given as text, not by id, stays as it is.
  assert.equal(localizedFixTitle({ ruleId: 'x', fix: { title: 'Do it' } }, 'de'), 'Do it');
  assert.equal(
    localizedTitle('lsp/showDocs', LSP_TITLES.showDocs, { rule: 'bom' }, 'fr'),
    'Afficher la documentation de bom',
  );
});

test('the server titles its code actions in the locale of initialize: the fix, fix all, disable and docs', async () => {
  const dir = tempFolder();
  const uri = pathToFileURL(join(dir, 'SECURITY.md')).toString();
  const text = '# Security\n\nUse [form](http://acme.org/report) or [key](http://acme.org/key.asc).\n';
  const titlesIn = async (locale?: string): Promise<string[]> =>
    await withClient({ pull: true, rootPath: dir, locale, resolvesCodeActions: true }, async (client) => {
      client.open(uri, text);
      const link = (await pull(client, uri)).filter((d) => d.code === 'insecure-link');
      const actions = await actionsFor(client, uri, link.slice(0, 1));
      // The lazy "fix all" keeps its title when codeAction/resolve fills in its edit.
      const fixAll = actions.find((a) => a.kind === 'source.fixAll.securityPolicy');
      assert.ok(fixAll);
      const resolved = await client.connection.sendRequest<CodeAction>('codeAction/resolve', fixAll);
      assert.equal(resolved.title, fixAll.title);
      assert.ok(resolved.edit);
      return actions.map((a) => a.title);
    });
  assert.deepEqual(await titlesIn('de'), [
    'Alle sicheren Security-Policy-Befunde beheben',
    'https:// verwenden',
    'Alle insecure-link-Befunde beheben',
    'insecure-link für diese Zeile deaktivieren',
    'insecure-link für diese Datei deaktivieren',
    'Dokumentation zu insecure-link anzeigen',
  ]);
  assert.deepEqual(await titlesIn(), [
    'Fix all safe Security Policy problems',
    'Use https://',
    'Fix all insecure-link problems',
    'Disable insecure-link for this line',
    'Disable insecure-link for this file',
    'Show documentation for insecure-link',
  ]);
});
