/** A language's diagnostic messages: a rule's message, by the rule's id. */
export type MessageCatalog = Readonly<Record<string, string>>;
