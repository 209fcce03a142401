/**
 * A message with values: a rule names its English sentences in `meta.messages` (`{days}` marks a value) and reports
 * a message id with the values; the runner writes the English message from them, and core/messages the same
 * sentence in another language from that language's own sentence with the same placeholders.
 */

/** The values a message's placeholders take, by name. */
export type MessageValues = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The sentence with each `{name}` replaced by its value (a name without a value stays as it is). */
export function formatMessage(template: string, values: MessageValues | undefined): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    values && Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** The placeholders a sentence names, sorted, each once. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}

/** A rule's English template by id (its `meta.messages` or `meta.fixTitles`); a rule naming no such id is wrong. */
function templateOf(ruleId: string, templates: Readonly<Record<string, string>> | undefined, id: string, what: string) {
  const template = templates && Object.hasOwn(templates, id) ? templates[id] : undefined;
  if (template === undefined) throw new Error(`${ruleId} has no ${what} "${id}"`);
  return template;
}

/** What a report says: its message, or the rule's sentence for its message id with the values. */
export function reportedMessage(
  ruleId: string,
  messages: Readonly<Record<string, string>> | undefined,
  r: { message?: string; messageId?: string; values?: MessageValues },
): { message: string; messageId?: string; values?: MessageValues } {
  if (r.messageId === undefined) return { message: r.message ?? '' };
  const template = templateOf(ruleId, messages, r.messageId, 'message');
  return { message: formatMessage(template, r.values), messageId: r.messageId, ...(r.values && { values: r.values }) };
}

/**
 * A fix's title, as the message is formed: its title, or the rule's `meta.fixTitles` template for its title id with
 * the values (the English title; core/messages/fixes says the same in another language).
 */
export function reportedFixTitle(
  ruleId: string,
  fixTitles: Readonly<Record<string, string>> | undefined,
  f: { title?: string; titleId?: string; titleValues?: MessageValues },
): { title: string; titleId?: string; titleValues?: MessageValues } {
  if (f.titleId === undefined) return { title: f.title ?? '' };
  const template = templateOf(ruleId, fixTitles, f.titleId, 'fix title');
  return {
    title: formatMessage(template, f.titleValues),
    titleId: f.titleId,
    ...(f.titleValues && { titleValues: f.titleValues }),
  };
}
