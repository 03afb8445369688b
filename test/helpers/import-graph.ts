/**
 * The graph of relative imports between the TypeScript files of a folder, read with a regular
 * expression (type-only imports count: a type cycle makes the rooms just as hard to read).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export type ImportGraph = ReadonlyMap<string, readonly string[]>;

const IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every .ts file under `folder` with the files it imports, as paths relative to `root`. */
export function importGraph(root: string, folder: string): ImportGraph {
  const graph = new Map<string, string[]>();
  const files = readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(folder, file));
  for (const file of files.sort()) {
    const text = readFileSync(join(root, file), 'utf8');
    const targets = [...text.matchAll(IMPORT)].map((match) =>
      relative(root, resolve(root, dirname(file), match[1] ?? '')).replace(/\.js$/, '.ts'),
    );
    graph.set(file, targets);
  }
  return graph;
}

/** Each cycle found by a depth-first walk, as the files around it ("a.ts → b.ts → a.ts"). */
export function importCycles(graph: ImportGraph): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      const seen = state.get(target);
      if (seen === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target].join(' → '));
      else if (seen === undefined) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}
