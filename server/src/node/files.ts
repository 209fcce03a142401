/** File-system helpers shared by the CLI and the language server (never used by the engine). */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileKindOf, isStandardPolicyPath } from '../engine/workspace';
import { policyContactsOf } from '../index';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'build', 'target', 'vendor', '.venv', '__pycache__']);
const MAX_WALK_ENTRIES = 200_000;

export function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/** Every file under `root` whose name makes it a security file (relative, `/`-separated), with a bounded walk. */
export function walkSecurityFiles(root: string): string[] {
  const out: string[] = [];
  const stack = [root];
  let seen = 0;
  while (stack.length > 0 && seen < MAX_WALK_ENTRIES) {
    const dir = stack.pop() as string;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      seen++;
      if (e.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(e.name)) stack.push(join(dir, e.name));
      } else if (e.isFile() && fileKindOf(e.name)) {
        out.push(toPosix(relative(root, join(dir, e.name))));
      }
    }
  }
  return out.sort();
}

/** Reads a file as UTF-8 without failing: invalid bytes become U+FFFD (reported by not-utf8), the BOM stays. */
export function readTextFile(path: string): string {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(readFileSync(path));
}

/** Contacts of the workspace's own SECURITY.md (root, .github/ or docs/), for contact-mismatch. */
export function workspacePolicyContacts(root: string, workspaceFiles: readonly string[]): string[] | undefined {
  const policy = workspaceFiles.find(isStandardPolicyPath);
  if (!policy) return undefined;
  try {
    return policyContactsOf(readTextFile(join(root, policy)));
  } catch {
    return undefined;
  }
}
