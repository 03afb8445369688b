// The floor a validator cannot beat: read every YAML file of a tree, or read and parse it with the
// precise parser gkml uses (the `yaml` package, with a line counter for positions). Files are read
// synchronously, the fastest way for many small files (bench/ measured the asynchronous API at
// several times slower), so that the floor is a floor.
// Usage: node bench/floor.js read|parse <folder>
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { LineCounter, parseDocument } from 'yaml';

const [mode, folder] = process.argv.slice(2);
const files = (await fg('**/*.{yaml,yml}', { cwd: folder, absolute: true })).sort();
let bytes = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  bytes += text.length;
  if (mode === 'parse') parseDocument(text, { lineCounter: new LineCounter() }).toJS();
}
process.stdout.write(`${files.length} files, ${bytes} characters\n`);
