/**
 * URL codecs. Each store slice that the URL carries declares one table: its URL part's default,
 * how to take that part from the slice and put it back, and one entry per query parameter with
 * how to read and write it. The URL type, the parser, the writer and the sync list are derived
 * from those tables (state/url.ts), so a new parameter is one entry in one table.
 */

export interface ParamCodec<U, P extends string = string> {
  readonly param: P;
  /** Reads a value into the URL part; null when the value is not valid (it is then reported and ignored). */
  read(value: string, part: U): U | null;
  /**
   * For a list parameter read in part: the items that were left out (each is reported, and the
   * rest of the list kept). Without it, a value is either read whole or reported whole.
   */
  dropped?(value: string): string[];
  /** The value to write, or null to leave the parameter out (it holds its default). */
  write(part: U): string | null;
  /**
   * How a change of this parameter alone enters the browser history: a new entry ('push', the
   * default), in place of the current one ('replace': continuous controls such as the camera or
   * a slider), or as one entry per burst ('typing': a search field, first letter pushes).
   */
  readonly history?: 'push' | 'replace' | 'typing';
}

export interface SliceCodec<S, U, P extends string> {
  /** The URL part when the link names none of its parameters. */
  readonly default: U;
  /** The URL part of the store slice. */
  of(slice: S): U;
  /** The store slice with a URL part applied (start-up, Back and Forward). */
  apply(slice: S, part: U): S;
  /** In the order they are read and written. */
  readonly params: readonly ParamCodec<U, P>[];
}

/** Declares a slice codec; `const` keeps the parameter names as literal types for `UrlParam`. */
export function sliceCodec<S, U, const P extends string>(codec: SliceCodec<S, U, P>): SliceCodec<S, U, P> {
  return codec;
}

/** A comma-separated list of allowed values, in the order they are allowed; null if any is not. */
export function listParam<T extends string>(value: string, allowed: readonly T[]): T[] | null {
  const items = value.split(',');
  if (!items.every((x) => (allowed as readonly string[]).includes(x))) return null;
  return allowed.filter((a) => items.includes(a));
}

/** Shortens user-supplied text before it is quoted in a notice. */
export function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
