import { repoFileOf, repoRefOf, sameRepo } from '../core/repo-url';
import { defineRule } from '../core/rule';
import type { FixInput } from '../core/types';
import { decodeUriSafe } from '../core/text';
import { githubSlugs } from '../kinds/md/slug';

const SCHEME = /^[a-z][a-z0-9+.-]{0,30}:/i;
/** The host of a web address, after any user part: "https://github,com/…" → "github,com". */
const WEB_HOST = /^https?:\/\/(?:[^/?#@\s]{0,200}@)?([^/?#:\s]{1,253})/i;
/** Characters no host name holds (a comma typed for a dot); templated hosts ("{{DOMAIN}}") are placeholder's. */
const NOT_IN_HOST = /[,;!'"()*=+&~]/;

/** The fix writing a `#anchor` link (the URL at `at`, after its `#`) as the heading's slug, `candidate`. */
const anchorFix = (at: number, url: string, candidate: string): FixInput => ({
  titleId: 'anchor',
  titleValues: { anchor: candidate },
  edits: [{ start: at, end: at + url.length - 1, newText: candidate }],
  safe: true,
});

export default defineRule({
  meta: {
    id: 'broken-link',
    defaultSeverity: 'warning',
    fixable: 'sometimes',
    description:
      'A relative link to a missing file, an `#anchor` no heading produces (GitHub slug rules), or an empty link.',
    rationale:
      'A reporter who follows "see the disclosure process below" to nowhere gives up or guesses. GitHub builds anchors from headings: lower case, punctuation removed, spaces to hyphens, `-1` for repeats.',
    howToFix:
      "Point the link at an existing file or heading. The quick fix corrects anchors that differ from a heading's slug only in case.",
    messages: {
      empty: 'Empty link, expected a URL, a file or a #heading.',
      anchor: 'No heading produces the anchor "{anchor}", expected one of the document\'s headings.',
      host: 'The host "{host}" of "{url}" is malformed, expected a domain name such as "{domain}".',
      file: 'The file "{path}" does not exist, expected a path relative to this policy.',
      notInRepository: '"{path}" is not in this repository, expected the path of an existing file.',
    },
    fixTitles: {
      anchor: 'Change the anchor to #{anchor}',
    },
    invalid: [
      {
        text: 'project:\n  vulnerability-reporting:\n    policy: https://github.com/acme/app/blob/main/SECURITY.md\n',
        kind: 'si',
        path: 'security-insights.yml',
        repositoryUrl: 'git@github.com:acme/app.git',
        workspaceFiles: ['.github/SECURITY.md', 'security-insights.yml'],
        expect: [
          {
            line: 3,
            column: 13,
            message: '"SECURITY.md" is not in this repository, expected the path of an existing file.',
          },
        ],
      },
      {
        text: '# Security\n\nSee [the process](#disclosure).\n\n## Reporting\n\nEmail a@acme.org.\n',
        expect: [
          {
            line: 3,
            column: 5,
            message: 'No heading produces the anchor "#disclosure", expected one of the document\'s headings.',
          },
        ],
      },
      {
        text: '# Security\n\nSee [the process](#Reporting).\n\n## Reporting\n\nEmail a@acme.org.\n',
        expect: [
          {
            line: 3,
            column: 5,
            message: 'No heading produces the anchor "#Reporting", expected one of the document\'s headings.',
          },
        ],
        fixed: '# Security\n\nSee [the process](#reporting).\n\n## Reporting\n\nEmail a@acme.org.\n',
      },
      {
        text: '# Security\n\nSee [nothing]().\n',
        expect: [{ line: 3, column: 5, message: 'Empty link, expected a URL, a file or a #heading.' }],
      },
      // A malformed web address: a comma typed for a dot in the host goes nowhere.
      {
        text: '# Security\n\nAll bugs in [acme/app](https://github,com/acme/app) are covered.\n',
        expect: [
          {
            line: 3,
            column: 13,
            message:
              'The host "github,com" of "https://github,com/acme/app" is malformed, expected a domain name such as "github.com".',
          },
        ],
      },
    ],
    valid: [
      {
        text: '# Security\n\nSee [reporting](#reporting-a-vulnerability).\n\n## Reporting a Vulnerability\n\nEmail a@acme.org.\n',
      },
      {
        text: 'project:\n  vulnerability-reporting:\n    policy: https://github.com/acme/app/blob/main/.github/SECURITY.md\n',
        kind: 'si',
        path: 'security-insights.yml',
        repositoryUrl: 'git@github.com:acme/app.git',
        workspaceFiles: ['.github/SECURITY.md', 'security-insights.yml'],
      },
      {
        // A new file, not yet saved, links to itself.
        text: 'header:\n  url: https://raw.githubusercontent.com/acme/app/HEAD/security-insights.yml\n',
        kind: 'si',
        path: 'security-insights.yml',
        repositoryUrl: 'git@github.com:acme/app.git',
        workspaceFiles: ['SECURITY.md'],
      },
    ],
  },
  md(doc, context) {
    let slugs: Set<string> | undefined;
    for (const link of doc.links) {
      if (link.kind === 'autolink' || link.kind === 'html') continue;
      const url = link.url.trim();
      if (url === '' || url === '#') {
        if (link.kind !== 'definition')
          context.report({
            messageId: 'empty',
            start: link.start,
            end: link.end,
          });
        continue;
      }
      if (url.startsWith('#')) {
        slugs ??= new Set(githubSlugs(doc.headings.map((h) => h.text)));
        const anchor = decodeUriSafe(url.slice(1));
        if (slugs.has(anchor)) continue;
        const lower = anchor.toLowerCase();
        const candidate = [...slugs].find((s) => s === lower);
        const urlAt = doc.text.indexOf(url, link.start);
        context.report({
          messageId: 'anchor',
          values: { anchor: url },
          start: link.start,
          end: link.end,
          fix: candidate && urlAt >= 0 && urlAt < link.end ? anchorFix(urlAt + 1, url, candidate) : undefined,
        });
        continue;
      }
      const host = WEB_HOST.exec(url)?.[1];
      if (host && NOT_IN_HOST.test(host)) {
        context.report({
          messageId: 'host',
          values: { host, url, domain: host.replace(/[,;]/g, '.') },
          start: link.start,
          end: link.end,
        });
        continue;
      }
      if (SCHEME.test(url) || url.startsWith('//') || /^[^\s@/]{1,64}@/.test(url)) continue;
      const path = decodeUriSafe(url.split(/[?#]/)[0]);
      if (path === '') continue;
      if (context.env.fileExists?.(path) === false) {
        context.report({
          messageId: 'file',
          values: { path },
          start: link.start,
          end: link.end,
        });
      }
    }
  },
  si(doc, context) {
    // Only the git remote says which repository the workspace is: the file's own repository.url may be a copy's.
    const own = context.env.repositoryUrl ? repoRefOf(context.env.repositoryUrl) : undefined;
    if (!own) return;
    for (const scalar of doc.scalars()) {
      const target = repoFileOf(scalar.value);
      // A link to the file itself (header.url) holds even while the file is new and unsaved.
      if (!target || !sameRepo(own, target.repo) || target.path === context.env.relativePath) continue;
      if (context.env.fileExists?.(`/${target.path}`) === false) {
        context.report({
          messageId: 'notInRepository',
          values: { path: target.path },
          start: scalar.span.start,
          end: scalar.span.end,
        });
      }
    }
  },
});
