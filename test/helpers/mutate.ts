/**
 * Mutated YAML for fuzzing parsers: a real file with one to three edits (a YAML-significant piece
 * inserted, a few characters deleted, or a line duplicated elsewhere), as fast-check arbitraries so
 * that a failing mutant is shrunk to a small one and a run is repeated from its seed.
 */
import fc from 'fast-check';

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate-line'; from: number; to: number };

function apply(text: string, edit: Edit): string {
  if (edit.kind === 'insert') {
    const at = edit.at % (text.length + 1);
    return text.slice(0, at) + edit.text + text.slice(at);
  }
  if (edit.kind === 'delete') {
    const at = edit.at % (text.length + 1);
    return text.slice(0, at) + text.slice(at + edit.length);
  }
  const lines = text.split('\n');
  lines.splice(edit.to % lines.length, 0, lines[edit.from % lines.length] ?? '');
  return lines.join('\n');
}

/** One of `texts` with one to three edits; `inserts` are the pieces an insertion may add. */
export function mutatedText(
  texts: readonly string[],
  inserts: readonly string[],
): fc.Arbitrary<string> {
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    {
      weight: 9,
      arbitrary: fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        text: fc.constantFrom(...inserts),
      }),
    },
    {
      weight: 7,
      arbitrary: fc.record({
        kind: fc.constant('delete' as const),
        at: fc.nat(),
        length: fc.integer({ min: 1, max: 3 }),
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('duplicate-line' as const),
        from: fc.nat(),
        to: fc.nat(),
      }),
    },
  );
  return fc
    .tuple(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 3 }))
    .map(([text, edits]) => edits.reduce(apply, text));
}

/** Fixed, so that a run is the same on every machine and day; change it to explore further. */
export const FUZZ_SEED = 20191231;
