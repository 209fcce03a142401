/** The bundled language server over real stdio, driven by a real LSP client (vscode-languageserver-protocol). */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextDocumentEdit } from 'vscode-languageserver-protocol';
import { actionsFor, applyAction, pull, tempFolder as folder, withClient } from './lsp-client';

const root = join(__dirname, '..');
const seeds = join(root, 'test', 'fixtures', 'seeds');
const seed = (name: string): string => readFileSync(join(seeds, name), 'utf8');

before(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

test('pull diagnostics carry source, code, docs link and a range on the offending text', async () => {
  const dir = folder();
  await withClient({ pull: true, rootPath: dir }, async (client) => {
    const uri = pathToFileURL(join(dir, 'SECURITY.md')).toString();
    const text = seed('001_857ed500d181d40a.txt');
    client.open(uri, text);
    const items = await pull(client, uri);
    const d = items.find((x) => x.code === 'undeliverable-contact')!;
    assert.equal(d.source, 'security-policy');
    assert.equal(
      d.codeDescription?.href,
      'https://github.com/security-policy/security-policy/blob/main/docs/rules/undeliverable-contact.md',
    );
    assert.deepEqual(d.range, { start: { line: 17, character: 11 }, end: { line: 17, character: 52 } });
    assert.equal(d.severity, 1);
    // Ordinary Markdown is never touched.
    const readme = pathToFileURL(join(dir, 'README.md')).toString();
    client.open(readme, seed('001_857ed500d181d40a.txt'));
    assert.deepEqual(await pull(client, readme), []);
    // Localized and .github/ policies are checked.
    const localized = pathToFileURL(join(dir, '.github', 'SECURITY.zh-CN.md')).toString();
    client.open(localized, '# 安全\n\n请发送邮件至 a@users.noreply.github.com。\n');
    assert.ok((await pull(client, localized)).some((x) => x.code === 'undeliverable-contact'));
  });
});

test('a pull answers from the current text; a pull overtaken by an edit is cancelled', async () => {
  const dir = folder();
  await withClient({ pull: true, rootPath: dir }, async (client) => {
    const uri = pathToFileURL(join(dir, 'SECURITY.md')).toString();
    client.open(uri, '# Security\n\nEmail a@users.noreply.github.com.\n');
    const overtaken = client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    client.change(uri, '# Security\n\nEmail security@acme.org.\n');
    await assert.rejects(
      overtaken,
      (e: { code?: number }) => e.code === -32802,
      'ServerCancelled for the outdated version',
    );
    const items = await pull(client, uri);
    assert.ok(!items.some((x) => x.code === 'undeliverable-contact'), 'answered from the new text');
  });
});

test('code actions: fix, fix all of a rule, disable for line and file, documentation; source.fixAll is versioned', async () => {
  const dir = folder();
  await withClient({ pull: true, rootPath: dir }, async (client) => {
    const uri = pathToFileURL(join(dir, 'SECURITY.md')).toString();
    const text = seed('004_6b676d4ed55cad0f.txt');
    client.open(uri, text);
    const items = await pull(client, uri);
    const moji = items.filter((x) => x.code === 'mojibake');
    assert.equal(moji.length, 13);
    const padlock = moji.find((x) => x.range.start.line === 23)!;
    const actions = await actionsFor(client, uri, [padlock]);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Repair mojibake: "ğŸ”" → "🔐"'), titles.join(' | '));
    assert.ok(titles.includes('Fix all mojibake problems'));
    assert.ok(titles.includes('Disable mojibake for this line'));
    assert.ok(titles.includes('Disable mojibake for this file'));
    assert.ok(titles.includes('Show documentation for mojibake'));
    const fix = actions.find((a) => a.title.startsWith('Repair'))!;
    assert.equal(fix.isPreferred, true);
    assert.equal(applyAction(text, fix).split('\n')[23], '## 🔐 Reporting Security Vulnerabilities');
    const all = applyAction(
      text,
      actions.find((a) => a.title === 'Fix all mojibake problems')!,
    );
    assert.ok(!/ğŸ|âœ|âŒ/.test(all));

    const docs = actions.find((a) => a.title === 'Show documentation for mojibake')!;
    await client.connection.sendRequest('workspace/executeCommand', docs.command);

    const disabled = applyAction(
      text,
      actions.find((a) => a.title === 'Disable mojibake for this file')!,
    );
    client.change(uri, disabled);
    assert.ok(!(await pull(client, uri)).some((x) => x.code === 'mojibake'));
    const lineDisabled = applyAction(
      text,
      actions.find((a) => a.title === 'Disable mojibake for this line')!,
    );
    const version = client.change(uri, lineDisabled);
    const remaining = (await pull(client, uri)).filter((x) => x.code === 'mojibake');
    assert.equal(remaining.length, 12);
    assert.ok(!remaining.some((x) => x.range.start.line === 23));

    const fixAll = await actionsFor(client, uri, [], ['source.fixAll.securityPolicy']);
    assert.equal(fixAll.length, 1);
    assert.equal(fixAll[0].kind, 'source.fixAll.securityPolicy');
    const change = fixAll[0].edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(change.textDocument.version, version, 'edits are against the current document version');
    const fixed = applyAction(lineDisabled, fixAll[0]);
    client.change(uri, fixed);
    assert.ok(!(await pull(client, uri)).some((x) => x.code === 'mojibake'));
  });
});

test('a settings change re-checks without reopening', async () => {
  const dir = folder();
  let settings: unknown = {};
  await withClient({ pull: true, rootPath: dir, settings: () => settings }, async (client) => {
    const uri = pathToFileURL(join(dir, 'SECURITY.md')).toString();
    client.open(uri, seed('001_857ed500d181d40a.txt'));
    assert.ok((await pull(client, uri)).some((x) => x.code === 'undeliverable-contact'));
    settings = { rules: { 'undeliverable-contact': 'off' }, profile: 'strict' };
    const before = client.refreshes;
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.waitFor(() => client.refreshes > before, 'a diagnostic refresh request');
    const items = await pull(client, uri);
    assert.ok(!items.some((x) => x.code === 'undeliverable-contact'));
    assert.ok(
      items.filter((x) => x.code === 'no-scope' || x.code === 'no-safe-harbor').every((x) => x.severity === 2),
      'strict makes hints warnings',
    );
  });
});

test('push diagnostics for clients without pull (Neovim 0.7): only the latest version is published; close clears', async () => {
  const dir = folder();
  await withClient({ pull: false, rootPath: dir }, async (client) => {
    const uri = pathToFileURL(join(dir, 'SECURITY.md')).toString();
    client.open(uri, '# Security\n\nEmail a@users.noreply.github.com.\n');
    client.change(uri, '# Security\n\nEmail b@users.noreply.github.com.\n');
    const latest = client.change(uri, '# Security\n\nEmail security@acme.org.\n');
    const published = await client.waitFor(() => client.published.find((p) => p.uri === uri), 'published diagnostics');
    assert.equal(published.version, latest);
    assert.ok(!published.diagnostics.some((d) => d.code === 'undeliverable-contact'));
    assert.ok(
      client.published.every((p) => p.version === latest),
      'no diagnostics for outdated versions',
    );
    client.close(uri);
    await client.waitFor(
      () => client.published.some((p) => p.uri === uri && p.diagnostics.length === 0),
      'cleared diagnostics',
    );
  });
});

test('a broken .security-policy.json is reported at its line, and defaults apply meanwhile', async () => {
  const dir = folder();
  writeFileSync(
    join(dir, '.security-policy.json'),
    '{\n  "profile": "recommended",\n  "rules": { "undeliverable-contact": "of" }\n}\n',
  );
  await withClient({ pull: true, rootPath: dir }, async (client) => {
    const configUri = pathToFileURL(join(dir, '.security-policy.json')).toString();
    const published = await client.waitFor(
      () => client.published.find((p) => p.uri === configUri),
      'config diagnostics',
    );
    assert.equal(published.diagnostics.length, 1);
    assert.equal(published.diagnostics[0].range.start.line, 2);
    assert.match(published.diagnostics[0].message, /Invalid severity "of"/);
    const uri = pathToFileURL(join(dir, 'SECURITY.md')).toString();
    client.open(uri, seed('001_857ed500d181d40a.txt'));
    assert.ok(
      (await pull(client, uri)).some((x) => x.code === 'undeliverable-contact'),
      'defaults apply',
    );
  });
});

test('workspace rules and .security-policy.json apply in the editor', async () => {
  const dir = folder();
  const policy = '# Security\n\nEmail a@users.noreply.github.com. We reply within 2 days.\n';
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, 'SECURITY.md'), policy);
  writeFileSync(join(dir, '.github', 'SECURITY.md'), policy);
  writeFileSync(
    join(dir, '.security-policy.json'),
    '{ "profile": "cisa", "rules": { "undeliverable-contact": "off" } }',
  );
  await withClient({ pull: true, rootPath: dir }, async (client) => {
    const uri = pathToFileURL(join(dir, 'SECURITY.md')).toString();
    client.open(uri, policy);
    const items = await pull(client, uri);
    assert.ok(
      items.some((x) => x.code === 'policy-duplicate'),
      'the other policy in .github/ is found',
    );
    assert.ok(!items.some((x) => x.code === 'undeliverable-contact'), 'turned off in .security-policy.json');
    assert.equal(items.find((x) => x.code === 'no-scope')?.severity, 2, 'the cisa profile makes no-scope a warning');
  });
});

