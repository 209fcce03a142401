/**
 * A rule's findings on a shared document, kept with the facts of the environment the rule read to make them. An
 * organisation's repositories often hold the same file (a security-insights.yml or security.txt from one template):
 * a rule that read only the document, or facts that are the same in this repository (today, the file's path, the
 * workspace's security files), is not run on it again, its findings are replayed.
 *
 * Rules are functions of the document and the environment: they keep no state of their own, and what a document
 * computes depends on its text alone. So equal facts read mean an equal run.
 */
import type { AnyDocument } from './documents';
import type { Environment, Finding } from './types';
import { CACHE_BUDGETS } from './caches';

interface Replay {
  /** Each fact of the environment the rule read, with the value it had. */
  facts: Map<PropertyKey, unknown>;
  findings: readonly Finding[];
}

/** By document, then by the rule as planned (its check and severity). Gone with the document. */
const replaysByDocument = new WeakMap<AnyDocument, Map<object, Replay[]>>();

/** Facts read by a rule are equal when they are the same value, the same instant, or lists of the same values. */
function sameFact(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  // Anything else (a function such as fileExists) is equal only to itself: a rule that called it runs again.
  return false;
}

/** The replays of the rules on one document, and the environment the rules are given so that their reads are seen. */
export class DocumentReplays {
  private readonly byRule: Map<object, Replay[]>;
  private facts = new Map<PropertyKey, unknown>();
  /** `env` with every read recorded: the environment to give the rule whose run may be kept. */
  readonly env: Environment;

  constructor(
    doc: AnyDocument,
    private readonly actualEnv: Environment,
  ) {
    let byRule = replaysByDocument.get(doc);
    if (!byRule) replaysByDocument.set(doc, (byRule = new Map<object, Replay[]>()));
    this.byRule = byRule;
    this.env = new Proxy(actualEnv, {
      get: (target, key) => {
        const value: unknown = Reflect.get(target, key);
        this.facts.set(key, value);
        return value;
      },
    });
  }

  /** What `rule` found when it last read facts equal to this environment's, if it did. */
  find(rule: object): readonly Finding[] | undefined {
    const replays = this.byRule.get(rule);
    const env = this.actualEnv as unknown as Record<PropertyKey, unknown>;
    return replays?.find((r) => [...r.facts].every(([key, value]) => sameFact(env[key], value)))?.findings;
  }

  /** Starts recording the reads of a rule's run. */
  start(): void {
    this.facts = new Map();
  }

  /** Keeps what `rule` found, with the facts it read since `start`. */
  keep(rule: object, findings: readonly Finding[]): void {
    let replays = this.byRule.get(rule);
    if (!replays) this.byRule.set(rule, (replays = []));
    if (replays.length >= CACHE_BUDGETS.replaysPerRule) replays.shift();
    replays.push({ facts: this.facts, findings });
  }
}
