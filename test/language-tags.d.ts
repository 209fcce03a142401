/** The part of language-tags (which ships no types) that the property tests use. */
declare module 'language-tags' {
  interface TagError {
    code: number;
    message: string;
  }
  interface Tag {
    valid(): boolean;
    errors(): TagError[];
  }
  interface LanguageTags {
    (tag: string): Tag;
    type(subtag: string, type: string): object | null;
  }
  const tags: LanguageTags;
  export default tags;
}
