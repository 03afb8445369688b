import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

/** Relative links of a Markdown file (no http, no mailto, no pure anchors), without the anchor. */
function localLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/gu)]
    .map((m) => m[1] ?? '')
    .filter((href) => !/^[a-z]+:/u.test(href) && !href.startsWith('#'))
    .map((href) => href.split('#')[0] ?? '');
}

describe('README', () => {
  it('has the two-command quick start and the test command', () => {
    expect(readme).toContain('npm ci && npx gkml');
    expect(readme).toContain('npm test');
  });

  it('is the front door: short, with the reference in docs/', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(15 * 1024);
    expect(readme).toContain('docs/codes/README.md');
  });

  it('links only to files that exist, here and in docs/', () => {
    const pages = [
      'README.md',
      ...['commands', 'repository', 'excel-loop', 'import'].map((p) => `docs/${p}.md`),
    ];
    for (const page of pages) {
      const text = readFileSync(join(REPO_ROOT, page), 'utf8');
      for (const href of localLinks(text)) {
        expect(existsSync(join(REPO_ROOT, dirname(page), href)), `${page} → ${href}`).toBe(true);
      }
    }
  });

  it('notices a broken link (the check can fail)', () => {
    expect(localLinks('[x](docs/missing.md#a) [y](https://x) [z](#top)')).toEqual([
      'docs/missing.md',
    ]);
  });
});
