/** SECURITY.md: a Markdown policy, parsed by sections, with HTML disable comments at the end of a line. */
import type { KindDescriptor } from '../../core/kind';
import { TextMemo } from '../../core/text-memo';
import { rememberingChunks, type ChunkCache, type MarkdownModel } from './markdown';
import { PolicyDocument } from './policy';
import { MD_FILES } from './locations';
import { RULES } from './rules';
import { POLICY_ASSIST } from './assist';

declare module '../../core/kind' {
  interface DocumentOfKind {
    md: PolicyDocument;
  }
}

export const MD_KIND: KindDescriptor<'md'> = {
  ...MD_FILES,
  // The host's cache holds only this kind's chunks: it is made for one open SECURITY.md.
  parse: (text, cache) => new PolicyDocument(text, cache as ChunkCache | undefined),
  comments: {
    comments: (doc) => doc.markdown.comments,
    write: (body) => `<!-- ${body} -->`,
    trailing: true,
    refuses: (_doc, _start, line) => /^\s*\|/.test(line) || /^\s*(?:```|~~~)/.test(line),
    fileStart: (doc) => (doc.text.charCodeAt(0) === 0xfeff ? 1 : 0),
  },
  workspaceFacts: [],
  // A policy has the repository's name in it: whole documents are kept the second time, sections carry the sharing.
  memo: {
    documentChars: 100_000,
    keepFirstTime: false,
    parts: {
      chars: 2_000_000,
      create: (chars) => {
        const memo = new TextMemo<MarkdownModel>(chars);
        return {
          around: (run) => rememberingChunks(run, memo),
          get hits() {
            return memo.hits;
          },
        };
      },
    },
  },
  assist: POLICY_ASSIST,
  rules: RULES,
};
