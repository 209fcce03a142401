/**
 * Every production of the RFC 9116 §4 grammar (with what it imports from RFC 3339, RFC 3986, RFC 5322, RFC 5646
 * and RFC 4880 §7), walked with files that match it and files that break it: a match gets no error from the syntax
 * rules, a break gets one on the line that breaks it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SIGNATURE, signed, VALID_FILE } from '../server/src/kinds/txt/rules/helpers';
import { syntaxErrors } from './securitytxt-syntax';

/** VALID_FILE with `line` added as line 5. */
const plus = (line: string): string => `${VALID_FILE}${line}\n`;
/** VALID_FILE with line 2 (Expires) replaced. */
const expires = (value: string): string => VALID_FILE.replace('Expires: 2027-06-30T00:00:00Z', `Expires: ${value}`);

interface Production {
  name: string;
  valid: string[];
  /** Each text with the line (1-based) the error must be on. */
  invalid: Array<[string, number]>;
}

const uriField = (name: string): Production => ({
  name: `${name.toLowerCase()}-field = "${name}" fs SP uri`,
  // More whitespace after "name: " is FWS, which the grammar's ext-field allows any name.
  valid: [
    plus(`${name}: https://acme.org/x`),
    plus(`${name.toUpperCase()}: https://acme.org/x?y=1#z`),
    plus(`${name}:   https://acme.org/x`),
  ],
  invalid: [
    [plus(`${name}: acme org`), 5],
    [plus(`${name}: https://acme.org/a b`), 5],
    [plus(`${name}:\thttps://acme.org/x`), 5],
  ],
});

