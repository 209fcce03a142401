/** Work over a list with at most `limit` items at once, its results handed on in the list's order as they are ready. */
export async function inOrder<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
  emit: (result: R, index: number) => void,
): Promise<void> {
  const ready = new Map<number, R>();
  let started = 0;
  let emitted = 0;
  const flush = (): void => {
    while (ready.has(emitted)) {
      const result = ready.get(emitted) as R;
      ready.delete(emitted);
      emit(result, emitted++);
    }
  };
  const worker = async (): Promise<void> => {
    while (started < items.length) {
      const index = started++;
      ready.set(index, await work(items[index]));
      flush();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

/** Runs the work it is given with at most `limit` at once, the rest waiting their turn in the order given. */
export function limiter(limit: number): <R>(work: () => Promise<R>) => Promise<R> {
  let active = 0;
  const waiting: Array<() => void> = [];
  const next = (): void => {
    active--;
    waiting.shift()?.();
  };
  return async <R>(work: () => Promise<R>): Promise<R> => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await work();
    } finally {
      next();
    }
  };
}
