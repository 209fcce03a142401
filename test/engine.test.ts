/** The engine's understanding of policies: sections, channels, timeframes, delegation, config, disable comments. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseConfigFile,
  knownRuleIds,
  LineIndex,
  fileKindOf,
  effectiveSeverity,
  mergeConfigs,
  allRules,
  defineRule,
} from '../server/src';
import { PolicyDocument } from '../server/src/kinds/md/policy';
import { githubSlugs } from '../server/src/kinds/md/slug';
import { ids, lint } from './helpers';
import { SIGNATURE } from '../server/src/kinds/txt/rules/helpers';

const headingsByLanguage: Array<[string, string, string, string, string, string, string]> = [
  // language, reporting, supported versions, response, disclosure, scope, safe harbor
  [
    'en',
    'Reporting a Vulnerability',
    'Supported Versions',
    'Response Timeline',
    'Disclosure Policy',
    'Scope',
    'Safe Harbor',
  ],
  [
    'de',
    'Sicherheitslücke melden',
    'Unterstützte Versionen',
    'Reaktionszeit',
    'Offenlegung',
    'Geltungsbereich',
    'Rechtliche Hinweise (Safe Harbor)',
  ],
  [
    'es',
    'Reportar una vulnerabilidad',
    'Versiones soportadas',
    'Tiempo de respuesta',
    'Divulgación',
    'Alcance',
    'Puerto seguro',
  ],
  [
    'fr',
    'Signaler une vulnérabilité',
    'Versions prises en charge',
    'Délai de réponse',
    'Divulgation',
    'Périmètre',
    'Bonne foi',
  ],
  [
    'pt',
    'Relatar uma vulnerabilidade',
    'Versões suportadas',
    'Prazo de resposta',
    'Divulgação',
    'Escopo',
    'Porto seguro',
  ],
  [
    'it',
    'Segnalare una vulnerabilità',
    'Versioni supportate',
    'Tempi di risposta',
    'Divulgazione',
    'Ambito',
    'Buona fede',
  ],
  [
    'ru',
    'Сообщить об уязвимости',
    'Поддерживаемые версии',
    'Сроки ответа',
    'Раскрытие информации',
    'Область действия',
    'Добросовестные исследования',
  ],
  ['zh', '报告漏洞', '支持的版本', '响应时间', '漏洞披露', '范围', '安全港'],
  ['ja', '脆弱性の報告', 'サポートされているバージョン', '対応時間', '開示ポリシー', '対象範囲', 'セーフハーバー'],
  ['ko', '취약점 보고', '지원되는 버전', '응답 시간', '공개 정책', '범위', '세이프 하버'],
];

for (const [lang, ...headings] of headingsByLanguage) {
  test(`sections are found by heading in ${lang}`, () => {
    const text = `# Policy\n\n${headings.map((h) => `## ${h}\n\nText.\n`).join('\n')}`;
    const doc = new PolicyDocument(text);
    const kinds = ['reporting', 'supportedVersions', 'response', 'disclosure', 'scope', 'safeHarbor'] as const;
    kinds.forEach((kind, i) => {
      assert.ok(
        doc.sectionsOf(kind).some((s) => s.heading.text === headings[i]),
        `${lang}: "${headings[i]}" as ${kind}`,
      );
    });
  });
}

test('timeframes in ten languages', () => {
  const cases: Array<[string, number]> = [
    ['We acknowledge within 3 business days.', 3 * 1.4],
    ['Wir antworten innerhalb von 48 Stunden.', 2],
    ['Respondemos en 48 horas.', 2],
    ['Nous répondons sous 5 jours ouvrés.', 7],
    ['Responderemos em até 2 dias úteis.', 2.8],
    ['Risponderemo entro 7 giorni.', 7],
    ['Мы ответим в течение 48 часов.', 2],
    ['我们将在48小时内回复。', 2],
    ['48時間以内に返信します。', 2],
    ['48시간 이내에 회신합니다.', 2],
    ['We reply within two weeks.', 14],
  ];
  for (const [sentence, days] of cases) {
    const doc = new PolicyDocument(`# P\n\n${sentence}\n`);
    const t = doc.responseTimeframes;
    assert.equal(t.length, 1, sentence);
    assert.ok(Math.abs(t[0].days - days) < 0.01, `${sentence}: ${t[0].days}`);
  }
});

test('channels: emails, mailto, GitHub private reporting URL and phrase, bug bounty, delegation', () => {
  const channel = (md: string) => new PolicyDocument(md).channels.map((c) => `${c.kind}:${c.private}`);
  assert.deepEqual(channel('# S\n\nMail [us](mailto:sec@acme.org).\n'), ['email:true']);
  assert.deepEqual(channel('# S\n\n[Report](https://github.com/a/b/security/advisories/new)\n'), [
    'github-private:true',
  ]);
  assert.ok(channel('# S\n\nUse private vulnerability reporting on GitHub.\n').includes('github-private:true'));
  assert.deepEqual(channel('# S\n\n## Reporting\n\nSee https://hackerone.com/acme\n'), ['bug-bounty:true']);
  assert.deepEqual(
    channel('# Reporting a security issue\n\nThe policy is at <https://prometheus.io/docs/operating/security/>\n'),
    ['web:true'],
  );
  assert.deepEqual(
    channel('# S\n\n## Additional Resources\n\n- [OWASP](https://owasp.org/security/)\n'),
    [],
    'further reading is not a channel',
  );
  assert.deepEqual(channel('# S\n\n## Reporting\n\nAsk on https://discord.gg/abc\n'), ['chat:false']);
});

test('delegating policies (django, kubernetes, prometheus style) get no no-contact', () => {
  const policies = [
    '# Security\n\nPlease see https://www.djangoproject.com/security/ for our security policies and how to report a vulnerability.\n',
    '# Security Policy\n\n## Reporting a Vulnerability\n\nFollow the instructions at [kubernetes.io](https://kubernetes.io/docs/reference/issues-security/security/).\n',
    '# Reporting a security issue\n\nThe Prometheus security policy, including how to report vulnerabilities, can be found here:\n\n<https://prometheus.io/docs/operating/security/>\n',
  ];
  for (const p of policies) assert.ok(!ids(lint(p)).includes('no-contact'), p);
});

test('public-issue-reporting fires in other languages and respects negation', () => {
  assert.ok(
    ids(lint('# S\n\nSi encuentra una vulnerabilidad, abra un issue en GitHub.\n')).includes('public-issue-reporting'),
  );
  assert.ok(
    !ids(lint('# S\n\nNo abra un issue público para una vulnerabilidad.\n')).includes('public-issue-reporting'),
  );
  assert.ok(!ids(lint("# S\n\nNe créez pas d'issue pour une vulnérabilité.\n")).includes('public-issue-reporting'));
});

test('GitHub heading slugs', () => {
  assert.deepEqual(
    githubSlugs(['🔒 Our Commitment', 'Reporting a Vulnerability', 'Reporting a Vulnerability', 'C++ & "Rust"!']),
    ['-our-commitment', 'reporting-a-vulnerability', 'reporting-a-vulnerability-1', 'c--rust'],
  );
});

test('file kinds by name', () => {
  for (const p of ['SECURITY.md', 'security.md', '.github/Security.md', 'docs/SECURITY.zh-CN.md', 'SECURITY.de.md'])
    assert.equal(fileKindOf(p), 'md', p);
  for (const p of ['README.md', 'SECURITY.txt.md.bak', 'docs/security-model.md', 'SECURITY.markdown'])
    assert.equal(fileKindOf(p), undefined, p);
  assert.equal(fileKindOf('.well-known/security.txt'), 'txt');
});

test('config file problems are reported at their exact place', () => {
  const text =
    '{\n  "profile": "strictest",\n  "rules": {\n    "no-contact": "loud",\n    "not-a-rule": "off"\n  },\n}\n';
  const { config, problems } = parseConfigFile(text, knownRuleIds);
  const lines = new LineIndex(text);
  const where = problems.map(
    (p) => `${lines.positionAt(p.start).line + 1}:${lines.positionAt(p.start).character + 1} ${p.severity}`,
  );
  assert.deepEqual(where, ['2:14 error', '4:19 error', '5:5 warning']);
  assert.deepEqual(config, { rules: {} });
  const broken = parseConfigFile('{ "profile": "strict", ', knownRuleIds);
  assert.ok(broken.problems.length > 0 && broken.problems[0].message.startsWith('Invalid JSON'));
  assert.equal(broken.config.profile, 'strict', 'what could be read is kept');
});

test('profiles change severities; overrides win', () => {
  const meta = (id: string) => allRules.find((r) => r.meta.id === id)!.meta;
  assert.equal(effectiveSeverity(meta('no-private-channel'), mergeConfigs({ profile: 'osps-l2' })), 'error');
  assert.equal(effectiveSeverity(meta('no-supported-versions'), mergeConfigs({ profile: 'osps-l3' })), 'warning');
  assert.equal(effectiveSeverity(meta('no-scope'), mergeConfigs({ profile: 'cisa' })), 'warning');
  assert.equal(effectiveSeverity(meta('no-scope'), mergeConfigs({ profile: 'strict' })), 'warning');
  assert.equal(effectiveSeverity(meta('no-contact'), mergeConfigs({ profile: 'strict' })), 'error');
  assert.equal(
    effectiveSeverity(meta('no-scope'), mergeConfigs({ profile: 'strict', rules: { 'no-scope': 'off' } })),
    'off',
  );
});

test('disable comments: file, passage, line, next line', () => {
  const base = '# S\n\nMail a@users.noreply.github.com.\n';
  assert.ok(ids(lint(base)).includes('undeliverable-contact'));
  assert.ok(
    !ids(lint(`<!-- security-policy-disable undeliverable-contact -->\n${base}`)).includes('undeliverable-contact'),
  );
  assert.ok(
    !ids(
      lint('# S\n\nMail a@users.noreply.github.com. <!-- security-policy-disable-line undeliverable-contact -->\n'),
    ).includes('undeliverable-contact'),
  );
  assert.ok(
    !ids(lint('# S\n\n<!-- security-policy-disable-next-line -->\nMail a@users.noreply.github.com.\n')).includes(
      'undeliverable-contact',
    ),
  );
  const passage = lint(
    '# S\n\n<!-- security-policy-disable undeliverable-contact -->\nMail a@users.noreply.github.com.\n<!-- security-policy-enable undeliverable-contact -->\n\nOr b@users.noreply.github.com.\n',
  );
  assert.equal(passage.filter((f) => f.ruleId === 'undeliverable-contact').length, 1);
});

test('CRLF and BOM keep offsets right', () => {
  const text = '\uFEFF# Security\r\n\r\nMail a@users.noreply.github.com.\r\n';
  const f = lint(text).find((x) => x.ruleId === 'undeliverable-contact')!;
  assert.equal(text.slice(f.start, f.end), 'a@users.noreply.github.com');
  const title = lint('\uFEFF## Only a section\r\n\r\nText.\r\n').find((x) => x.ruleId === 'no-title')!;
  assert.ok(title.fix!.edits[0].newText.includes('\r\n'), "inserted text uses the document's line endings");
});

test('a rule that throws does not stop the others', async () => {
  const { lintText } = await import('../server/src/core/runner');
  const boom = defineRule({
    meta: { ...allRules[0].meta, id: 'boom' },
    md: () => {
      throw new Error('boom');
    },
  });
  const result = lintText('# S\n\nMail a@users.noreply.github.com.\n', {
    rules: [boom, ...allRules],
    kind: 'md',
    config: mergeConfigs(),
    env: { today: new Date() },
  });
  assert.deepEqual(
    result.failures.map((f) => f.ruleId),
    ['boom'],
  );
  assert.ok(result.findings.some((f) => f.ruleId === 'undeliverable-contact'));
});

test('large documents are parsed in chunks and reuse the cache', () => {
  const section = (i: number) => `## Section ${i}\n\n${'Text about the project. '.repeat(40)}\n\n`;
  const text = `# Security\n\nMail sec@acme.org.\n\n${Array.from({ length: 200 }, (_, i) => section(i)).join('')}`;
  const cache = new Map();
  const first = new PolicyDocument(text, cache).headings.length;
  assert.equal(first, 201);
  const cachedChunks = cache.size;
  assert.ok(cachedChunks > 5);
  const edited = text.replace('## Section 100\n', '## Section 100 edited\n');
  const doc = new PolicyDocument(edited, cache);
  assert.equal(doc.headings.length, 201);
  assert.ok(doc.headings.some((h) => h.text === 'Section 100 edited'));
  const whole = new PolicyDocument(edited);
  assert.deepEqual(doc.headings, whole.headings, 'chunked parse equals whole parse');
});

test('list items are read from the source: "- item" then "---" is not a heading', () => {
  const doc = new PolicyDocument('# S\n\n- Email a@acme.org\n---\n\nText.\n');
  assert.deepEqual(
    doc.headings.map((h) => h.text),
    ['S'],
  );
});

test('security.txt: in a signed file every fix says the signature must be renewed', () => {
  const signed =
    '-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nContact: security@acme.org\nExpires: 2020-01-01T00:00:00Z\n-----BEGIN PGP SIGNATURE-----\n\niQE\n-----END PGP SIGNATURE-----\n';
  const fixes = lint(signed, { kind: 'txt', path: '.well-known/security.txt' }).filter((f) => f.fix);
  assert.ok(fixes.length >= 2);
  for (const f of fixes) assert.match(f.fix!.title, /signature must then be renewed/, f.ruleId);
  const plain = lint('Contact: security@acme.org\nExpires: 2020-01-01T00:00:00Z\n', {
    kind: 'txt',
    path: '.well-known/security.txt',
  }).filter((f) => f.fix);
  for (const f of plain) assert.doesNotMatch(f.fix!.title, /signature/);
});

test('security.txt parser: offsets, CRLF, case-insensitive names, dash-escaped lines', async () => {
  const { SecurityTxtDocument } = await import('../server/src/kinds/txt/securitytxt');
  const doc = new SecurityTxtDocument(
    `-----BEGIN PGP SIGNED MESSAGE-----\r\nHash: SHA512\r\n\r\n- CONTACT: mailto:a@acme.org\r\nexpires:  2027-01-01T00:00:00Z\r\n${SIGNATURE.replace(/\n/g, '\r\n')}`,
  );
  assert.equal(doc.signed, true);
  assert.deepEqual(doc.envelopeProblems, []);
  const [contact, expires] = doc.fields;
  assert.equal(contact.key, 'contact');
  assert.equal(doc.text.slice(contact.nameStart, contact.nameEnd), 'CONTACT');
  assert.equal(doc.text.slice(contact.valueStart, contact.valueEnd), 'mailto:a@acme.org');
  assert.equal(expires.key, 'expires');
  assert.equal(doc.text.slice(expires.separatorStart, expires.separatorEnd), ':  ');
  assert.equal(expires.value, '2027-01-01T00:00:00Z');
});
