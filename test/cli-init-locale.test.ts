/**
 * `init`'s prompts in the user's language: the environment's (LC_ALL, LC_MESSAGES, LANG), else the policy's
 * (`--lang`), in the words of the VS Code wizard (server/src/core/question-texts/, one catalog for both) and, around
 * them, of server/src/cli/prompt-texts.ts. Run in a pseudo-terminal through util-linux `script`, as the prompts need.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promptLanguage } from '../server/src/cli/locale';
import { INTRO, PROMPT_TEXTS, promptText, type PromptKey } from '../server/src/cli/prompt-texts';
import { QUESTION_TEXTS } from '../server/src/core/l10n-catalogs';
import { buildDist, CLI, cliEnv } from './cli-run';
import { tempDir } from './helpers';

before(buildDist);

test('the language of the prompts: the environment’s where the questions are written in it, else --lang’s', () => {
  assert.equal(promptLanguage(undefined, 'de-DE'), 'de');
  assert.equal(promptLanguage('fr', 'de-DE'), 'de');
  assert.equal(promptLanguage('fr', undefined), 'fr');
  assert.equal(promptLanguage('fr', 'en-US'), 'fr');
  assert.equal(promptLanguage('fr', 'nl-NL'), 'fr');
  assert.equal(promptLanguage('en', undefined), undefined);
  assert.equal(promptLanguage(undefined, 'pt-BR'), 'pt');
});

test('what the prompts say around the questions is written in every language of the questions', () => {
  assert.deepEqual(Object.keys(PROMPT_TEXTS).sort(), Object.keys(QUESTION_TEXTS).sort());
  const placeholders = (text: string): string[] => [...text.matchAll(/\{\d\}/g)].map((m) => m[0]).sort();
  for (const [language, texts] of Object.entries(PROMPT_TEXTS))
    for (const [english, translated] of Object.entries(texts)) {
      assert.notEqual(translated, english, `${language}: "${english}" left in English`);
      assert.deepEqual(placeholders(translated), placeholders(english), `${language}: "${english}"`);
    }
  assert.equal(promptText([INTRO, 'SECURITY.md']), INTRO.replace('{0}', 'SECURITY.md'));
  assert.equal(promptText(['Answer y or n.' satisfies PromptKey], 'xx'), 'Answer y or n.');
});

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const skip = hasScript ? false : 'util-linux "script" (a pseudo-terminal) is not installed';

/** `init` in a pseudo-terminal in a fresh repository (origin acme/widgets), given `answers`; what it printed. */
function initIn(locale: Record<string, string>, answers: string[], args: string[] = []): string {
  const dir = tempDir('h28-init-locale-');
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'config'), '[remote "origin"]\n\turl = git@github.com:acme/widgets.git\n');
  const command = [process.execPath, CLI, 'init', '--today', '2026-11-23', ...args].map((a) => JSON.stringify(a));
  const r = spawnSync('script', ['-qec', command.join(' '), '/dev/null'], {
    cwd: dir,
    env: cliEnv(locale),
    input: `${answers.join('\n')}\n`,
    encoding: 'utf8',
    timeout: 30_000,
  });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  return r.stdout.replaceAll('\r', '');
}

/** Enter for every question of the policy, then `n` (no security.txt). */
const DEFAULTS = [...Array<string>(9).fill(''), 'n'];

test('LANG=de_DE.UTF-8: init asks in German, re-asks in German, and keeps the keys one types', { skip }, () => {
  const answers = ['', '', 'github, x', 'github', '', '', '', '', '', '', 'q', 'n'];
  const lines = initIn({ LANG: 'de_DE.UTF-8' }, answers).split('\n');
  assert.ok(
    lines.includes(
      'Eine SECURITY.md in wenigen Fragen. Enter übernimmt die [Vorgabe]; "-" lässt eine optionale Antwort weg.',
    ),
    lines.join('\n'),
  );
  const channels =
    'Wie erreichen Meldende Sie vertraulich? (eine oder mehrere Möglichkeiten) (github = Private Meldung von Sicherheitslücken auf GitHub, email = E-Mail, form = Webformular; durch Kommas getrennt, "-" für keine) [github]: ';
  const out = lines.join('\n');
  assert.ok(out.includes(`${channels}  „x“ ist keines von: github, email, form.\n${channels}`), out);
  assert.ok(
    out.includes(
      'GitHub-Repository (owner/repo) mit aktivierter privater Meldung von Sicherheitslücken [acme/widgets]: ',
    ),
    out,
  );
  const confirm = 'Auch .well-known/security.txt schreiben (y/n) [n]: ';
  assert.ok(out.includes(`${confirm}  Antworten Sie mit y oder n.\n${confirm}`), out);
});

test('LANG=de_DE.UTF-8: a bad email is re-asked with the validator’s message in German', { skip }, () => {
  const answers = ['', '', 'email', 'not-an-email', 'security@acme.org', ...Array<string>(8).fill(''), 'n'];
  const out = initIn({ LANG: 'de_DE.UTF-8' }, answers);
  const email = 'E-Mail-Adresse für Meldungen: ';
  assert.ok(
    out.includes(
      `${email}  „not-an-email“ ist keine E-Mail-Adresse, erwartet wird z. B. security@your-project.org.\n${email}`,
    ),
    out,
  );
});

test(
  'LANG=C with --lang fr: in French, the policy’s language; LC_ALL=de_DE.UTF-8 with --lang fr: in German',
  { skip },
  () => {
    const french = initIn({ LANG: 'C' }, DEFAULTS, ['--lang', 'fr']);
    assert.ok(
      french.includes(
        'SECURITY.md en quelques questions. Entrée garde la [valeur par défaut] ; "-" omet une réponse facultative.\n',
      ),
      french,
    );
    assert.ok(french.includes('Écrire aussi .well-known/security.txt ? (y/n) [n]: '), french);
    const german = initIn({ LC_ALL: 'de_DE.UTF-8', LANG: 'C' }, DEFAULTS, ['--lang', 'fr']);
    assert.ok(german.includes('Auch .well-known/security.txt schreiben (y/n) [n]: '), german);
    const english = initIn({ LANG: 'C' }, DEFAULTS);
    assert.ok(
      english.includes(
        'A SECURITY.md in a few questions. Enter keeps the [default]; "-" leaves an optional answer out.\n',
      ),
      english,
    );
    assert.ok(english.includes('Also write .well-known/security.txt (y/n) [n]: '), english);
  },
);

test('init -y writes the policy in the environment’s language when it is one of the ten, else English; --lang wins', () => {
  const firstLine = (env: Record<string, string>, args: string[] = []): string => {
    const dir = tempDir('h28-init-lang-');
    mkdirSync(join(dir, '.git'));
    const r = spawnSync(process.execPath, [CLI, 'init', '-y', '--email', 'security@acme.org', ...args], {
      cwd: dir,
      env: cliEnv(env),
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    return readFileSync(join(dir, 'SECURITY.md'), 'utf8').split('\n')[0];
  };
  assert.equal(firstLine({ LANG: 'de_DE.UTF-8' }), '# Sicherheitsrichtlinie');
  assert.equal(firstLine({ LANG: 'ja_JP.UTF-8' }), firstLine({}, ['--lang', 'ja']));
  assert.equal(firstLine({ LANG: 'C' }), '# Security Policy');
  assert.equal(firstLine({ LANG: 'nl_NL.UTF-8' }), '# Security Policy');
  assert.equal(firstLine({ LC_ALL: 'de_DE.UTF-8' }, ['--lang', 'en']), '# Security Policy');
});
