/**
 * Keys of YAML mappings found in time that does not grow with the number of keys: the `yaml` library's own
 * duplicate check (`uniqueKeys`) compares each key with every other, which a file of 200,000 keys turns into hours.
 */
import type { Node, Pair, YAMLMap } from 'yaml';
import { yaml } from './yaml';

/** A key repeated in its mapping, or a key that is a mapping or a list; insights-syntax words them. */
interface KeyProblem {
  problem: 'duplicateKey' | 'complexKey';
  start: number;
  end: number;
}

/** Each mapping's pairs by key, built on first use: finding a key costs the same in a map of 5 keys or 50,000. */
const pairIndex = new WeakMap<object, Map<string, Pair<Node, Node | null>>>();

export function pairOf(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      const text = yaml().isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (text !== undefined && !index.has(text)) index.set(text, pair as Pair<Node, Node | null>);
    }
    pairIndex.set(map, index);
  }
  return index.get(key);
}

/**
 * A second key equal to an earlier one of the same mapping, as the library's own check words it; a key that is a
 * mapping or a list (which the data reads as text).
 */
export function duplicateKeys(root: unknown): KeyProblem[] {
  const out: KeyProblem[] = [];
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (yaml().isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        pending.push(pair.value);
        if (yaml().isCollection(pair.key) && pair.key.range) {
          const [start, end] = pair.key.range;
          out.push({ problem: 'complexKey', start, end });
        }
        if (!yaml().isScalar(pair.key)) continue;
        const text = String(pair.key.value);
        const range = (pair.key as Node).range;
        if (seen.has(text) && range) out.push({ problem: 'duplicateKey', start: range[0], end: range[1] });
        seen.add(text);
      }
    } else if (yaml().isSeq(node)) for (const item of node.items) pending.push(item);
  }
  return out;
}
