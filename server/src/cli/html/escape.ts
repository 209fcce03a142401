/** Text made safe for HTML, in content and in quoted attributes. */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * JSON to place in a `<script type="application/json">`: `<` written as `\u003c`, so that no text of the data (a
 * repository named `</script>`) can end the element; U+2028 and U+2029 escaped too.
 */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value).replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
