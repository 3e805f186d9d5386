/**
 * `build` memoised by its object argument, held weakly: an entry goes when its key is collected.
 *
 * @example
 * const partsOf = weakMemo((options: AnalyzeOptions) => analysisParts(options));
 * partsOf(options) === partsOf(options); // true
 */
export function weakMemo<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = build(key);
      cache.set(key, value);
    }
    return value;
  };
}
