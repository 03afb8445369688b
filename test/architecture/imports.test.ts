import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from '../helpers/import-graph.js';
import { REPO_ROOT } from '../helpers/cli.js';

describe('the rooms of src/ (docs/architecture.md)', () => {
  const graph = importGraph(REPO_ROOT, 'src');

  it('reads the imports of every source file', () => {
    expect(graph.size).toBeGreaterThan(150);
    expect(graph.get('src/cli/main.ts')?.length).toBeGreaterThan(0);
  });

  it('has no import cycles, type-only imports included', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const cyclic = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'outside.ts']],
      ['c.ts', ['a.ts']],
    ]);
    expect(importCycles(cyclic)).toEqual(['a.ts → b.ts → c.ts → a.ts']);
  });
});
