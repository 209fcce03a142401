/** Completion and hover in security.txt: field names with their RFC 9116 meaning, and values where one fits. */
import { lineBefore, type KindAssist } from '../../core/assist';
import { FIELD_INFO, fieldDocumentation, fieldInfo, valueProposals } from './fields';

/** Fields whose value is worth proposing right after the name is chosen. */
const SUGGEST_VALUE_AFTER = new Set(['Expires', 'Bug-Bounty', 'Preferred-Languages']);

export const SECURITY_TXT_ASSIST: KindAssist = {
  triggers: [':', ' '],
  completions: (at, _trigger, now) => {
    const before = lineBefore(at);
    const colon = before.indexOf(':');
    if (colon < 0) {
      if (!/^[A-Za-z-]{0,30}$/.test(before)) return [];
      return FIELD_INFO.map((f, i) => ({
        label: f.name,
        kind: 'field',
        detail: f.required ? 'required' : 'optional',
        documentation: fieldDocumentation(f),
        sortText: String(i).padStart(2, '0'),
        from: 0,
        newText: `${f.name}: `,
        suggestAfter: SUGGEST_VALUE_AFTER.has(f.name),
      }));
    }
    const afterColon = before.slice(colon + 1);
    const valueStart = colon + 1 + (afterColon.length - afterColon.trimStart().length);
    return valueProposals(before.slice(0, colon).trim(), now).map((v, i) => ({
      label: v.label,
      kind: 'value',
      detail: v.detail,
      sortText: String(i).padStart(2, '0'),
      from: valueStart,
      newText: v.insertText,
    }));
  },
  // The RFC 9116 documentation of the field name under the cursor.
  hover: (at) => {
    const lineEnd = at.text.indexOf('\n', at.lineStart);
    const line = at.text.slice(at.lineStart, lineEnd < 0 ? at.text.length : lineEnd + 1);
    const colon = line.indexOf(':');
    const nameStart = line.startsWith('- ') ? 2 : 0;
    if (colon <= nameStart || at.character > colon) return undefined;
    const info = fieldInfo(line.slice(nameStart, colon).trim());
    if (!info) return undefined;
    return { markdown: fieldDocumentation(info), start: at.lineStart + nameStart, end: at.lineStart + colon };
  },
};
