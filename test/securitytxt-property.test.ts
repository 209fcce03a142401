/**
 * Property tests from the grammar of RFC 9116 §4: files generated production by production (valid by
 * construction) get no error from the syntax rules; each mutation that breaks the grammar of one line gets an
 * error on that line. The language tags are cross-checked against the language-tags library.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import languageTags from 'language-tags';
import { SIGNATURE } from '../server/src/kinds/txt/rules/helpers';
import { checkLanguageTag } from '../server/src/kinds/txt/standards/bcp47';
import { daysInMonth } from '../server/src/kinds/txt/standards/rfc3339';
import registryLanguages from 'language-subtag-registry/data/json/language.json';
import registryScripts from 'language-subtag-registry/data/json/script.json';
import registryRegions from 'language-subtag-registry/data/json/region.json';
import { syntaxErrors } from './securitytxt-syntax';

const chars = (s: string) => fc.constantFrom(...s.split(''));
const join = (a: fc.Arbitrary<string[]>) => a.map((x) => x.join(''));
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

// RFC 3986
const HEX = '0123456789ABCDEFabcdef';
const unreserved = chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~');
const pctEncoded = fc.tuple(chars(HEX), chars(HEX)).map(([a, b]) => `%${a}${b}`);
const pchar = fc.oneof({ weight: 6, arbitrary: unreserved }, pctEncoded, chars("!$&'()*+;=:@"));
const segment = join(fc.array(pchar, { maxLength: 8 }));
const label = join(fc.array(chars('abcdefghijklmnopqrstuvwxyz0123456789'), { minLength: 1, maxLength: 10 }));
const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join('.'));
const ipv6 = fc.array(fc.nat(0xffff), { minLength: 8, maxLength: 8 }).chain((groups) =>
  fc.nat(7).map(
    (cut) =>
      `[${groups
        .slice(0, cut)
        .map((g) => g.toString(16))
        .join(':')}::${groups
        .slice(cut + 1)
        .map((g) => g.toString(16))
        .join(':')}]`,
  ),
);
const host = fc.oneof(
  { weight: 4, arbitrary: fc.array(label, { minLength: 2, maxLength: 4 }).map((l) => l.join('.')) },
  ipv4,
  ipv6,
);
const httpsUri = fc
  .record({
    host,
    port: fc.option(fc.nat(65535)),
    path: fc.array(segment, { maxLength: 4 }),
    query: fc.option(join(fc.array(fc.oneof(pchar, chars('/?')), { maxLength: 10 }))),
    fragment: fc.option(join(fc.array(fc.oneof(pchar, chars('/?')), { maxLength: 10 }))),
  })
  .map(
    (u) =>
      `https://${u.host}${u.port === null ? '' : `:${u.port}`}${u.path.map((s) => `/${s}`).join('')}${u.query === null ? '' : `?${u.query}`}${u.fragment === null ? '' : `#${u.fragment}`}`,
  );
const mailto = fc
  .tuple(join(fc.array(fc.oneof(unreserved, pctEncoded), { minLength: 1, maxLength: 10 })), label, label)
  .map(([l, a, b]) => `mailto:${l}@${a}.${b}`);
const tel = fc.array(fc.nat(999), { minLength: 2, maxLength: 4 }).map((n) => `tel:+${n.join('-')}`);
const uri = fc.oneof({ weight: 3, arbitrary: httpsUri }, mailto, tel);

// RFC 3339
const dateTime = fc
  .record({
    year: fc.nat(9999),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.nat(30),
    hour: fc.nat(23),
    minute: fc.nat(59),
    second: fc.nat(59),
  })
  .chain((d) =>
    fc.record({
      t: chars('Tt'),
      fraction: fc.option(join(fc.array(chars('0123456789'), { minLength: 1, maxLength: 9 }))),
      offset: fc.oneof(
        chars('Zz'),
        fc.tuple(chars('+-'), fc.nat(23), fc.nat(59)).map(([s, h, m]) => `${s}${pad(h)}:${pad(m)}`),
      ),
      d: fc.constant({ ...d, day: (d.day % daysInMonth(d.year, d.month)) + 1 }),
    }),
  )
  .map(
    ({ t, fraction, offset, d }) =>
      `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}${t}${pad(d.hour)}:${pad(d.minute)}:${pad(d.second)}${fraction === null ? '' : `.${fraction}`}${offset}`,
  );

// RFC 5646, from the registry's own JSON (every subtag registered; any script and region may follow any language)
const pick = (index: Record<string, number>) => fc.constantFrom(...Object.keys(index).filter((k) => !k.includes('..')));
const langTag = fc
  .record({
    language: pick(registryLanguages).filter((l) => l.length <= 3),
    script: fc.option(pick(registryScripts)),
    region: fc.option(pick(registryRegions)),
  })
  .map((t) => [t.language, t.script, t.region].filter((s) => s !== null).join('-'));
const langValues = fc.tuple(
  fc.array(langTag, { minLength: 1, maxLength: 4 }),
  chars(' \t').map((w) => [',', ', ', ` ${w}, `, ','][w === ' ' ? 1 : 2]),
);

// RFC 5322 field-name and unstructured, RFC 9116 comment
const ftext = chars("!#$%&'*+-.0123456789;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");
const extName = join(fc.array(ftext, { minLength: 1, maxLength: 12 }))
  .map((n) => `X-${n}`)
  .filter((n) => !/^x-(?:|.*,)$/i.test(n));
const vchar = chars('!"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~');
const words = join(
  fc.array(fc.oneof({ weight: 5, arbitrary: vchar }, chars(' \t')), { minLength: 1, maxLength: 30 }),
).filter((w) => w.trim() !== '');
const unstructured = fc
  .tuple(words, fc.array(words, { maxLength: 2 }))
  .map(([first, more]) => [first.trim(), ...more.map((m) => ` ${m.trim()}`)].join('\n'));
const commentText = join(fc.array(fc.oneof({ weight: 5, arbitrary: vchar }, chars(' \téü€😀中')), { maxLength: 30 }));

const fieldLine = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('Acknowledgments', 'Canonical', 'Contact', 'Encryption', 'Hiring', 'Policy', 'contact', 'POLICY'),
      uri,
    )
    .map(([n, v]) => `${n}: ${v}`),
  fc.tuple(extName, unstructured).map(([n, v]) => `${n}: ${v}`),
  commentText.map((c) => `#${c}`),
  chars(' \t').map((w) => ['', w, `${w}${w}`][w.length]),
);

/** A whole valid file: one or more Contact, exactly one Expires, at most one Preferred-Languages, in any order. */
const validFile = fc
  .record({
    contacts: fc.array(uri, { minLength: 1, maxLength: 3 }),
    expires: dateTime,
    languages: fc.option(langValues),
    others: fc.array(fieldLine, { maxLength: 8 }),
    order: fc.nat(1000),
    eol: chars('\n\r').map((c) => (c === '\n' ? '\n' : '\r\n')),
    trailing: chars(' \t').map((w) => ['', w][w === ' ' ? 0 : 1]),
    signed: fc.boolean(),
  })
  .map((f) => {
    const lines = [...f.contacts.map((c) => `Contact: ${c}`), `Expires: ${f.expires}`, ...f.others];
    if (f.languages) lines.push(`Preferred-Languages: ${f.languages[0].join(f.languages[1])}`);
    const rotated = [...lines.slice(f.order % lines.length), ...lines.slice(0, f.order % lines.length)];
    // Blank lines between the entries keep a folded value's continuation lines with their own field.
    const text = `${rotated.join('\n\n')}\n`.replace(/(\S)\n/g, `$1${f.trailing}\n`);
    const file = f.signed ? `-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\n${text}${SIGNATURE}` : text;
    return file.replace(/\n/g, f.eol);
  });

