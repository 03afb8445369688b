// The floor a validator cannot beat: read every YAML file of a tree, or read and parse it with the
// precise parser gkml uses (the `yaml` package, with a line counter for positions).
// Usage: node bench/floor.js read|parse <folder>
import { readFile } from 'node:fs/promises';
import fg from 'fast-glob';
import { LineCounter, parseDocument } from 'yaml';

const [mode, folder] = process.argv.slice(2);
const files = (await fg('**/*.{yaml,yml}', { cwd: folder, absolute: true })).sort();
let bytes = 0;
const CONCURRENCY = 32;
let next = 0;
async function worker() {
  while (next < files.length) {
    const text = await readFile(files[next++], 'utf8');
    bytes += text.length;
    if (mode === 'parse') parseDocument(text, { lineCounter: new LineCounter() }).toJS();
  }
}
await Promise.all(Array.from({ length: CONCURRENCY }, worker));
process.stdout.write(`${files.length} files, ${bytes} characters\n`);
