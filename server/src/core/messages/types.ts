/** A language's diagnostic messages: by the rule id, or `<rule id>/<message id>` with `{placeholders}` (./index.ts). */
export type MessageCatalog = Readonly<Record<string, string>>;
