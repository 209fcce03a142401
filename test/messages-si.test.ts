/**
 * The security-insights.yml rules in German: real findings (from the rules' own examples) said by their catalog
 * sentences, the values in their places, the English unchanged; insights-schema and insights-syntax once per kind of
 * sentence their examples show. The parser's own words, which no catalog has, stay English inside the sentence.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allRuleMetas, type Finding } from '../server/src';
import { localizedMessage } from '../server/src/core/messages';
import { lint } from './helpers';

/** The findings of a rule on its own invalid example number `index`. */
function findingsOf(ruleId: string, index: number): Finding[] {
  const meta = allRuleMetas.find((m) => m.id === ruleId);
  assert.ok(meta, ruleId);
  const example = meta.invalid[index];
  return lint(example.text, example).filter((f) => f.ruleId === ruleId);
}

const GERMAN: Array<[rule: string, example: number, finding: number, german: string]> = [
  [
    'insights-bug-bounty',
    0,
    0,
    'bug-bounty-available ist true, aber kein bug-bounty-program sagt, wo das Programm zu finden ist, erwartet wird dessen URL.',
  ],
  [
    'insights-future-date',
    1,
    0,
    'repository.security.assessments.self.date ist 2026-12-01, nach dem heutigen Tag (2026-06-01), erwartet wird ein Datum, das schon vergangen ist.',
  ],
  [
    'insights-no-contact',
    1,
    0,
    'reports-accepted ist true, aber weder contact noch security-policy sagt, wohin Meldungen gehen, erwartet wird eines von beiden.',
  ],
  [
    'insights-renamed-key',
    0,
    0,
    '„security-policy“ wurde in Security Insights 2.2.0 in „policy“ umbenannt, erwartet wird „policy“ in einer Datei der Version 2.2.0.',
  ],
  [
    'insights-renamed-key',
    1,
    0,
    '„policy“ ist der Name aus Security Insights 2.2.0, erwartet wird „security-policy“ in einer Datei der Version 2.1.0.',
  ],
  [
    'insights-repository-url',
    0,
    0,
    'repository.url ist „https://github.com/acme/app“, das Git-Remote aber „https://github.com/acme/website“, erwartet wird dasselbe Repository.',
  ],
  [
    'insights-stale',
    0,
    0,
    'header.last-reviewed ist 2025-04-02, mehr als ein Jahr her, erwartet wird eine Überprüfung innerhalb der letzten 12 Monate.',
  ],
  [
    'insights-v1',
    0,
    0,
    'Dies ist eine Security-Insights-v1-Datei, die Leser der Version 2 ignorieren, erwartet wird der Aufbau von 2.x (header.url, project, repository).',
  ],
  [
    'insights-missing',
    0,
    0,
    'Keine security-insights.yml im Repository, erwartet wird eine im Stammverzeichnis oder in .github/ als Nachweis für OSPS Baseline.',
  ],
  // insights-syntax: its own problems with their numbers, and the parser's messages it has sentences for.
  ['insights-syntax', 0, 0, 'YAML: Die Schlüssel einer Zuordnung müssen eindeutig sein.'],
  ['insights-syntax', 1, 0, 'YAML: Tabulatoren sind als Einrückung nicht erlaubt.'],
  [
    'insights-syntax',
    2,
    0,
    'YAML: Ein Schlüssel, der eine Zuordnung oder Liste ist, erwartet wird ein einfacher Schlüssel (als Text gelesen).',
  ],
  ['insights-syntax', 3, 0, 'YAML: Verschachtelte Zuordnungen sind in kompakten Zuordnungen nicht erlaubt.'],
  [
    'insights-syntax',
    4,
    0,
    'YAML: Aliasse ergeben mehr als 50 Kopien (das Muster eines „Billion Laughs“-Angriffs), daher kann die Datei nicht als Daten gelesen werden.',
  ],
  [
    'insights-syntax',
    5,
    0,
    'YAML: Werte sind hier mehr als 64 Ebenen tief verschachtelt, daher wird die Datei nicht geprüft (echte Dateien haben weniger als zehn Ebenen).',
  ],
  // insights-schema: each kind of sentence, composed (a kind and what was found) or whole.
  [
    'insights-schema',
    0,
    0,
    '„repository.status“ muss einer der Werte active, abandoned, concept, inactive, moved, suspended, unsupported, WIP sein; gefunden wurde „maintained“.',
  ],
  [
    'insights-schema',
    1,
    0,
    '„project.vulnerability-reporting.contact.email“ muss eine E-Mail-Adresse sein, gefunden wurde „security(at)acme.org“.',
  ],
  [
    'insights-schema',
    2,
    0,
    '„header.last-reviewed“ ist kein tatsächliches Kalenderdatum, gefunden wurde „2026-02-30“.',
  ],
  [
    'insights-schema',
    2,
    1,
    'Unbekanntes Feld „owner“ in header, erwartet wird eines von: last-reviewed, last-updated, schema-version, url, comment, project-si-source.',
  ],
  ['insights-schema', 3, 0, '„repository.accepts-change-request“ muss true oder false sein, gefunden wurde „yes“.'],
  [
    'insights-schema',
    3,
    1,
    'Unbekanntes Feld „accepts-automated-change-reqest“ in repository, meinten Sie „accepts-automated-change-request“?',
  ],
  ['insights-schema', 4, 0, 'Pflichtfeld „project.administrators[0].primary“ fehlt, erwartet wird true oder false.'],
  ['insights-schema', 5, 0, 'Pflichtfeld „header“ fehlt, erwartet wird eine Zuordnung von Feldern.'],
  ['insights-schema', 6, 0, 'Die Datei muss eine Zuordnung von Feldern wie „header“ sein, gefunden wurde eine Liste.'],
  [
    'insights-schema',
    7,
    0,
    'Pflichtfeld „project“ fehlt, erwartet wird eine Zuordnung von Feldern (ab 2.1.0, außer „header.project-si-source“ nennt die Datei, die das Projekt beschreibt).',
  ],
  [
    'insights-schema',
    8,
    0,
    '„project.documentation.design“ gibt es erst ab Security Insights 2.2.0, diese Datei deklariert aber 2.1.0: Deklarieren Sie 2.2.0 oder lassen Sie das Feld weg.',
  ],
  ['insights-schema', 10, 1, '„security-testing[0].tool-version“ muss Text sein, gefunden wurde 2.'],
  [
    'insights-schema',
    12,
    0,
    'Feld „vulnerability-reporting.email-contact“ fehlt, erwartet wird eine E-Mail-Adresse; es ist Pflicht, wenn „vulnerability-reporting.accepts-vulnerability-reports“ true ist.',
  ],
  [
    'insights-schema',
    13,
    0,
    "„header.expiration-date“ muss ein Zeitpunkt mit Zeitzone wie '2027-01-01T00:00:00.000Z' sein, gefunden wurde „2027-01-01“.",
  ],
  [
    'insights-schema',
    14,
    0,
    '„header.expiration-date“ darf höchstens ein Jahr nach „header.last-reviewed“ (2026-05-01) liegen, gefunden wurde „2027-06-01T00:00:00.000Z“.',
  ],
  [
    'insights-schema',
    15,
    0,
    'schema-version ist „2.0.0“, was nicht zu den Feldern dieser Datei passt, die Security Insights v1 sind; erwartet wird 1.0.0.',
  ],
];

