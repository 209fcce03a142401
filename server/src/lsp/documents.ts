/** Which documents the server checks, by URI. */
import { fileKindOf, type FileKind } from '../index';

/** The kind of security file a document URI names (any scheme), or undefined for every other document. */
export function kindOf(uri: string): FileKind | undefined {
  try {
    return fileKindOf(decodeURIComponent(new URL(uri).pathname));
  } catch {
    return undefined;
  }
}

/** A position a request may act on: whole numbers, on an existing line (a character past its end is allowed, as LSP says). */
export function isValidPosition(
  document: { lineCount: number },
  position: unknown,
): position is { line: number; character: number } {
  const p = position as { line?: unknown; character?: unknown } | null | undefined;
  return (
    Number.isInteger(p?.line) &&
    Number.isInteger(p?.character) &&
    (p!.line as number) >= 0 &&
    (p!.line as number) < document.lineCount &&
    (p!.character as number) >= 0
  );
}
