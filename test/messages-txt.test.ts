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
