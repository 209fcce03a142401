import { defineRule } from '../../../core/rule';
import { repoRefOf, repoWebUrl, sameRepo } from '../../../core/repo-url';
import { replaceValueEdit, siExample, SPEC_URL, VALID_INSIGHTS } from './helpers';

export default defineRule({
  meta: {
    id: 'insights-repository-url',
    defaultSeverity: 'warning',
    fixable: true,
    specUrl: SPEC_URL,
    description: "`repository.url` names another repository than the workspace's git remote.",
    rationale:
      "Scanners match the file to a repository by this URL; a copied file that still names its origin describes someone else's project, and its evidence is credited to the wrong repository.",
    howToFix: "Set `repository.url` to this repository's address. The quick fix uses the git remote's web URL.",
    messages: {
      other: 'repository.url is "{declared}" but the git remote is "{remote}", expected the same repository.',
    },
    fixTitles: {
      useRemote: 'Use the git remote ({url})',
    },
    invalid: [
      {
        ...siExample(VALID_INSIGHTS),
        repositoryUrl: 'git@github.com:acme/website.git',
        expect: [
          {
            line: 24,
            column: 8,
            message:
              'repository.url is "https://github.com/acme/app" but the git remote is "https://github.com/acme/website", expected the same repository.',
          },
        ],
        fixed: VALID_INSIGHTS.replace(
          'repository:\n  url: https://github.com/acme/app',
          'repository:\n  url: https://github.com/acme/website',
        ),
      },
      {
        ...siExample(
          VALID_INSIGHTS.replace(
            'repository:\n  url: https://github.com/acme/app',
            "repository:\n  url: 'https://gitlab.com/acme/app'",
          ),
        ),
        repositoryUrl: 'https://github.com/acme/app.git',
        expect: [
          {
            line: 24,
            column: 8,
            message:
              'repository.url is "https://gitlab.com/acme/app" but the git remote is "https://github.com/acme/app", expected the same repository.',
          },
        ],
        fixed: VALID_INSIGHTS.replace(
          'repository:\n  url: https://github.com/acme/app',
          "repository:\n  url: 'https://github.com/acme/app'",
        ),
      },
    ],
    valid: [
      { ...siExample(VALID_INSIGHTS), repositoryUrl: 'https://github.com/Acme/App.git' },
      siExample(VALID_INSIGHTS),
    ],
  },
  si(doc, context) {
    const remote = context.env.repositoryUrl ? repoRefOf(context.env.repositoryUrl) : undefined;
    const declared = doc.string(['repository', 'url']);
    const ref = declared ? repoRefOf(declared) : undefined;
    if (!remote || !declared || !ref || sameRepo(remote, ref)) return;
    const web = repoWebUrl(remote);
    const edit = replaceValueEdit(doc, ['repository', 'url'], web);
    if (!edit) return;
    context.report({
      messageId: 'other',
      values: { declared, remote: web },
      start: edit.start,
      end: edit.end,
      fix: { titleId: 'useRemote', titleValues: { url: web }, edits: [edit], safe: false },
    });
  },
});
