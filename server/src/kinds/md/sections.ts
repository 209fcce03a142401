/** Section snippets for SECURITY.md, in the order a policy usually has them. */
import type { ParseCache } from '../../core/kind';
import type { ChunkCache } from './markdown';
import { PolicyDocument } from './policy';
import type { SectionKind } from './lexicon';

interface SectionSnippet {
  label: string;
  kind: SectionKind | 'date';
  detail: string;
  documentation: string;
  snippet: string;
}

const SNIPPETS: SectionSnippet[] = [
  {
    label: 'Supported Versions',
    kind: 'supportedVersions',
    detail: 'Section: which versions get security fixes',
    documentation: 'A table of versions and whether they receive security fixes (OSPS-DO-04.01).',
    snippet:
      '## Supported Versions\n\n| Version | Supported          |\n| ------- | ------------------ |\n| ${1:2.x}     | :white_check_mark: |\n| < ${2:2.0}   | :x:                |\n$0',
  },
  {
    label: 'Reporting a Vulnerability',
    kind: 'reporting',
    detail: 'Section: how to report privately',
    documentation:
      'Private channels for reporters: GitHub private vulnerability reporting and/or a security email address (OSPS-VM-02.01, VM-03.01).',
    snippet:
      "## Reporting a Vulnerability\n\nPlease do not open public issues for security problems. Report them privately through GitHub's private vulnerability reporting (the **Security** tab, then **Report a vulnerability**)${1: or by email to ${2:security@your-project.org}}.\n\nWe will acknowledge your report within ${3:3} business days.\n$0",
  },
  {
    label: 'Response Timeline',
    kind: 'response',
    detail: 'Section: what reporters can expect, and when',
    documentation: 'A response commitment (OSPS-VM-01.01; Best Practices badge: 14 days at most).',
    snippet:
      '## Response Timeline\n\n- We acknowledge reports within ${1:3} business days.\n- We send an initial assessment within ${2:10} days.\n- We keep you informed until the issue is fixed.\n$0',
  },
  {
    label: 'Disclosure Policy',
    kind: 'disclosure',
    detail: 'Section: coordinated disclosure window',
    documentation: 'When the vulnerability is made public (90 days is the common default).',
    snippet:
      '## Disclosure Policy\n\nWe follow coordinated disclosure: we aim to publish a fix and an advisory within ${1:90} days of your report, and we agree the disclosure date with you. We credit reporters who wish to be named.\n$0',
  },
  {
    label: 'Scope',
    kind: 'scope',
    detail: 'Section: what is in and out of scope',
    documentation: 'What you accept reports for (CISA BOD 20-01; disclose.io).',
    snippet:
      '## Scope\n\nIn scope: ${1:the code in this repository and the packages we publish}.\n\nOut of scope: ${2:third-party services, social engineering and denial-of-service testing}.\n$0',
  },
  {
    label: 'Safe Harbor',
    kind: 'safeHarbor',
    detail: 'Section: good-faith research is welcome',
    documentation: 'A promise not to pursue good-faith researchers (CISA BOD 20-01; disclose.io).',
    snippet:
      '## Safe Harbor\n\nWe will not pursue legal action against anyone who researches and reports a vulnerability in good faith: who reports it to us privately, avoids privacy violations, data destruction and service disruption, and gives us reasonable time to fix it before it is made public.\n$0',
  },
  {
    label: 'Last updated',
    kind: 'date',
    detail: "Line: the policy's issuance date",
    documentation: 'When the policy was last reviewed (CISA BOD 20-01).',
    snippet: '*Last updated: ${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}*\n$0',
  },
];

export function sectionCompletions(text: string, cache?: ParseCache): Array<SectionSnippet & { present: boolean }> {
  const doc = new PolicyDocument(text, cache as ChunkCache | undefined);
  return SNIPPETS.map((s) => ({
    ...s,
    present: s.kind === 'date' ? doc.dates.length > 0 : doc.sectionsOf(s.kind).length > 0,
  }));
}