test('completion offers the policy sections as snippets in SECURITY.md only', async () => {
  const dir = folder();
  await withClient({ pull: true, rootPath: dir }, async (client) => {
    const uri = pathToFileURL(join(dir, 'SECURITY.md')).toString();
    client.open(uri, '# Security\n\n## Supported Versions\n\nLatest.\n\n#');
    const list = await client.connection.sendRequest<
      Array<{ label: string; insertTextFormat: number; detail: string }>
    >('textDocument/completion', {
      textDocument: { uri },
      position: { line: 6, character: 1 },
    });
    assert.ok(list.some((i) => i.label === 'Reporting a Vulnerability' && i.insertTextFormat === 2));
    assert.ok(list.find((i) => i.label === 'Supported Versions')!.detail.includes('already'));
    const readme = pathToFileURL(join(dir, 'README.md')).toString();
    client.open(readme, '#');
    const none = await client.connection.sendRequest<unknown[]>('textDocument/completion', {
      textDocument: { uri: readme },
      position: { line: 0, character: 1 },
    });
    assert.deepEqual(none, []);
  });
});

test('security.txt: diagnostics, a quick fix that renews Expires, completion of fields and values, hover', async () => {
  const dir = folder();
  await withClient({ pull: true, rootPath: dir }, async (client) => {
    const uri = pathToFileURL(join(dir, '.well-known', 'security.txt')).toString();
    const text = 'Contact: security@acme.org\nExpires: 2020-01-01T00:00:00Z\n';
    client.open(uri, text, 'securitytxt');
    const items = await pull(client, uri);
    const codes = items.map((x) => x.code);
    for (const code of ['value-not-uri', 'expired', 'policy-missing', 'not-signed'])
      assert.ok(codes.includes(code), `${code} in ${codes.join(', ')}`);
    const expired = items.find((x) => x.code === 'expired')!;
    const renew = (await actionsFor(client, uri, [expired])).find((a) => a.title.startsWith('Renew Expires'))!;
    const renewed = applyAction(text, renew);
    assert.match(renewed, /^Expires: \d{4}-\d{2}-\d{2}T23:59:59Z$/m);
    client.change(uri, renewed);
    assert.ok(!(await pull(client, uri)).some((x) => x.code === 'expired'));

    client.change(uri, `${renewed}Pol`);
    const fields = await client.connection.sendRequest<Array<{ label: string }>>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 2, character: 3 },
    });
    assert.ok(fields.some((f) => f.label === 'Policy'));
    client.change(uri, `${renewed}Expires: `);
    const values = await client.connection.sendRequest<Array<{ label: string }>>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 2, character: 9 },
    });
    assert.match(values[0].label, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const hover = await client.connection.sendRequest<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 2 },
    });
    assert.match(hover.contents.value, /RFC 9116 §2\.5\.3/);
  });
});

