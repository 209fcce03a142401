/**
 * security.txt's line syntax, language, live and signature rules and the disable-comment rules in German: one real
 * finding of each (from the rule's own examples) said by its catalog sentence, the values in their places, the
 * English unchanged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allRuleMetas } from '../server/src';
import { localizedMessage } from '../server/src/core/messages';
import { formatMessage } from '../server/src/core/message-text';
import { checkUri } from '../server/src/kinds/txt/standards/rfc3986';
import { notUriMessage, VALUE_NOT_URI_MESSAGES } from '../server/src/kinds/txt/uri-messages';
import { readExpires } from '../server/src/kinds/txt/expires';
import { EXPIRES_FORMAT_MESSAGES, expiresMessage } from '../server/src/kinds/txt/expires-messages';
import { SIGNATURE_ENVELOPE_MESSAGES } from '../server/src/kinds/txt/envelope-messages';
import { SecurityTxtDocument } from '../server/src/kinds/txt/securitytxt';
import { SIGNATURE, signed, VALID_FILE } from '../server/src/kinds/txt/rules/helpers';
import { lint } from './helpers';

/** The findings of a rule on its own invalid example number `index`. */
function findingsOf(ruleId: string, index: number) {
  const meta = allRuleMetas.find((m) => m.id === ruleId);
  assert.ok(meta, ruleId);
  const example = meta.invalid[index];
  return lint(example.text, example).filter((f) => f.ruleId === ruleId);
}

const GERMAN: Array<[rule: string, example: number, finding: number, german: string]> = [
  [
    'deployed-contacts',
    0,
    0,
    'Die unter https://acme.org/.well-known/security.txt bereitgestellte Kopie hat andere Kontakte: mailto:old-security@acme.org nur dort, mailto:security@acme.org nur hier; erwartet werden dieselben Kontakte.',
  ],
  [
    'served-legacy-location',
    0,
    0,
    'Die Datei liegt nur am alten Ort https://acme.org/security.txt: https://acme.org/.well-known/security.txt antwortete mit 404 Not Found, erwartet wird die Datei dort (RFC 9116 §3).',
  ],
  [
    'signature-bad',
    0,
    0,
    'Ungültige Signatur: Sie passt mit dem Schlüssel von Acme Security <security@acme.org>, Fingerabdruck E751D1B9769B5B86FB6A8107A068C5C71309BE71 (aus https://acme.org/pgp-key.txt) nicht zum signierten Text; die Datei wurde nach dem Signieren geändert, erwartet wird, dass sie neu signiert wird.',
  ],
  [
    'signature-good',
    0,
    0,
    'Gültige Signatur von Acme Security <security@acme.org>, Fingerabdruck E751D1B9769B5B86FB6A8107A068C5C71309BE71 (Schlüssel aus https://acme.org/pgp-key.txt), erstellt am 2026-11-01T10:00:00Z.',
  ],
  [
    'signature-key-invalid',
    1,
    0,
    'Der Signaturschlüssel, Fingerabdruck E751D1B9769B5B86FB6A8107A068C5C71309BE71 (aus https://acme.org/pgp-key.txt), ist am 2026-11-15T00:00:00Z abgelaufen, erwartet wird eine Signatur mit einem gültigen Schlüssel.',
  ],
  [
    'signature-key-not-found',
    1,
    0,
    'Der Schlüssel, der die Signatur erstellt hat (Schlüssel-ID A068C5C71309BE71), wurde nicht gefunden: https://acme.org/pgp-key.txt antwortete mit 404 Not Found, erwartet wird der Signaturschlüssel dort.',
  ],
  [
    'field-syntax',
    5,
    1,
    'Der Feldname „Département“ enthält „é“, erwartet wird druckbares ASCII ohne Leerzeichen oder Doppelpunkte (RFC 5322 field-name).',
  ],
  [
    'field-syntax',
    6,
    1,
    'Ein Kommentar enthält das Steuerzeichen U+0007, erwartet werden druckbare Zeichen, Leerzeichen und Tabulatoren.',
  ],
  ['preferred-languages', 3, 0, 'In Preferred-Languages trennt „en_US“ seine Subtags mit „_“, erwartet wird „en-US“.'],
  [
    'preferred-languages',
    3,
    1,
    'In Preferred-Languages ist „english“ kein registriertes Sprach-Subtag, erwartet wird ein Sprach-Tag nach RFC 5646 wie „en“ oder „pt-BR“.',
  ],
  [
    'value-not-uri',
    3,
    0,
    '„https://acme.org/hall of fame“ ist keine URI (ein Leerzeichen im Pfad muss prozentkodiert werden), erwartet wird „https://acme.org/hall%20of%20fame“.',
  ],
  [
    'expires-format',
    0,
    0,
    '„Thu, 31 Dec 2026 18:37:07 -0800“ ist ein Datum nach RFC 5322, kein RFC-3339-Zeitstempel, erwartet wird „2027-01-01T02:37:07Z“.',
  ],
  [
    'expires-format',
    2,
    0,
    '„2026-12-31 23:59:59Z“ ist kein RFC-3339-Zeitstempel (ein Leerzeichen trennt Datum und Uhrzeit, wo RFC 3339 „T“ verlangt), erwartet wird „2026-12-31T23:59:59Z“.',
  ],
  [
    'expires-format',
    4,
    0,
    '„2026-12-31 23:59:59 UTC“ ist kein RFC-3339-Zeitstempel (ein Leerzeichen trennt Datum und Uhrzeit, wo RFC 3339 „T“ verlangt, und „UTC“ ist der Name einer Zeitzone, erwartet wird „Z“ oder ein numerischer Offset wie +02:00), erwartet wird „2026-12-31T23:59:59Z“.',
  ],
  [
    'expires-format',
    6,
    0,
    '„2027-02-29T00:00:00Z“ ist kein RFC-3339-Zeitstempel (den Tag 29 gibt es im Februar 2027 nicht, kein Schaltjahr), erwartet wird ein Wert wie 2027-01-31T23:59:59Z.',
  ],
  [
    'signature-envelope',
    3,
    0,
    'Die Signatur verwendet SHA512, das kein „Hash:“-Header nennt, erwartet wird „Hash: SHA512“.',
  ],
  [
    'signature-envelope',
    1,
    1,
    '„-----BEGIN PGP SIGNATURE-----“ muss in der ersten Zeile stehen, erwartet wird, dass die signierte Nachricht die Datei beginnt.',
  ],
  [
    'disable-unknown-rule',
    1,
    0,
    'Unbekannte Regel „expires-son“ in einem Deaktivierungskommentar; meinten Sie „expires-soon“?',
  ],
  ['disable-unknown-rule', 1, 1, 'Unbekannte Regel „foo“ in einem Deaktivierungskommentar: Er schaltet nichts ab.'],
  [
    'disable-unused',
    1,
    0,
    'Unbenutzter Deaktivierungskommentar: Hier gibt es keinen Befund von „no-contact“ zu unterdrücken.',
  ],
];

