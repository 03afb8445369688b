/**
 * "Did you mean" for names typed by hand: channels, domains, levels. Distances are counted in
 * Unicode code points, so one wrong Chinese character costs 1 (not 3 UTF-8 bytes or 1–2 UTF-16 units).
 */

/** Comparison form: width-folded (full-width Latin → ASCII), lower-case, without spaces. */
function comparable(text: string): string[] {
  return Array.from(text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ''));
}

/** Levenshtein distance over code-point arrays, two rows of memory. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const deletion = (previous[j] ?? 0) + 1;
      const insertion = (current[j - 1] ?? 0) + 1;
      current.push(Math.min(substitution, deletion, insertion));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * How many edits still count as "the same name, mistyped": a third of the longer name. Chinese names
 * are short (救灾 has 2 characters), so one wrong character in a 3-character name must pass while
 * a different 2-character word must not; Latin ids get the same rule.
 */
function limitFor(inputLength: number, candidateLength: number): number {
  return Math.max(1, Math.floor(Math.max(inputLength, candidateLength) / 3));
}

/**
 * The candidates closest to `input`, best first, at most `max`. Ties keep the candidates' order,
 * so callers decide precedence by how they list them (canonical names before aliases). A candidate
 * must share more than it changes: the distance stays below the shorter length, so "x" never
 * suggests "y". Returns [] when nothing is close.
 */
export function closestMatches(input: string, candidates: readonly string[], max = 3): string[] {
  const wanted = comparable(input);
  if (wanted.length === 0 || max <= 0) return [];
  const scored: { candidate: string; distance: number; order: number }[] = [];
  const seen = new Set<string>();
  candidates.forEach((candidate, order) => {
    if (seen.has(candidate)) return;
    seen.add(candidate);
    const other = comparable(candidate);
    const limit = limitFor(wanted.length, other.length);
    // Cheap rejection first: the length gap alone already costs that many edits.
    if (Math.abs(wanted.length - other.length) > limit) return;
    const distance = editDistance(wanted, other);
    if (distance <= limit && distance < Math.min(wanted.length, other.length)) {
      scored.push({ candidate, distance, order });
    }
  });
  scored.sort((a, b) => a.distance - b.distance || a.order - b.order);
  return scored.slice(0, max).map((entry) => entry.candidate);
}
