import { defineRule } from '../core/rule';
import { addFieldFix } from '../kinds/txt/rules/helpers';
import { documentAnchor, sectionInsertionPoint, insertBlockIn, fixTextsFor } from '../kinds/md/rules/helpers';

export default defineRule({
  meta: {
    id: 'no-contact',
    defaultSeverity: 'error',
    fixable: true,
    description: 'The policy gives no way to report a vulnerability.',
    rationale:
      "A reporter who finds no email address, no reporting form and no GitHub private vulnerability reporting has nowhere to go but a public issue. OSPS Baseline OSPS-VM-02.01 requires the policy to name contacts; RFC 9116 §2.5.3 makes `Contact` mandatory. A link that delegates to the project's security page (as django and kubernetes do) counts as a channel.",
    howToFix:
      'Name at least one private channel: a security email address, a web form, or GitHub private vulnerability reporting. The quick fix inserts a "Reporting a Vulnerability" section that uses GitHub private vulnerability reporting.',
    messages: {
      noChannel:
        'No way to report a vulnerability, expected an email address, a reporting URL or GitHub private vulnerability reporting.',
      noContactField: 'No Contact field, expected at least one "Contact:" with a mailto:, tel: or https:// URI.',
    },
    fixTitles: {
      addSection: 'Add a "Reporting a Vulnerability" section',
      addField: 'Add a Contact field',
    },
    invalid: [
      {
        text: '# Security Policy\n\nWe care about security.\n\n## Supported Versions\n\nOnly the latest release.\n',
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'No way to report a vulnerability, expected an email address, a reporting URL or GitHub private vulnerability reporting.',
          },
        ],
        fixed:
          "# Security Policy\n\nWe care about security.\n\n## Supported Versions\n\nOnly the latest release.\n\n## Reporting a Vulnerability\n\nPlease report security vulnerabilities privately through GitHub's private vulnerability reporting: open the **Security** tab of this repository and choose **Report a vulnerability**.\nPlease do not open public issues for security problems.\n",
      },
      {
        text: 'Expires: 2027-06-30T00:00:00Z\n',
        kind: 'txt',
        path: '.well-known/security.txt',
        expect: [
          {
            line: 1,
            column: 1,
            message: 'No Contact field, expected at least one "Contact:" with a mailto:, tel: or https:// URI.',
          },
        ],
        fixed: 'Expires: 2027-06-30T00:00:00Z\nContact: mailto:security@example.org\n',
      },
      // Addresses that cannot receive mail are no way to report: a template's, a no-reply address.
      {
        text: '# Security\n\nTo report a security issue, email [your@email.com](mailto:your@email.com).\n',
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'No way to report a vulnerability, expected an email address, a reporting URL or GitHub private vulnerability reporting.',
          },
        ],
        fixed:
          "# Security\n\nTo report a security issue, email [your@email.com](mailto:your@email.com).\n\n## Reporting a Vulnerability\n\nPlease report security vulnerabilities privately through GitHub's private vulnerability reporting: open the **Security** tab of this repository and choose **Report a vulnerability**.\nPlease do not open public issues for security problems.\n",
      },
      {
        text: '# Security\n\nEmail <1234+alice@users.noreply.github.com> with the details of the vulnerability.\n',
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'No way to report a vulnerability, expected an email address, a reporting URL or GitHub private vulnerability reporting.',
          },
        ],
        fixed:
          "# Security\n\nEmail <1234+alice@users.noreply.github.com> with the details of the vulnerability.\n\n## Reporting a Vulnerability\n\nPlease report security vulnerabilities privately through GitHub's private vulnerability reporting: open the **Security** tab of this repository and choose **Report a vulnerability**.\nPlease do not open public issues for security problems.\n",
      },
      // A link to read (documentation, an encyclopedia, a published advisory) is not a way to report.
      {
        text: '# Security\n\nPlease report vulnerabilities so they can be [disclosed responsibly](https://en.wikipedia.org/wiki/Responsible_disclosure).\n',
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'No way to report a vulnerability, expected an email address, a reporting URL or GitHub private vulnerability reporting.',
          },
        ],
        fixed:
          "# Security\n\nPlease report vulnerabilities so they can be [disclosed responsibly](https://en.wikipedia.org/wiki/Responsible_disclosure).\n\n## Reporting a Vulnerability\n\nPlease report security vulnerabilities privately through GitHub's private vulnerability reporting: open the **Security** tab of this repository and choose **Report a vulnerability**.\nPlease do not open public issues for security problems.\n",
      },
      // Korean: the section inserted is Korean.
      {
        text: '# 보안 정책\n\n이 프로젝트의 보안 문제는 중요하게 다룹니다.\n',
        expect: [
          {
            line: 1,
            column: 1,
            message:
              'No way to report a vulnerability, expected an email address, a reporting URL or GitHub private vulnerability reporting.',
          },
        ],
        fixed:
          '# 보안 정책\n\n이 프로젝트의 보안 문제는 중요하게 다룹니다.\n\n## 취약점 신고\n\n취약점을 비공개로 신고하려면 GitHub 비공개 취약점 보고를 이용해 주십시오. 이 저장소의 **Security** 탭을 열고 **Report a vulnerability**를 선택하십시오.\n보안 취약점을 공개 이슈, 토론 또는 풀 리퀘스트로 신고하지 마십시오.\n',
      },
    ],
    valid: [
      // A public issue is a channel, if the wrong one: no-private-channel and public-issue-reporting say so.
      {
        text: '# Security\n\n## How to report\n\nIf you find a vulnerability, contact us directly by opening an issue.\n',
      },
      // Polish, which the lexicon does not read: a channel named in its words cannot be seen, so nothing is said.
      {
        text: '# Polityka bezpieczeństwa\n\nJeśli znajdziesz lukę, nie zgłaszaj jej publicznie. Skontaktuj się z nami przez prywatną wiadomość w serwisie, a my odpowiemy. Zgłoszenie jest dla nas ważne i nie jest publikowane, aby chronić użytkowników przez cały czas.\n',
      },
      { text: '# Security Policy\n\nReport vulnerabilities to security@acme.org.\n' },
      // Channels as people name them: GitHub's button in words, an address in code, a program introduced by its
      // sentence, a link that says it leads to private contacts, a private advisory in German.
      { text: '# Security\n\n## Reporting\n\nUse **Security → Report a vulnerability** to send a private report.\n' },
      { text: '# Security\n\n## Reporting\n\nPlease send a mail to `security@acme.org`.\n' },
      { text: '# Security\n\nInstead, please send an email to alice[@]acme.org or bob (at) acme [dot] org.\n' },
      {
        text: '# Security\n\nSecurity issues can be safely reported via the Acme Bug Bounty program:\n\nhttps://www.acme.org/whitehat\n',
      },
      {
        text: '# Security\n\n## Reporting\n\nUse any of the [private contact addresses](https://github.com/acme/app#support).\n',
      },
      {
        text: '# Sicherheit\n\n## Schwachstelle melden\n\nBitte eröffnen Sie ein privates Security Advisory im GitHub-Repository.\n',
      },
      {
        text: '# Security\n\n## Reporting a Vulnerability\n\nSee <https://www.djangoproject.com/security/> for how to report.\n',
      },
      {
        text: '# Security\n\nUse [private vulnerability reporting](https://github.com/acme/app/security/advisories/new).\n',
      },
    ],
  },
  md(doc, context) {
    // A channel named in words of a language the lexicon does not read cannot be seen.
    if (doc.channels.length > 0 || !doc.language.read) return;
    const at = sectionInsertionPoint(doc, ['disclosure', 'response', 'scope', 'safeHarbor'], ['supportedVersions']);
    context.report({
      messageId: 'noChannel',
      ...documentAnchor(doc),
      fix: {
        titleId: 'addSection',
        edits: [insertBlockIn(doc, at, fixTextsFor(doc).reportingSection)],
        safe: false,
      },
    });
  },
  txt(doc, context) {
    if (doc.fieldsNamed('contact').length > 0) return;
    context.report({
      messageId: 'noContactField',
      ...doc.anchor,
      fix: addFieldFix(doc, 'Contact: mailto:security@example.org', 'addField'),
    });
  },
});