test('"check all security files" reports files that are not open', async () => {
  const dir = folder();
  mkdirSync(join(dir, '.well-known'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'SECURITY.md'), '# Security\n\nEmail a@users.noreply.github.com.\n');
  writeFileSync(join(dir, '.well-known', 'security.txt'), 'Contact: mailto:security@acme.org\n');
  writeFileSync(join(dir, 'README.md'), '# Not a policy\n');
  await withClient({ pull: true, rootPath: dir }, async (client) => {
    const result = await client.connection.sendRequest<{ files: number; problems: number }>(
      'securityPolicy/checkWorkspace',
    );
    assert.equal(result.files, 2);
    const md = pathToFileURL(join(dir, 'docs', 'SECURITY.md')).toString();
    const txt = pathToFileURL(join(dir, '.well-known', 'security.txt')).toString();
    await client.waitFor(
      () => client.published.some((p) => p.uri === md) && client.published.some((p) => p.uri === txt),
      'diagnostics for both files',
    );
    assert.ok(client.published.find((p) => p.uri === md)!.diagnostics.some((d) => d.code === 'undeliverable-contact'));
    assert.ok(client.published.find((p) => p.uri === txt)!.diagnostics.some((d) => d.code === 'expires-missing'));
    assert.ok(!client.published.some((p) => p.uri.endsWith('README.md')));
  });
});