for (const [rule, example, index, german] of GERMAN) {
  test(`${rule}: example ${example + 1} in German, its values in place`, () => {
    const finding = findingsOf(rule, example)[index];
    assert.ok(finding, `${rule}: no finding ${index + 1} on example ${example + 1}`);
    assert.equal(localizedMessage(finding, 'de'), german);
    // The English stays the example's own message.
    const meta = allRuleMetas.find((m) => m.id === rule);
    assert.equal(finding.message, meta?.invalid[example].expect[index].message);
  });
}

test('every insights-schema and insights-syntax finding of the examples has its own German sentence', () => {
  for (const rule of ['insights-schema', 'insights-syntax']) {
    const meta = allRuleMetas.find((m) => m.id === rule)!;
    meta.invalid.forEach((_, i) => {
      for (const f of findingsOf(rule, i)) {
        assert.ok(f.messageId && f.messageId !== 'parser' && f.messageId !== 'other', `${rule}: ${f.message}`);
        assert.notEqual(localizedMessage(f, 'de'), f.message, f.message);
      }
    });
  }
});

test("a parser message without a sentence of its own: the parser's words, quoted, in the German sentence", () => {
  const text = "header:\n  schema-version: 2.2.0\n  comment: 'Reports' welcome\n";
  const finding = lint(text, { kind: 'si', path: 'security-insights.yml' }).find((f) => f.ruleId === 'insights-syntax');
  assert.ok(finding, 'a syntax finding');
  assert.equal(finding.messageId, 'parser');
  assert.equal(finding.message, 'YAML: Unexpected scalar at node end.');
  assert.equal(localizedMessage(finding, 'de'), 'YAML: „Unexpected scalar at node end“ (Meldung des YAML-Parsers).');
});

test('the composed sentences in the languages that join words differently: spacing, particles', () => {
  const missing = {
    ruleId: 'insights-schema',
    message: 'x',
    messageId: 'requiredBoolean',
    values: { field: 'project.administrators[0].primary' },
  };
  assert.equal(
    localizedMessage(missing, 'ja'),
    '必須フィールド「project.administrators[0].primary」がありません。true または false が必要です。',
  );
  assert.equal(
    localizedMessage(missing, 'zh'),
    '缺少必填字段“project.administrators[0].primary”，应为 true 或 false。',
  );
  assert.equal(
    localizedMessage(missing, 'ko'),
    '필수 필드 "project.administrators[0].primary"이(가) 없습니다. true 또는 false이(가) 필요합니다.',
  );
  const list = { ...missing, messageId: 'requiredList', values: { field: 'distribution-points' } };
  assert.equal(localizedMessage(list, 'ko'), '필수 필드 "distribution-points"이(가) 없습니다. 리스트가 필요합니다.');
  assert.equal(localizedMessage(list, 'ja'), '必須フィールド「distribution-points」がありません。リストが必要です。');
});