const PRODUCTIONS: Production[] = [
  {
    name: 'body = signed / unsigned',
    valid: [VALID_FILE, signed(VALID_FILE)],
    invalid: [[`Contact: mailto:a@acme.org\nnot a line of the grammar\nExpires: 2027-06-30T00:00:00Z\n`, 2]],
  },
  {
    name: 'unsigned: one or more Contact, exactly one Expires, at most one Preferred-Languages',
    valid: [VALID_FILE, plus('Contact: https://acme.org/report')],
    invalid: [
      ['Expires: 2027-06-30T00:00:00Z\n', 1],
      ['Contact: mailto:a@acme.org\n', 1],
      [plus('Expires: 2027-05-30T00:00:00Z'), 5],
      [`${plus('Preferred-Languages: en')}Preferred-Languages: de\n`, 6],
    ],
  },
  {
    name: 'line = [ (field / comment) ] eol; eol = *WSP [CR] LF',
    valid: [plus(''), plus(' \t '), VALID_FILE.replace(/\n/g, '\r\n'), VALID_FILE.replace(/\n/g, ' \t\n')],
    invalid: [
      [VALID_FILE.slice(0, -1), 4],
      [plus('just words'), 5],
      [plus('# a line\rwith a lone CR'), 5],
      [`\uFEFF${VALID_FILE}`, 1],
    ],
  },
  {
    name: 'UTF8-char (RFC 3629): the file is UTF-8',
    valid: [plus('# ünïcödé, 中文, 😀')],
    // Bytes that are not UTF-8 reach the editor as U+FFFD; the CLI reads the bytes themselves (test/cli-hostile.test.ts).
    invalid: [[plus('# caf\uFFFD'), 5]],
  },
  {
    name: 'field-name = 1*ftext (RFC 5322 §3.6.8); fs = ":" followed by SP (and FWS)',
    valid: [plus('X-Custom_Field.1: value'), plus("x!#$%&'*+^`|~: value")],
    invalid: [
      [plus('Départ: value'), 5],
      [plus('My Field: value'), 5],
      [plus(': value'), 5],
      [plus('Contact:mailto:a@acme.org'), 5],
      [plus('Contact :mailto:a@acme.org'), 5],
      [plus('Contact:\tmailto:a@acme.org'), 5],
    ],
  },
  {
    name: 'comment = "#" *(WSP / VCHAR / %x80-FFFFF)',
    valid: [plus('#'), plus('# text'), plus('#\ttab'), plus('# ünïcödé 😀')],
    invalid: [
      [plus('# bell \u0007'), 5],
      [plus('# private use \u{10FFFD}'), 5],
      [`  # indented\n${VALID_FILE}`, 1],
    ],
  },
  uriField('Acknowledgments'),
  uriField('Canonical'),
  uriField('Contact'),
  uriField('Encryption'),
  uriField('Hiring'),
  uriField('Policy'),
  {
    name: 'expires-field = "Expires" fs SP date-time (RFC 3339 §5.6)',
    valid: [
      expires('2027-06-30T00:00:00Z'),
      expires('2027-06-30t00:00:00z'),
      expires('2027-06-30T00:00:00.123456+05:30'),
      expires('2026-12-31T23:59:60Z'),
      expires('2027-01-01T00:00:00-00:00'),
    ],
    invalid: [
      [expires('2027-06-30 00:00:00Z'), 2],
      [expires('2027-06-30T00:00:00'), 2],
      [expires('2027-06-30T00:00Z'), 2],
      [expires('2027-06-30T00:00:00 UTC'), 2],
      [expires('2027-06-30T00:00:00+0200'), 2],
      [expires('2027-02-29T00:00:00Z'), 2],
      [expires('2027-06-30T24:00:00Z'), 2],
      [expires('2027-06-30T12:59:60Z'), 2],
      [expires('2027-06-30'), 2],
      [VALID_FILE.replace('Expires: ', 'Expires:'), 2],
    ],
  },
  {
    name: 'lang-field = "Preferred-Languages" fs SP lang-values; lang-values = lang-tag *(*WSP "," *WSP lang-tag)',
    valid: [
      plus('Preferred-Languages: en'),
      plus('Preferred-Languages: en, de'),
      plus('Preferred-Languages: en ,de'),
      plus('Preferred-Languages: en,\tde , fr'),
    ],
    invalid: [
      [plus('Preferred-Languages: en;de'), 5],
      [plus('Preferred-Languages: en de'), 5],
      [plus('Preferred-Languages: en,'), 5],
      [plus('Preferred-Languages: ,en'), 5],
      [plus('Preferred-Languages:en'), 5],
    ],
  },
  {
    name: 'lang-tag = Language-Tag (RFC 5646 §2.1, valid by §2.2.9)',
    valid: [
      'en-GB-oed',
      'zh-Hant-TW',
      'sl-rozaj-biske',
      'de-CH-1901',
      'x-private',
      'en-US-u-ca-gregory',
      'qaa',
      'i-klingon',
    ].map((t) => plus(`Preferred-Languages: ${t}`)),
    invalid: ['cz', 'CZ-Czechia', 'en_US', 'english', 'en-Latx', 'de-1901-1901', 'en-a-bbb-a-ccc', 'en--US'].map(
      (t): [string, number] => [plus(`Preferred-Languages: ${t}`), 5],
    ),
  },
  {
    name: 'uri = URI (RFC 3986 §3)',
    valid: [
      'mailto:security%2Buri%2Bencoded@example.com',
      'tel:+1-201-555-0123',
      'dns:5d2d37ab76d47d36._openpgpkey.example.com?type=OPENPGPKEY',
      'openpgp4fpr:5f2de5521c63a801ab59ccb603d49de44b29100f',
      'https://[2001:db8:8:4::2]/.well-known/security.txt',
      'https://user:pw@192.0.2.0:8443/a/./b/../c',
      'urn:isbn:0451450523',
    ].map((u) => plus(`Contact: ${u}`)),
    invalid: [
      '1https://acme.org',
      'https://acme.org/%zz',
      'https://acme.org:80a/',
      'https://[2001:db8::1::2]/',
      'https://acme.org/a#b#c',
      'mailto:sécurité@acme.org',
      'https://acme.org/a|b',
    ].map((u): [string, number] => [plus(`Contact: ${u}`), 5]),
  },
  {
    name: 'ext-field = field-name fs SP unstructured (RFC 5322 §3.2.5, folding by FWS)',
    valid: [
      plus('X-Note: a b c'),
      plus('X-Note:   extra whitespace is FWS'),
      plus('X-Note: folded\n  over two lines'),
      plus('X-Note: \n  value on the next line'),
    ],
    invalid: [
      [plus('X-Note: café'), 5],
      [plus('X-Note:'), 5],
      [plus('X-Note: a \u0001 b'), 5],
      [plus('X-Note:\tafter a tab'), 5],
      [plus('Hiring: https://acme.org/\n  jobs'), 6],
    ],
  },
  {
    name: 'signed = cleartext-header 1*(hash-header) CRLF cleartext signature (RFC 4880 §7)',
    valid: [signed(VALID_FILE), signed(VALID_FILE, 'SHA256,SHA512'), signed(VALID_FILE).replace(/\n/g, '\r\n')],
    invalid: [
      [`# first\n${signed(VALID_FILE)}`, 2],
      [signed(VALID_FILE).replace('Hash: SHA512\n', ''), 1],
      [signed(VALID_FILE).replace('Hash: SHA512\n\n', 'Hash: SHA512\n'), 3],
    ],
  },
  {
    name: 'hash-header = %s"Hash: " hash-alg *("," hash-alg); hash-alg = token',
    valid: [signed(VALID_FILE, 'SHA512'), signed(VALID_FILE, 'SHA384,SHA512')],
    invalid: [
      [signed(VALID_FILE, 'SHA-512'), 2],
      [signed(VALID_FILE).replace('Hash: ', 'hash: '), 2],
      [signed(VALID_FILE).replace('Hash: SHA512\n', 'Hash: SHA512\nVersion: 1\n'), 3],
    ],
  },
  {
    name: 'cleartext = *((line-dash / line-from / line-nodash) [CR] LF)',
    // A dash-escaped line-dash unescapes to a line starting with "-", which no security.txt line does.
    valid: [signed(`${VALID_FILE}# From here\n`), signed(`${VALID_FILE}- # From here\n`), signed(`- ${VALID_FILE}`)],
    invalid: [[signed(`${VALID_FILE}-dashed\n`), 8]],
  },
  {
    name: 'signature = armor-header armor-keys CRLF signature-data armor-tail',
    valid: [
      signed(VALID_FILE).replace(
        `${SIGNATURE.split('\n')[0]}\n`,
        `${SIGNATURE.split('\n')[0]}\nVersion: GnuPG v2\nComment: a comment\n`,
      ),
    ],
    invalid: [
      [
        signed(VALID_FILE).replace('-----BEGIN PGP SIGNATURE-----\n', '-----BEGIN PGP SIGNATURE-----\nVersion:GnuPG\n'),
        9,
      ],
      [signed(VALID_FILE).replace('nXMc+wAL', 'nXMc*wAL'), 12],
      [signed(VALID_FILE).replace('nXMc+wAL', 'nXMd+wAL'), 13],
      [signed(VALID_FILE).replace('=X3Fn', '=X3F'), 13],
      [signed(VALID_FILE).replace('-----END PGP SIGNATURE-----\n', ''), 13],
      [`${signed(VALID_FILE)}trailing text\n`, 15],
      [`${signed(VALID_FILE)}${SIGNATURE}`, 15],
    ],
  },
];

for (const production of PRODUCTIONS) {
  test(`grammar: ${production.name}`, () => {
    for (const text of production.valid) assert.deepEqual(syntaxErrors(text), [], JSON.stringify(text));
    for (const [text, line] of production.invalid) {
      const errors = syntaxErrors(text);
      assert.ok(
        errors.some((e) => e.line === line),
        `${JSON.stringify(text)}: expected an error on line ${line}, got ${JSON.stringify(errors)}`,
      );
    }
  });
}