for (const [rule, example, index, german] of GERMAN) {
  test(`${rule}: example ${example + 1} in German, its values in place`, () => {
    const finding = findingsOf(rule, example)[index];
    assert.ok(finding?.messageId, `${rule} reports by message id`);
    assert.equal(localizedMessage(finding, 'de'), german);
    // The English stays the example's own message.
    const meta = allRuleMetas.find((m) => m.id === rule);
    assert.equal(finding.message, meta?.invalid[example].expect[index].message);
  });
}

test('value-not-uri: each reason of checkUri has a sentence of its own, the English as the reason says it', () => {
  const values = [
    'https://acme.org/a%zz',
    'https://acme.org/?q=a b',
    'https://acme.org/#caf\u00e9',
    'https://us er@acme.org/',
    'https://ac me.org/',
    'https://[v1.a b]/',
    'https://acme.org:8x/',
    'https://[::1/',
    'https://acme.org/a\u0007',
    'https://acme.org/a\tb',
    'https://acme.org/[x]',
    'https://acme.org/?q=%',
    'https://acme.org/#%g0',
  ];
  for (const value of values) {
    const miss = checkUri(value);
    assert.ok(miss, value);
    const said = notUriMessage(value, miss);
    assert.notEqual(said.messageId, 'other', value);
    const expected = miss.corrected ? `"${miss.corrected}"` : 'a URI as RFC 3986 §3 defines it';
    assert.equal(
      formatMessage(VALUE_NOT_URI_MESSAGES[said.messageId], said.values),
      `"${value}" is not a URI (${miss.reason}), expected ${expected}.`,
    );
  }
});

