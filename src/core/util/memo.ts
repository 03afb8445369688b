/**
 * Remembering pure functions of one cell's text. A province repeats the same few hundred 公开时限
 * and 渠道 cells across thousands of files; reading each once took a tenth of `gkml validate`.
 */

/**
 * `compute`, remembered for up to `limit` distinct texts (then forgotten all at once: simple, and
 * memory stays flat). Results are frozen, since every caller now shares them.
 */
export function rememberText<T>(compute: (text: string) => T, limit = 10_000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const value = deepFreeze(compute(text));
    if (known.size >= limit) known.clear();
    known.set(text, value);
    return value;
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
