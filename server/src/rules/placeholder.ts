import { defineRule, type RuleContext } from '../core/rule';

const PLACEHOLDERS: readonly RegExp[] = [
  /<[A-Z][A-Z0-9]{0,30}(?:_[A-Z0-9]{1,30}){1,5}>/g,
  /<(?:EMAIL|CONTACT|NAME|PROJECT|DOMAIN|URL|ORG|COMPANY|VERSION|DATE)>/g,
  /\[(?:your|insert|add|enter|replace|put)\b[^\][\n]{0,60}\]/gi,
  /\{\{ ?[\w.-]{1,60} ?\}\}/g,
  /(?<![\w$\\])\$[A-Z][A-Z0-9]{0,30}(?:_[A-Z0-9]{1,30}){1,5}\b/g,
  /(?<![\w$\\])\$\{[A-Za-z_][\w.]{0,40}\}/g,
  /\bTODO\b|\bFIXME\b/g,
  /\byour[-_]?(?:domain|company|project|org|organization)\.(?:com|org|net|io)\b/gi,
  /\*(?:Researcher|Reporter|Your|Company|Project|Contributor) Name\*|_(?:Researcher|Reporter|Your|Company|Project|Contributor) Name_/g,
  // "[EMAIL DE CONTATO DE SEGURANÇA]": a bracketed name in capitals, any language, not a link's label.
  /\[\p{Lu}[\p{Lu}\d]{1,30}(?:[ _][\p{Lu}\d]{1,30}){1,6}\](?![([:])/gu,
  // Template text asking to be replaced.
  /\bplease replace this (?:content|text|section|placeholder)\b/gi,
  // A key fingerprint left as XXXX groups, or as one run of X's (a 40-hex fingerprint's length, give or take).
  /\bX{4}(?:[ :-]X{4}){2,15}\b|\bX{12,80}\b/g,
  // A template address in a URL: "https://www.link.to.your.gpg.asc".
  /(?<=[/.])your[-_.](?:gpg|pgp|key|public[-_]key|domain|site|website|email|company|project)\b/gi,
];

/** A field value that is only a token in capitals, left for a build step to fill: "Expires: DATE_EXP". */
const BUILD_TOKEN = /^[A-Z][A-Z0-9]{0,30}(?:_[A-Z0-9]{1,30}){1,5}$/;

/** A placeholder name written as inline code: `SECURITY_CONTACT_EMAIL`, `MAINTAINER_EMAIL`. */
const CODE_PLACEHOLDER =
  /`[A-Z][A-Z0-9]{0,30}(?:_[A-Z0-9]{1,30}){0,4}_(?:CONTACT|EMAIL|ADDRESS|NAME|URL|DOMAIN|PROJECT|ORG|COMPANY|PHONE|HANDLE|OWNER|MAINTAINER|TEAM)`/g;
const RESERVED_DOMAIN =
  /(?:^|\.)(?:example\.(?:com|org|net)|[a-z0-9-]{1,63}\.(?:example|test|invalid|localhost)|example)$/i;

export default defineRule({
  meta: {
    id: 'placeholder',
    defaultSeverity: 'error',
    fixable: false,
    description:
      'A placeholder was never filled in: `<SECURITY_CONTACT>`, `security@yourdomain.com`, an example.com address, `{{var}}`, `TODO`.',
    rationale:
      'Template values send reports nowhere (example.com and the `.test`/`.invalid` domains are reserved by RFC 2606 and never deliver mail) and tell the reader the policy is unfinished.',
    howToFix: 'Replace the placeholder with the real value, or remove the sentence.',
    messages: {
      unfilled: 'Unfilled placeholder "{value}", expected the real value.',
      exampleDomain: '"{address}" uses a reserved example domain, expected a real address.',
      reservedLink: 'Link to the reserved domain "{host}", expected a real address.',
      sample: '"{value}" is a sample value of the Security Insights template, expected this project\'s own.',
      reservedDomain: '"{value}" uses the reserved domain "{domain}", expected a real address.',
    },
    invalid: [
      {
        // Placeholders as templates write them: in capitals between brackets (any language), as inline code, as
        // XXXX groups of a fingerprint, in a template URL.
        text: '# Segurança\n\nEnvie um e-mail para [EMAIL DE CONTATO DE SEGURANÇA].\n\nFallback: `SECURITY_CONTACT_EMAIL` (replace this placeholder).\n\nKey: XXXX XXXX XXXX XXXX XXXX at https://www.link.to.your.gpg.asc\n',
        expect: [
          {
            line: 3,
            column: 22,
            message: 'Unfilled placeholder "[EMAIL DE CONTATO DE SEGURANÇA]", expected the real value.',
          },
          { line: 5, column: 12, message: 'Unfilled placeholder "SECURITY_CONTACT_EMAIL", expected the real value.' },
          { line: 7, column: 6, message: 'Unfilled placeholder "XXXX XXXX XXXX XXXX XXXX", expected the real value.' },
          { line: 7, column: 54, message: 'Unfilled placeholder "your.gpg", expected the real value.' },
        ],
      },
      {
        text: '# Security\n\nEmail <SECURITY_CONTACT> to report a vulnerability.\n',
        expect: [
          { line: 3, column: 7, message: 'Unfilled placeholder "<SECURITY_CONTACT>", expected the real value.' },
        ],
      },
      {
        text: '# Security\n\nEmail security@example.com to report a vulnerability.\n',
        expect: [
          {
            line: 3,
            column: 7,
            message: '"security@example.com" uses a reserved example domain, expected a real address.',
          },
        ],
      },
      {
        text: '# Security\n\n## Hall of Fame\n\n- *Researcher Name* - *Date*\n',
        expect: [{ line: 5, column: 3, message: 'Unfilled placeholder "*Researcher Name*", expected the real value.' }],
      },
      {
        // A token left for a build step, and template text; a maintainer's TODO comment is not checked.
        text: 'Please replace this content.\n# TODO: publish a PGP key\nContact: mailto:security@acme.org\nExpires: DATE_EXP\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [
          {
            line: 1,
            column: 1,
            message: 'Unfilled placeholder "Please replace this content", expected the real value.',
          },
          { line: 4, column: 10, message: 'Unfilled placeholder "DATE_EXP", expected the real value.' },
        ],
      },
      {
        text: 'Contact: mailto:security@example.com\nExpires: 2027-06-30T00:00:00Z\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [
          {
            line: 1,
            column: 10,
            message: '"mailto:security@example.com" uses the reserved domain "example.com", expected a real address.',
          },
        ],
      },
      {
        text: 'project:\n  repositories:\n    - name: Foo\n      url: https://vcs.example.com/foobar/foo\n      comment: TODO\n',
        kind: 'si',
        path: 'security-insights.yml',
        expect: [
          {
            line: 3,
            column: 13,
            message: '"Foo" is a sample value of the Security Insights template, expected this project\'s own.',
          },
          {
            line: 4,
            column: 12,
            message:
              '"https://vcs.example.com/foobar/foo" uses the reserved domain "vcs.example.com", expected a real address.',
          },
          { line: 5, column: 16, message: 'Unfilled placeholder "TODO", expected the real value.' },
        ],
      },
      // A fingerprint left as one run of X's.
      {
        text: '# Security\n\nEmail security@acme.org.\n\n| Maintainer | Key fingerprint |\n| --- | --- |\n| Alice | XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX |\n',
        expect: [
          {
            line: 7,
            column: 11,
            message: 'Unfilled placeholder "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", expected the real value.',
          },
        ],
      },
    ],
    valid: [
      // A subject tag to write, a link's label, a variable in a command and a real fingerprint are not placeholders.
      { text: '# Security\n\nEmail security@acme.org with the subject line: [SECURITY ALERT] and a summary.\n' },
      {
        text: '# Security\n\nSee [SECURITY POLICY](https://acme.org/security). Set `NODE_OPTIONS` as needed.\n\nKey: 0D69 E11F 12BD BA07 7B37 26AB 4E1F 799A A4FF 2279\n',
      },
      { text: '# Security\n\nEmail security@acme.org. Use the subject `[SECURITY] <summary>`.\n' },
      { text: '# TODO: add the release section\nproject:\n  name: Acme\n', kind: 'si', path: 'security-insights.yml' },
    ],
  },
  md(doc, context) {
    reportPlaceholders(doc.masked, context);
    CODE_PLACEHOLDER.lastIndex = 0;
    for (let m = CODE_PLACEHOLDER.exec(doc.withInlineCode); m; m = CODE_PLACEHOLDER.exec(doc.withInlineCode)) {
      const name = m[0].slice(1, -1);
      context.report({
        messageId: 'unfilled',
        values: { value: name },
        start: m.index + 1,
        end: m.index + 1 + name.length,
      });
    }
    const seen = new Set<number>();
    for (const email of doc.emails) {
      const domain = email.address.slice(email.address.indexOf('@') + 1);
      if (RESERVED_DOMAIN.test(domain) && !seen.has(email.start)) {
        seen.add(email.start);
        context.report({
          messageId: 'exampleDomain',
          values: { address: email.address },
          start: email.start,
          end: email.end,
        });
      }
    }
    for (const link of doc.links) {
      const host = /^https?:\/\/([^/:?#\s]{1,253})/i.exec(link.url)?.[1];
      if (host && RESERVED_DOMAIN.test(host)) {
        context.report({
          messageId: 'reservedLink',
          values: { host },
          start: link.start,
          end: link.end,
        });
      }
    }
  },
  si(doc, context) {
    for (const scalar of doc.scalars()) {
      const value = scalar.value.trim();
      reportPlaceholders(doc.text.slice(scalar.span.start, scalar.span.end), context, scalar.span.start);
      const domain = domainOf(value);
      if (INSIGHTS_SAMPLES.has(value.toLowerCase()) || (domain && INSIGHTS_SAMPLE_HOSTS.test(domain))) {
        context.report({
          messageId: 'sample',
          values: { value },
          start: scalar.span.start,
          end: scalar.span.end,
        });
      } else if (domain && RESERVED_DOMAIN.test(domain)) {
        context.report({
          messageId: 'reservedDomain',
          values: { value, domain },
          start: scalar.span.start,
          end: scalar.span.end,
        });
      }
    }
  },
  txt(doc, context) {
    // Comments are notes for the maintainer ("# TODO: publish a key"), never read by a reporter's tools: only the
    // fields and the text outside comments are checked.
    for (const line of doc.body) {
      if (line.kind === 'comment') continue;
      reportPlaceholders(doc.text.slice(line.start, line.end), context, line.start);
    }
    for (const field of doc.fields) {
      if (BUILD_TOKEN.test(field.value)) {
        context.report({
          messageId: 'unfilled',
          values: { value: field.value },
          start: field.valueStart,
          end: field.valueEnd,
        });
      }
      const host = /^mailto:[^@\s]{1,64}@([^?\s]{1,253})|^https?:\/\/([^/:?#\s]{1,253})/i.exec(field.value);
      const domain = host?.[1] ?? host?.[2];
      if (domain && RESERVED_DOMAIN.test(domain)) {
        context.report({
          messageId: 'reservedDomain',
          values: { value: field.value, domain },
          start: field.valueStart,
          end: field.valueEnd,
        });
      }
    }
  },
});

/** An email subject named before on the line: "[SECURITY ALERT]" there is the tag to write, not a placeholder. */
const SUBJECT = /subject|betreff|asunto|objet|assunto|oggetto|тема|件名|主题|主題|제목/iu;

function reportPlaceholders(text: string, context: RuleContext, offset = 0): void {
  for (const pattern of PLACEHOLDERS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (SUBJECT.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index))) continue;
      context.report({
        messageId: 'unfilled',
        values: { value: m[0] },
        start: offset + m.index,
        end: offset + m.index + m[0].length,
      });
    }
  }
}

/** Sample values of the Security Insights templates and examples (ossf/security-insights), compared whole. */
const INSIGHTS_SAMPLES = new Set(
  [
    'Joe Dohn',
    'Alice White',
    'Foo',
    'FooBar',
    'Foo Bar',
    'Foo is the core repo for FooBar.',
    'joe.bob@email.com',
    'alice.bob@email.com',
    'alicewhite@email.com',
    'your-key-here',
    'Lorum ipsum...',
  ].map((v) => v.toLowerCase()),
);
const INSIGHTS_SAMPLE_HOSTS = /^(?:[a-z0-9-]{1,63}\.)?foo\.(?:bar|com)$/i;

function domainOf(value: string): string | undefined {
  const m = /^(?:mailto:)?[^@\s/:]{1,64}@([^?\s/]{1,253})$|^https?:\/\/([^/:?#\s]{1,253})/i.exec(value);
  return m?.[1] ?? m?.[2];
}
