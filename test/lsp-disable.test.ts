/**
 * "Disable … for this line / file" in every kind of file, over real stdio: the exact text after each fix, the
 * disabled finding gone, and nothing else changed (no new finding such as a security.txt field-syntax error).
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { actionsFor, applyAction, pull, tempFolder, withClient } from './lsp-client';

const root = join(__dirname, '..');

before(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

interface Case {
  name: string;
  path: string;
  languageId: string;
  text: string;
  rule: string;
  /** 0-based line of the finding the fixes are asked for. */
  line: number;
  afterLineFix: string | undefined;
  afterFileFix: string;
}

const SIGNED = [
  '-----BEGIN PGP SIGNED MESSAGE-----',
  'Hash: SHA512',
  '',
  'Contact: security@acme.org',
  'Expires: 2030-01-01T00:00:00Z',
  '-----BEGIN PGP SIGNATURE-----',
  '',
  'iHUEARYKAB0WIQQ=',
  '-----END PGP SIGNATURE-----',
  '',
];

// Every built-in kind of file has its cases here.
const CASES: Record<'md' | 'txt' | 'si', Case[]> = {
  md: [
    {
      name: 'SECURITY.md',
      path: 'SECURITY.md',
      languageId: 'markdown',
      text: '# Security\n\nEmail a@users.noreply.github.com.\n',
      rule: 'undeliverable-contact',
      line: 2,
      afterLineFix:
        '# Security\n\nEmail a@users.noreply.github.com. <!-- security-policy-disable-line undeliverable-contact -->\n',
      afterFileFix:
        '<!-- security-policy-disable undeliverable-contact -->\n# Security\n\nEmail a@users.noreply.github.com.\n',
    },
    {
      name: 'SECURITY.md with a BOM and CRLF, a directive already on the line',
      path: 'SECURITY.md',
      languageId: 'markdown',
      text: '\uFEFF# Security\r\n\r\nEmail a@users.noreply.github.com. <!-- security-policy-disable-line mojibake -->\r\n',
      rule: 'undeliverable-contact',
      line: 2,
      afterLineFix:
        '\uFEFF# Security\r\n\r\nEmail a@users.noreply.github.com. <!-- security-policy-disable-line mojibake undeliverable-contact -->\r\n',
      afterFileFix:
        '\uFEFF<!-- security-policy-disable undeliverable-contact -->\r\n# Security\r\n\r\nEmail a@users.noreply.github.com. <!-- security-policy-disable-line mojibake -->\r\n',
    },
  ],
  txt: [
    {
      name: 'security.txt',
      path: '.well-known/security.txt',
      languageId: 'securitytxt',
      text: 'Contact: security@acme.org\nExpires: 2030-01-01T00:00:00Z\n',
      rule: 'value-not-uri',
      line: 0,
      afterLineFix:
        '# security-policy-disable-next-line value-not-uri\nContact: security@acme.org\nExpires: 2030-01-01T00:00:00Z\n',
      afterFileFix:
        '# security-policy-disable value-not-uri\nContact: security@acme.org\nExpires: 2030-01-01T00:00:00Z\n',
    },
    {
      name: 'signed security.txt: comments go inside the signed text, never before the OpenPGP header',
      path: '.well-known/security.txt',
      languageId: 'securitytxt',
      text: SIGNED.join('\n'),
      rule: 'value-not-uri',
      line: 3,
      afterLineFix: [
        ...SIGNED.slice(0, 3),
        '# security-policy-disable-next-line value-not-uri',
        ...SIGNED.slice(3),
      ].join('\n'),
      afterFileFix: [...SIGNED.slice(0, 3), '# security-policy-disable value-not-uri', ...SIGNED.slice(3)].join('\n'),
    },
  ],
  si: [
    {
      name: 'security-insights.yml: a whole comment line before the entry, at any indentation',
      path: 'security-insights.yml',
      languageId: 'securityinsights',
      text: 'header:\n  schema-version: 2.2.0\nproject:\n  vulnerability-reporting:\n    policy: http://acme.org/security\n',
      rule: 'insecure-link',
      line: 4,
      afterLineFix:
        'header:\n  schema-version: 2.2.0\nproject:\n  vulnerability-reporting:\n# security-policy-disable-next-line insecure-link\n    policy: http://acme.org/security\n',
      afterFileFix:
        '# security-policy-disable insecure-link\nheader:\n  schema-version: 2.2.0\nproject:\n  vulnerability-reporting:\n    policy: http://acme.org/security\n',
    },
    {
      name: 'security-insights.yml: no comment inside a block scalar, where # would become text',
      path: '.github/security-insights.yml',
      languageId: 'securityinsights',
      text: 'header:\n  comment: |\n    Our file.\n    TODO fill in\n',
      rule: 'placeholder',
      line: 3,
      afterLineFix: undefined,
      afterFileFix: '# security-policy-disable placeholder\nheader:\n  comment: |\n    Our file.\n    TODO fill in\n',
    },
  ],
};

/** What a client shows of a diagnostic, without its position (fixes move lines). */
const shown = (d: Diagnostic): string => `${String(d.code)}: ${d.message}`;

for (const [kind, cases] of Object.entries(CASES)) {
  for (const c of cases) {
    test(`${kind}: disable for this line and for this file (${c.name})`, async () => {
      const dir = tempFolder();
      await withClient({ pull: true, rootPath: dir }, async (client) => {
        const uri = pathToFileURL(join(dir, c.path)).toString();
        client.open(uri, c.text, c.languageId);
        const before = await pull(client, uri);
        const target = before.find((d) => d.code === c.rule && d.range.start.line === c.line);
        assert.ok(target, `${c.rule} on line ${c.line + 1} in ${before.map(shown).join(' | ')}`);
        const expectedAfter = before
          .filter((d) => d.code !== c.rule)
          .map(shown)
          .sort();
        const actions = await actionsFor(client, uri, [target]);

        const lineAction = actions.find((a) => a.title === `Disable ${c.rule} for this line`);
        assert.equal(lineAction && applyAction(c.text, lineAction), c.afterLineFix);
        const fileAction = actions.find((a) => a.title === `Disable ${c.rule} for this file`);
        assert.ok(fileAction, actions.map((a) => a.title).join(' | '));
        assert.equal(applyAction(c.text, fileAction), c.afterFileFix);

        for (const after of [c.afterLineFix, c.afterFileFix]) {
          if (after === undefined) continue;
          client.change(uri, after);
          assert.deepEqual((await pull(client, uri)).map(shown).sort(), expectedAfter, `after:\n${after}`);
        }
      });
    });
  }
}
