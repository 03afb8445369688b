// Compiles the fast schema validators into dist/ at build time (run by `npm run build`), so that
// no run pays for ajv compiling them (src/io/precompiled-schemas.ts loads them while they match).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadSchemas, packagePath } from '../dist/io/package-files.js';
import { PRECOMPILED_FILE, precompiledSource } from '../dist/io/precompiled-schemas.js';

const target = packagePath(PRECOMPILED_FILE);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(`${target}.tmp`, await precompiledSource(loadSchemas()));
renameSync(`${target}.tmp`, target);
