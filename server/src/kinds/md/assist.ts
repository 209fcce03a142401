/** Completion in SECURITY.md: the policy's sections as snippets where a heading starts. */
import { lineBefore, type KindAssist } from '../../core/assist';
import { sectionCompletions } from './sections';

export const POLICY_ASSIST: KindAssist = {
  triggers: ['#'],
  completions: (at, trigger) => {
    if (trigger === ' ' || trigger === ':') return [];
    const line = lineBefore(at);
    // Only where a heading starts: after "#"s, or on an empty line when asked for (Ctrl+Space).
    if (!/^#{1,6}\s?[\p{L}\s]{0,40}$/u.test(line) && line !== '') return [];
    return sectionCompletions(at.text, at.cache).map((s, i) => ({
      label: s.label,
      kind: 'snippet',
      detail: s.present ? `${s.detail} (already in this policy)` : s.detail,
      documentation: s.documentation,
      sortText: `${s.present ? 'b' : 'a'}${String(i).padStart(2, '0')}`,
      filterText: `${line}${s.label}`,
      from: 0,
      newText: s.snippet,
      snippet: true,
    }));
  },
};
