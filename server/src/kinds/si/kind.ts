/** security-insights.yml (Security Insights 2.x): YAML, with whole `#` comment lines outside multi-line scalars. */
import type { KindDescriptor } from '../../core/kind';
import { InsightsDocument } from './document';
import { SI_FILES } from './locations';
import { RULES } from './rules';
import { INSIGHTS_ASSIST } from './assist';

declare module '../../core/kind' {
  interface DocumentOfKind {
    si: InsightsDocument;
  }
}

export const SI_KIND: KindDescriptor<'si'> = {
  ...SI_FILES,
  parse: (text) => new InsightsDocument(text),
  comments: {
    comments: (doc) => doc.comments(),
    write: (body) => `# ${body}`,
    trailing: false,
    // In a block scalar or a multi-line string, `#` is text.
    refuses: (doc, lineStart) => doc.insideMultilineScalar(lineStart),
    fileStart: (doc) => (doc.text.charCodeAt(0) === 0xfeff ? 1 : 0),
  },
  workspaceFacts: ['policyContacts', 'securityTxtContacts', 'repositoryUrl'],
  // Usually copied whole between repositories: kept the first time it is met.
  memo: { documentChars: 60_000, keepFirstTime: true },
  assist: INSIGHTS_ASSIST,
  rules: RULES,
};
