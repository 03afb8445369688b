// Rewrites the table of diagnostic codes in README.md from the registry (run after `npm run build`).
// test/docs/readme.test.ts fails when the README's table is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { codesTable, replaceCodesTable } from '../dist/core/diagnostics/docs.js';

const path = new URL('../README.md', import.meta.url);
writeFileSync(path, replaceCodesTable(readFileSync(path, 'utf8'), codesTable()));
