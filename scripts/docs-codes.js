// Writes docs/codes/ (one page per diagnostic code and an index) from the registry, after
// `npm run build`. test/docs/code-pages.test.ts fails when a page is stale.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codeDocs } from '../dist/cli/code-docs.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = `${root}docs/codes`;
const pages = await codeDocs(`${root}test/fixtures`);
mkdirSync(out, { recursive: true });
for (const name of readdirSync(out)) if (!pages.has(name)) rmSync(`${out}/${name}`);
for (const [name, text] of pages) writeFileSync(`${out}/${name}`, text);
console.log(`docs/codes: ${pages.size} pages`);
