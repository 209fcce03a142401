import { defineRule } from '../../../core/rule';
import type { MessageValues } from '../../../core/message-text';
import type { SyntaxProblem } from '../document';
import { siExample, SPEC_URL } from './helpers';

/** The parser's messages that say one fixed thing, by message id: each is a sentence of the catalogs. */
const PARSER_SENTENCES: Readonly<Record<string, string>> = {
  tabIndent: 'Tabs are not allowed as indentation',
  nestedCompact: 'Nested mappings are not allowed in compact mappings',
  multilineKey: 'Implicit keys need to be on a single line',
  keyWithoutValue: 'Implicit map keys need to be followed by map values',
  mappingColumn: 'All mapping items must start at the same column',
  sequenceColumn: 'All sequence items must start at the same column',
  sequenceAsKey: 'A block sequence may not be used as an implicit map key',
  sequenceItem: 'Sequence item without - indicator',
  commentSpace: 'Comments must be separated from other tokens by white space characters',
  blockInFlow: 'Block collections are not allowed within flow collections',
};

/** The parser's messages that name one character, by message id: the character is the value. */
const PARSER_PATTERNS: ReadonlyArray<{ id: string; pattern: RegExp; name: string }> = [
  { id: 'missingQuote', pattern: /^Missing closing (['"])quote$/, name: 'quote' },
  { id: 'reservedStart', pattern: /^Plain value cannot start with reserved character (.)$/, name: 'char' },
];

/** A problem's message id and values: ours by name, the parser's by its words, else the parser's words as a value. */
function said(problem: SyntaxProblem): { messageId: string; values?: MessageValues } {
  if (problem.problem !== 'parser')
    return { messageId: problem.problem, ...('values' in problem && { values: problem.values }) };
  const first = problem.message
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
  const fixed = Object.keys(PARSER_SENTENCES).find((id) => PARSER_SENTENCES[id] === first);
  if (fixed) return { messageId: fixed };
  for (const { id, pattern, name } of PARSER_PATTERNS) {
    const m = pattern.exec(first);
    if (m) return { messageId: id, values: { [name]: m[1] } };
  }
  // The parser's own words, which no catalog has: they stay English in every language.
  return { messageId: 'parser', values: { problem: first.endsWith('.') ? first.slice(0, -1) : first } };
}

export default defineRule({
  meta: {
    id: 'insights-syntax',
    defaultSeverity: 'error',
    fixable: false,
    specUrl: SPEC_URL,
    description:
      'security-insights.yml is not valid YAML: bad indentation, a duplicate key, an unclosed quote or bracket.',
    rationale:
      'The OSPS Baseline scanner, LFX Insights and CLOMonitor read the file with a YAML parser; a syntax error makes the whole file unreadable to them, so none of its answers count.',
    howToFix: 'Correct the YAML at the marked place. The other checks still run on the parts that parsed.',
    messages: {
      ...Object.fromEntries(Object.entries(PARSER_SENTENCES).map(([id, sentence]) => [id, `YAML: ${sentence}.`])),
      missingQuote: 'YAML: Missing closing {quote}quote.',
      reservedStart: 'YAML: Plain value cannot start with reserved character {char}.',
      parser: 'YAML: {problem}.',
      duplicateKey: 'YAML: Map keys must be unique.',
      complexKey: 'YAML: A key that is a mapping or a list, expected a plain key (read as text).',
      aliases:
        'YAML: Aliases expand to more than {max} copies (the pattern of a "billion laughs" attack), so the file cannot be read as data.',
      tooDeep:
        'YAML: Values nest more than {max} levels deep here, so the file is not checked (real files nest fewer than ten).',
      tooLarge:
        'YAML: The file is {size} KB, larger than the {max} KB a security-insights.yml can sensibly be, so it is not checked.',
    },
    invalid: [
      {
        ...siExample('header:\n  schema-version: 2.2.0\n  schema-version: 2.1.0\n'),
        expect: [{ line: 3, column: 3, message: 'YAML: Map keys must be unique.' }],
      },
      {
        ...siExample('header:\n\turl: https://acme.org\n'),
        expect: [{ line: 2, column: 1, message: 'YAML: Tabs are not allowed as indentation.' }],
      },
      {
        // The library would also print a warning on the console for this key; it is a finding instead.
        ...siExample('header:\n  ? [url, link]\n  : https://acme.org\n'),
        expect: [
          {
            line: 2,
            column: 5,
            message: 'YAML: A key that is a mapping or a list, expected a plain key (read as text).',
          },
        ],
      },
      {
        ...siExample('header:\n  comment: Reports: see SECURITY.md\n'),
        expect: [{ line: 2, column: 12, message: 'YAML: Nested mappings are not allowed in compact mappings.' }],
      },
      {
        // Eight levels of nine aliases each would expand to 43 million strings: refused, not built.
        ...siExample(
          `header:\n  schema-version: 2.2.0\n${Array.from(
            { length: 8 },
            (_, i) =>
              `l${i + 1}: &l${i + 1} [${Array(9)
                .fill(i ? `*l${i}` : 'lol')
                .join(', ')}]`,
          ).join('\n')}\n`,
        ),
        expect: [
          {
            line: 4,
            column: 10,
            message:
              'YAML: Aliases expand to more than 50 copies (the pattern of a "billion laughs" attack), so the file cannot be read as data.',
          },
        ],
      },
      {
        // A thousand nested lists would exhaust the parser's stack: the depth is measured before parsing.
        ...siExample(`header:\n  schema-version: 2.2.0\n  comment: ${'['.repeat(1000)}1${']'.repeat(1000)}\n`),
        expect: [
          {
            line: 3,
            column: 74,
            message:
              'YAML: Values nest more than 64 levels deep here, so the file is not checked (real files nest fewer than ten).',
          },
        ],
      },
      {
        // The same key twice in one mapping, found in one pass however many keys there are.
        ...siExample('header:\n  schema-version: 2.2.0\nproject:\n  name: a\n  name: b\n'),
        expect: [{ line: 5, column: 3, message: 'YAML: Map keys must be unique.' }],
      },
    ],
    valid: [
      siExample('header:\n  schema-version: 2.2.0\n'),
      // Deep enough for any real file, and brackets inside quotes and comments do not nest.
      siExample(
        `header:\n  schema-version: 2.2.0\n  comment: "${'['.repeat(100)}" # ${'{'.repeat(100)}\n  list: ${'['.repeat(20)}1${']'.repeat(20)}\n`,
      ),
    ],
  },
  si(doc, context) {
    for (const problem of doc.syntaxProblems)
      context.report({ ...said(problem), start: problem.start, end: problem.end });
  },
});
