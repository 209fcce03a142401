/**
 * Typed guards for what arrives over the wire. A guard checks an unknown value and, when it is not what the
 * protocol says, names the first bad field in plain words ("position.line must be a whole number from 0 to
 * 2147483647, got -1"); its type parameter is the type a passing value has, so a table of guards can be checked
 * against the protocol's own types.
 */

export interface Guard<T> {
  /** What is wrong with `value` found at `path` ('' for the params themselves); undefined when it is a T. */
  (value: unknown, path: string): string | undefined;
  /** Never set: carries the type a passing value has. */
  readonly guarded?: T;
}

export type Guarded<G> = G extends Guard<infer T> ? T : never;

const MAX_UINTEGER = 2 ** 31 - 1;

/** A short description of a value for a message, never its whole text. */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length <= 40 ? JSON.stringify(value) : 'a long string';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function named(path: string): string {
  return path === '' ? 'params' : path;
}

/** A guard from a test and what a passing value is, in words. */
export function is<T>(test: (value: unknown) => boolean, what: string): Guard<T> {
  return (value, path) => (test(value) ? undefined : `${named(path)} must be ${what}, got ${shown(value)}`);
}

export const string: Guard<string> = is((v) => typeof v === 'string', 'a string');
export const boolean: Guard<boolean> = is((v) => typeof v === 'boolean', 'true or false');
/** LSP's uinteger: line and character numbers, kinds, counts. */
export const uinteger: Guard<number> = is(
  (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_UINTEGER,
  `a whole number from 0 to ${MAX_UINTEGER}`,
);
/** LSP's integer: versions, process ids. */
export const integer: Guard<number> = is(
  (v) => Number.isInteger(v) && Math.abs(v as number) <= MAX_UINTEGER + 1,
  'a whole number',
);
export const anything: Guard<unknown> = () => undefined;
/** Params a method does not take: absent, as JSON-RPC allows (null is not). */
export const nothing: Guard<undefined> = is((v) => v === undefined, 'absent');

export function oneOf<T extends string | number>(...values: T[]): Guard<T> {
  return is((v) => values.includes(v as T), `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
}

export function either<A, B>(a: Guard<A>, b: Guard<B>, what: string): Guard<A | B> {
  return is((v) => a(v, '') === undefined || b(v, '') === undefined, what);
}

export function optional<T>(guard: Guard<T>): Guard<T | undefined> {
  return (value, path) => (value === undefined ? undefined : guard(value, path));
}

export function nullable<T>(guard: Guard<T>): Guard<T | null> {
  return (value, path) => (value === null ? undefined : guard(value, path));
}

export function array<T>(item: Guard<T>): Guard<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) return `${named(path)} must be an array, got ${shown(value)}`;
    for (let i = 0; i < value.length; i++) {
      const problem = item(value[i], `${named(path)}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };
}

/** An object with at least these fields (others are allowed, as LSP grows). */
export function object<S extends Record<string, Guard<unknown>>>(fields: S): Guard<{ [K in keyof S]: Guarded<S[K]> }> {
  const entries = Object.entries(fields);
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return `${named(path)} must be an object, got ${shown(value)}`;
    const record = value as Record<string, unknown>;
    for (const [key, guard] of entries) {
      const field = Object.hasOwn(record, key) ? record[key] : undefined;
      const problem = guard(field, path === '' ? key : `${path}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  };
}
