#!/usr/bin/env node
// Thin launcher: all logic lives in dist/cli (built by `npm run build`, run by `prepare`).
import { main } from '../dist/cli/main.js';

await main(process.argv);