test('property: every file generated from the grammar gets no error from the syntax rules', () => {
  fc.assert(
    fc.property(validFile, (text) => {
      assert.deepEqual(syntaxErrors(text), [], JSON.stringify(text));
    }),
    { numRuns: 400 },
  );
});

/** Mutations that break the grammar of one line, for the lines they apply to. */
const MUTATIONS: Array<{ name: string; applies: (line: string) => boolean; mutate: (line: string) => string }> = [
  { name: 'space before the colon', applies: (l) => /^[^#\s][^:]*: /.test(l), mutate: (l) => l.replace(': ', ' : ') },
  { name: 'no space after the colon', applies: (l) => /^[^#\s][^:]*: \S/.test(l), mutate: (l) => l.replace(': ', ':') },
  {
    name: 'a tab for the space after the colon',
    applies: (l) => /^[^#\s][^:]*: \S/.test(l),
    mutate: (l) => l.replace(': ', ':\t'),
  },
  {
    name: 'a control character in the value',
    applies: (l) => /^[^#\s][^:]*: \S/.test(l),
    mutate: (l) => `${l.trimEnd()}\u0001x`,
  },
  { name: 'a non-ASCII letter in the name', applies: (l) => /^[^#\s][^:]*: /.test(l), mutate: (l) => `é${l}` },
  { name: 'a control character in a comment', applies: (l) => l.startsWith('#'), mutate: (l) => `${l}\u0007` },
  {
    name: 'a space for the T of Expires',
    applies: (l) => /^Expires: /.test(l),
    mutate: (l) => l.replace(/(\d\d-\d\d)[Tt]/, '$1 '),
  },
  {
    name: 'Expires without its offset',
    applies: (l) => /^Expires: /.test(l),
    mutate: (l) => l.replace(/(?:[Zz]|[+-]\d\d:\d\d)(\s*)$/, '$1'),
  },
  {
    name: 'a semicolon between languages',
    applies: (l) => /^Preferred-Languages: /.test(l),
    mutate: (l) => `${l.trimEnd()}; en`,
  },
  {
    name: 'a space inside a URI',
    applies: (l) => /^(?:Contact|contact|Policy|POLICY|Hiring|Canonical|Encryption|Acknowledgments): https:/.test(l),
    mutate: (l) => `${l.trimEnd()}/a b`,
  },
];

test('property: every mutation that breaks the grammar of a line gets an error on that line', () => {
  fc.assert(
    fc.property(validFile, fc.nat(1000), fc.nat(MUTATIONS.length - 1), (text, at, which) => {
      const lines = text.split('\n');
      const signed = text.startsWith('-----BEGIN PGP SIGNED MESSAGE-----');
      const first = signed ? 3 : 0;
      const last = signed ? lines.findIndex((l) => l.startsWith('-----BEGIN PGP SIGNATURE-----')) : lines.length;
      const eligible = lines
        .map((l, i) => i)
        .filter(
          (i) =>
            i >= first &&
            i < last &&
            MUTATIONS[which].applies(lines[i].replace(/\r$/, '')) &&
            !/^\s/.test(lines[i + 1] ?? ''),
        );
      fc.pre(eligible.length > 0);
      const index = eligible[at % eligible.length];
      const cr = lines[index].endsWith('\r') ? '\r' : '';
      lines[index] = MUTATIONS[which].mutate(lines[index].replace(/\r$/, '')) + cr;
      const mutated = lines.join('\n');
      const errors = syntaxErrors(mutated);
      assert.ok(
        errors.some((e) => e.line === index + 1),
        `${MUTATIONS[which].name} on line ${index + 1} of ${JSON.stringify(mutated)}: ${JSON.stringify(errors)}`,
      );
    }),
    { numRuns: 600 },
  );
});

test('property: a tag from the registry is valid to the language-tags library and to the checker alike', () => {
  fc.assert(
    fc.property(langTag, (tag) => {
      const ours = checkLanguageTag(tag) === undefined;
      assert.equal(ours, true, tag);
      // The library's registry may be older than ours; a tag it knows to be valid, ours must too.
      if (
        languageTags(tag)
          .errors()
          .every((e) => ADVICE.has(e.code))
      )
        assert.equal(ours, true, tag);
    }),
    { numRuns: 500 },
  );
});

/**
 * Not well-formed by RFC 5646 §2.1, yet let pass by language-tags 2.1: an empty subtag ("aa-", "a--b"), one that
 * is not letters and digits ("a-_a"), or a
 * singleton ("a", "x") with no subtag of 2 to 8 characters after it.
 */
const libraryLetsPass = (tag: string): boolean => {
  const subtags = tag.split('-');
  return subtags.some(
    (s, i) =>
      s === '' ||
      !/^[A-Za-z0-9]+$/.test(s) ||
      (s.length === 1 && (subtags[i + 1] === undefined || subtags[i + 1].length < 2)),
  );
};
/**
 * Errors of language-tags that RFC 5646 makes advice, not validity (§2.2.9): a deprecated tag or subtag (§3.1.6
 * still lists it), a script the language suppresses (§3.1.9).
 */
const ADVICE = new Set([1, 10, 11]);
/** Every subtag is in the library's older copy of the registry. */
const knownToLibrary = (tag: string): boolean =>
  tag
    .split('-')
    .every((s) =>
      ['language', 'extlang', 'script', 'region', 'variant'].some((type) => languageTags.type(s, type) !== null),
    );

test('property: the checker and the language-tags library agree, but for the library lenient on lone singletons and older', () => {
  const tagLike = join(
    fc.array(
      fc.oneof(
        { weight: 6, arbitrary: chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') },
        chars('-_'),
      ),
      {
        minLength: 1,
        maxLength: 14,
      },
    ),
  );
  fc.assert(
    fc.property(tagLike, (tag) => {
      const ours = checkLanguageTag(tag) === undefined;
      const theirs = languageTags(tag)
        .errors()
        .every((e) => ADVICE.has(e.code));
      if (ours === theirs) return;
      if (theirs) assert.ok(libraryLetsPass(tag), `language-tags accepts ${tag}, the checker refuses it`);
      else assert.ok(!knownToLibrary(tag), `the checker accepts ${tag}, language-tags refuses it`);
    }),
    { numRuns: 3000 },
  );
});