/** Values that reach each reason of parseDateTime after the "T", with and without a correction where it has one. */
const AFTER_T = [
  'x',
  '25:00:00Z',
  '24:00:00Z',
  '23:5x:00Z',
  '23:60:00Z',
  '23:59',
  '23:59Z',
  '23:59:5xZ',
  '23:59:61Z',
  '23:59:59,5Z',
  '23:59:59.Z',
  '23:59:59',
  '23:59:59 Z',
  '23:59:59Z1',
  '23:59:59+02:00x',
  '23:59:59CET',
  '23:59:59UTC',
  '23:59:59#',
  '23:59:59+x',
  '23:59:59+02',
  '23:59:59+0200',
  '23:59:59+02-00',
  '23:59:59+24:00',
  '23:59:59+02:60',
  '12:00:60Z',
];
const DATES = [
  'Thu, 31 Dec 2026 18:37:07 -0800',
  '2026/12/31',
  '2026-1-31',
  '2026-13-01',
  '2026-12-3x',
  '2027-02-29T00:00:00Z',
  '2026-02-30T00:00:00Z',
  '2026-12-31',
  '2026-12-31x',
  '2026-12-31 23:59:59Z',
  '2026-12-31_23:59:59Z',
  ...['01', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2026-${m}-32T00:00:00Z`),
  ...['T', ' ', '_'].flatMap((t) => AFTER_T.map((rest) => `2026-12-31${t}${rest}`)),
];

test('expires-format: each reason of parseDateTime has a sentence of its own, the English as the reason says it', () => {
  const seen = new Set<string>();
  for (const value of DATES) {
    const problem = readExpires(value).problem;
    assert.ok(problem, value);
    const said = expiresMessage(value, problem);
    seen.add(said.messageId);
    const expected = problem.corrected ? `"${problem.corrected}"` : 'a value such as 2027-01-31T23:59:59Z';
    assert.equal(
      formatMessage(EXPIRES_FORMAT_MESSAGES[said.messageId], said.values),
      `"${value}" ${problem.what}, expected ${expected}.`,
    );
  }
  const unseen = Object.keys(EXPIRES_FORMAT_MESSAGES).filter((id) => !seen.has(id));
  assert.deepEqual(unseen, ['other', 'otherFixed']);
  // The day that does not exist, and a month, in German.
  const april = expiresMessage('2026-04-31T00:00:00Z', readExpires('2026-04-31T00:00:00Z').problem ?? { what: '' });
  assert.equal(
    localizedMessage({ ruleId: 'expires-format', message: '', ...april }, 'de'),
    '„2026-04-31T00:00:00Z“ ist kein RFC-3339-Zeitstempel (den Tag 31 gibt es im April nicht), erwartet wird ein Wert wie 2027-01-31T23:59:59Z.',
  );
  // A space and a reason after it, corrected, and not.
  const said = (value: string) => {
    const problem = readExpires(value).problem ?? { what: '' };
    return localizedMessage({ ruleId: 'expires-format', message: '', ...expiresMessage(value, problem) }, 'de');
  };
  assert.equal(
    said('2026-12-31 23:59'),
    '„2026-12-31 23:59“ ist kein RFC-3339-Zeitstempel (ein Leerzeichen trennt Datum und Uhrzeit, wo RFC 3339 „T“ verlangt, und die Uhrzeit hat keine Sekunden, erwartet wird hh:mm:ss), erwartet wird ein Wert wie 2027-01-31T23:59:59Z.',
  );
  assert.equal(
    said('2026-12-31_23:59:59+0200'),
    '„2026-12-31_23:59:59+0200“ ist kein RFC-3339-Zeitstempel (ein Unterstrich trennt Datum und Uhrzeit, wo RFC 3339 „T“ verlangt, und der Offset hat keinen Doppelpunkt, erwartet wird ±hh:mm), erwartet wird „2026-12-31T23:59:59+02:00“.',
  );
});

/** An armored signature block holding `bytes` (no checksum line). */
const armored = (bytes: number[]): string =>
  `-----BEGIN PGP SIGNATURE-----\n\n${Buffer.from(bytes).toString('base64')}\n-----END PGP SIGNATURE-----\n`;
/** A version 4 Signature packet body after its version: type 1, algorithm, hash, empty subpacket areas, prefix. */
const v4 = (algorithm: number, hash: number, rest: number[]): number[] => [
  4,
  1,
  algorithm,
  hash,
  0,
  0,
  0,
  0,
  0xaa,
  0xbb,
  ...rest,
];
const packet = (body: number[]): number[] => [0xc2, body.length, ...body];
const HEADER = '-----BEGIN PGP SIGNED MESSAGE-----\n';
const withData = (bytes: number[]): string => `${HEADER}Hash: SHA512\n\n${VALID_FILE}${armored(bytes)}`;

const ENVELOPES = [
  signed(VALID_FILE) + 'Contact: mailto:extra@acme.org\n',
  `# comment first\n${signed(VALID_FILE)}`,
  signed(VALID_FILE).replace('nXMc+wAL', 'nXMd+wAL'),
  signed(VALID_FILE, 'SHA256'),
  signed(VALID_FILE, 'SHA-512'),
  signed(`${VALID_FILE}-- end --\n`),
  signed(VALID_FILE).replace('nXMc+wAL', 'nXMc wAL'),
  signed(VALID_FILE) + SIGNATURE,
  `${HEADER}Hash: SHA512\nVersion: 1\n\n${VALID_FILE}${SIGNATURE}`,
  `${HEADER}hash: SHA512\n\n${VALID_FILE}${SIGNATURE}`,
  `${HEADER}\n${VALID_FILE}${SIGNATURE}`,
  signed(VALID_FILE).replace('SIGNATURE-----\n\n', 'SIGNATURE-----\n'),
  signed(VALID_FILE).replace('SIGNATURE-----\n\n', 'SIGNATURE-----\nbad header!\n\n'),
  signed(VALID_FILE).replace('nXMc+wAL', 'nXMc+wA'),
  signed(VALID_FILE).replace('=X3Fn', '=X3F'),
  signed(VALID_FILE).replace('-----END PGP SIGNATURE-----', '-----END PGP SIG-----'),
  signed(VALID_FILE).replace('-----END PGP SIGNATURE-----\n', ''),
  `${HEADER}Hash: SHA512\n\n${VALID_FILE}-----BEGIN PGP SIGNATURE-----\n\n-----END PGP SIGNATURE-----\n`,
  `\n${signed(VALID_FILE)}`,
  `${HEADER}Hash: SHA512\n${VALID_FILE}${SIGNATURE}`,
  `${HEADER}Hash: SHA512\n\n${VALID_FILE}`,
  withData([0x04, 0, 0]),
  withData([0xc2, 0xe0, 0]),
  withData([0xc2]),
  withData([0xc2, 0x05, 0x04]),
  withData([0xc1, 0, 0]),
  withData(packet([5, 0, 0])),
  withData([0xc2, 0x00, 0xc2]),
  withData(packet([3, 4, 0])),
  withData(packet([3, 5, 1])),
  withData(packet([4, 1, 1, 8, 0xff, 0xff])),
  withData(packet([4, 1, 1, 8, 0, 0, 0, 0x10])),
  withData(packet([4, 1, 1, 8, 0, 2, 5, 2])),
  withData(packet([4, 1, 1, 8, 0, 0, 0, 2, 5, 2])),
  withData(packet([4, 1, 1, 8, 0, 0, 0, 0])),
  withData(packet([6, 1, 1, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0xaa, 0xbb, 5])),
  withData(packet(v4(100, 8, []))),
  withData(packet(v4(27, 8, [1, 2, 3]))),
  withData(packet(v4(1, 8, [0, 16, 1]))),
  withData(packet(v4(1, 8, [0, 8, 1, 0x99]))),
  withData(packet(v4(1, 7, [0, 8, 1]))),
  withData([]),
  withData(packet([4, 0, 1, 8, 0, 0, 0, 0, 0xaa, 0xbb, 0, 8, 1])),
];

test('signature-envelope: each problem of the envelope and each packet reason has a sentence, the English unchanged', () => {
  const seen = new Set<string>();
  for (const text of ENVELOPES)
    for (const problem of new SecurityTxtDocument(text).envelopeProblems) {
      seen.add(problem.id);
      assert.ok(Object.hasOwn(SIGNATURE_ENVELOPE_MESSAGES, problem.id), problem.id);
      assert.equal(formatMessage(SIGNATURE_ENVELOPE_MESSAGES[problem.id], problem.values), problem.message);
    }
  assert.deepEqual(
    Object.keys(SIGNATURE_ENVELOPE_MESSAGES).filter((id) => !seen.has(id)),
    [],
  );
  const tag = new SecurityTxtDocument(withData([0xc4, 0])).envelopeProblems[0];
  assert.equal(
    localizedMessage(
      { ruleId: 'signature-envelope', message: tag.message, messageId: tag.id, values: tag.values },
      'de',
    ),
    'Die Signatur lässt sich nicht lesen: Paket 1 hat das Tag 4, erwartet wird ein Signaturpaket (Tag 2).',
  );
});
