import { defineRule } from '../../../core/rule';

const MESSAGE =
  'Reporters are told to use a public issue for a vulnerability, expected a private channel and a "do not open a public issue".';

export default defineRule({
  meta: {
    id: 'public-issue-reporting',
    defaultSeverity: 'warning',
    fixable: false,
    description: 'The policy tells reporters to open a public issue, pull request or discussion for a vulnerability.',
    rationale:
      "Issues, pull requests and discussions are public: a vulnerability reported there is disclosed to everyone before a fix exists. GitHub's own guidance and OSPS-VM-03.01 call for a private channel.",
    howToFix:
      'Point reporters to a private channel instead, and say explicitly "do not open a public issue for a security vulnerability".',
    invalid: [
      {
        text: '# Security\n\nIf you find a vulnerability, please open an issue on GitHub.\n',
        expect: [
          {
            line: 3,
            column: 37,
            message:
              'Reporters are told to use a public issue for a vulnerability, expected a private channel and a "do not open a public issue".',
          },
        ],
      },
      {
        text: '# Sicherheit\n\nBitte ein Issue eröffnen, wenn Sie eine Sicherheitslücke finden.\n',
        expect: [
          {
            line: 3,
            column: 11,
            message:
              'Reporters are told to use a public issue for a vulnerability, expected a private channel and a "do not open a public issue".',
          },
        ],
      },
      // Under a heading about reporting, the sentence needs no word for vulnerability.
      {
        text: '# Security\n\n## Reporting a Vulnerability\n\nPlease open a GitHub issue with the label `security`.\n',
        expect: [{ line: 5, column: 8, message: MESSAGE }],
      },
      {
        text: '# Security\n\nPlease report security vulnerabilities by opening an issue in this repository.\n',
        expect: [{ line: 3, column: 43, message: MESSAGE }],
      },
      // The negation of one paragraph does not reach the list of channels after "Instead,".
      {
        text: '# Security\n\n## Reporting Security Issues\n\n**Do not** report vulnerabilities through public GitHub issues.\n\nInstead, please use one of the following:\n\n- Report through GitHub issues with the `security` label\n- Contact the maintainers directly\n',
        expect: [{ line: 9, column: 3, message: MESSAGE }],
      },
      // A negation holds within its clause: after the dash comes the instruction.
      {
        text: '# Security\n\nThe beta is not production ready. Do not report security issues in it through the advisory process — open a regular issue instead.\n',
        expect: [{ line: 3, column: 102, message: MESSAGE }],
      },
      // GitHub has no private issues.
      {
        text: '# Security\n\nIf you find a vulnerability, please open a private issue.\n',
        expect: [{ line: 3, column: 37, message: MESSAGE }],
      },
      {
        text: '# Seguridad\n\nSi encuentras una vulnerabilidad, puedes añadir un informe en un issue.\n',
        expect: [{ line: 3, column: 42, message: MESSAGE }],
      },
      // Numbered steps: the first item's negation is its own; the second item is an instruction.
      {
        text: '# Seguridad\n\n## Reportar una vulnerabilidad\n\n1. No divulgues la vulnerabilidad públicamente.\n2. Contáctanos directamente abriendo un _issue_.\n',
        expect: [{ line: 6, column: 29, message: MESSAGE }],
      },
      {
        text: '# Segurança\n\n## Relato de vulnerabilidades\n\nUma issue pública pode ser utilizada quando o problema puder ser reproduzido sem dados sensíveis.\n',
        expect: [{ line: 5, column: 5, message: MESSAGE }],
      },
      {
        text: '# セキュリティ\n\n## 脆弱性の報告\n\nGitHubのissueでセキュリティラベルを付けて報告してください。\n',
        expect: [{ line: 5, column: 8, message: MESSAGE }],
      },
      {
        text: '# 보안 정책\n\n## 취약점 보고\n\n[Issues](https://github.com/acme/app/issues) 탭을 이용하여 보고하세요.\n',
        expect: [{ line: 5, column: 2, message: MESSAGE }],
      },
    ],
    valid: [
      { text: '# Security\n\nPlease do not open a public issue for a vulnerability; email security@acme.org.\n' },
      {
        text: '# Security\n\n**Please DO NOT**:\n- Open a public GitHub issue for security vulnerabilities\n\nEmail security@acme.org.\n',
      },
      { text: '# Security\n\nFor general questions, please use GitHub Issues.\n' },
      // "Issue" as the problem reported, not as a tracker: a heading, a channel's sentence, a delegation.
      { text: '# Report a security issue\n\nTo report a security issue, email security@acme.org.\n' },
      { text: '# Security\n\nPlease report security issues via GitHub Security Advisories.\n' },
      { text: '# Seguridad\n\nPara reportar un problema de seguridad, escribe a security@acme.org.\n' },
      {
        text: '# Security\n\nSecurity issues should not be reported via the public GitHub issue tracker. Email security@acme.org.\n',
      },
      // Emphasis with underscores does not hide a negation.
      { text: '# Security\n\nYou should _not_ report such issues on public GitHub issues; email security@acme.org.\n' },
      // A maintainer's step, not the reporter's.
      {
        text: '# Security\n\nEmail security@acme.org. Once a fix is ready, the fix lead will create a GitHub issue to announce the vulnerability.\n',
      },
      // An out-of-scope note.
      {
        text: '# Security\n\nEmail security@acme.org. Vulnerabilities in dependencies are out of scope. Instead, open a public issue to bump the dependency.\n',
      },
      {
        text: '# Security\n\n## Reporting a Vulnerability\n\nEmail security@acme.org.\n\nFor general questions, please open an issue.\n',
      },
      // "Reporting issues": the issue is the problem, no tracker is named.
      {
        text: '# Security\n\n## Reporting a Vulnerability\n\nEmail security@acme.org. When reporting issues, please include the version.\n',
      },
      // A heading is a title, not an instruction.
      {
        text: '# Security\n\nEmail security@acme.org about any vulnerability.\n\n### Report one vulnerability per issue\n\nThank you.\n',
      },
      // A link definition is not where a link is used.
      {
        text: '# Security\n\nEmail [security@acme.org][mail] about any vulnerability.\n\n[mail]: mailto:security@acme.org\n[new-issue]: https://github.com/acme/app/issues/new\n',
      },
      { text: '# 安全\n\n请勿在 GitHub 上提交 issue 报告漏洞，请发送邮件至 security@acme.org。\n' },
      {
        text: '# Sécurité\n\nNe signalez pas les vulnérabilités en ouvrant une issue publique ; écrivez à security@acme.org.\n',
      },
      {
        text: '# Sicherheit\n\nBitte melden Sie Sicherheitslücken _nicht_ über ein öffentliches Issue, sondern per E-Mail an security@acme.org.\n',
      },
    ],
  },
  md(doc, context) {
    for (const p of doc.publicIssueInstructions) {
      context.report({
        message:
          'Reporters are told to use a public issue for a vulnerability, expected a private channel and a "do not open a public issue".',
        start: p.start,
        end: p.end,
      });
    }
  },
});
