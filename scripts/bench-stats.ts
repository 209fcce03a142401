/** Figures shared by the benchmark's sections: medians, percentiles, and interleaved comparisons. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)];
}

export const ms = (x: number): string => `${x.toFixed(2)} ms`;

/** Runs the candidates interleaved so drift and GC hit them alike; returns each one's median. */
export function compare(candidates: Record<string, () => void>, rounds: number): Record<string, number> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(candidates).map((k) => [k, []]));
  for (let warm = 0; warm < 30; warm++) for (const fn of Object.values(candidates)) fn();
  const entries = Object.entries(candidates);
  for (let i = 0; i < rounds; i++) {
    // Rotate the order every round so that no candidate always pays for the garbage of the one before it.
    for (let k = 0; k < entries.length; k++) {
      const [name, fn] = entries[(i + k) % entries.length];
      const start = performance.now();
      fn();
      samples[name].push(performance.now() - start);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}