test('malformed and out-of-range requests get an answer or an error, and the server keeps serving', async () => {
  const dir = folder();
  await withClient({ pull: true, rootPath: dir }, async (client) => {
    const uri = pathToFileURL(join(dir, 'SECURITY.md')).toString();
    client.open(uri, '# Security\n\nEmail a@users.noreply.github.com.\n');
    const before = (await pull(client, uri)).map(
      (d) => `${String(d.code)} ${d.range.start.line}:${d.range.start.character}`,
    );
    assert.ok(before.includes('undeliverable-contact 2:6'), before.join(', '));
    const send = (method: string, params: unknown): Promise<unknown> =>
      client.connection.sendRequest(method, params).then(
        (r) => r,
        (e: Error) => e,
      );
    const far = { line: 1_000_000_000, character: 5 };
    const answers = await Promise.all([
      send('textDocument/codeAction', { textDocument: { uri }, range: { start: far, end: far } }),
      send('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: far, end: far },
        context: { diagnostics: 'none', only: 42 },
      }),
      send('textDocument/completion', { textDocument: { uri }, position: far }),
      send('textDocument/hover', { textDocument: { uri }, position: { line: -1, character: 1e12 } }),
      send('textDocument/diagnostic', { textDocument: { uri: 'file:///nowhere/SECURITY.md' } }),
      send('textDocument/diagnostic', { textDocument: { uri: 'not a uri' } }),
      send('textDocument/completion', 'just a string'),
      send('textDocument/hover', null),
      send('workspace/executeCommand', {
        command: 'securityPolicy.showDocumentation',
        arguments: ['javascript:alert(1)'],
      }),
      send('securityPolicy/policyContacts', { text: 42 }),
      send('no/such/method', {}),
      send('textDocument/hover', { textDocument: { uri }, position: far }),
      send('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: far, end: far },
        context: { diagnostics: [], only: ['quickfix'] },
      }),
    ]);
    const code = (answer: unknown): number | undefined => (answer as { code?: number }).code;
    assert.deepEqual(
      [0, 1, 3, 6, 7, 9].map((i) => code(answers[i])),
      [-32602, -32602, -32602, -32602, -32602, -32602],
      'ill-typed params: InvalidParams',
    );
    assert.deepEqual(answers[2], [], 'completion far past the end: nothing to offer');
    assert.deepEqual(answers[4], { kind: 'full', items: [] }, 'an unknown document has no diagnostics');
    assert.deepEqual(answers[5], { kind: 'full', items: [] }, 'nor has a URI that is not one');
    assert.equal(answers[8], null, 'a documentation link that is not https is not opened');
    assert.equal(code(answers[10]), -32601, 'an unknown method is MethodNotFound');
    assert.equal(answers[11], null, 'hover far past the end: nothing to show');
    assert.deepEqual(answers[12], [], 'no actions far past the end');
    void client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///never/opened.md', version: 2 },
      contentChanges: [{ text: 'x' }],
    });
    void client.connection.sendNotification('textDocument/didOpen', { textDocument: null });
    const after = (await pull(client, uri)).map(
      (d) => `${String(d.code)} ${d.range.start.line}:${d.range.start.character}`,
    );
    assert.deepEqual(after, before, 'still serving, with the same answer, after all of that');
    assert.equal(client.process?.exitCode, null, 'the process is alive');
  });
});
