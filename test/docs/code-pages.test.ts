import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeDocs } from '../../src/cli/code-docs.js';
import { CODES } from '../../src/core/diagnostics/index.js';
import { REPO_ROOT } from '../helpers/cli.js';

const DOCS = join(REPO_ROOT, 'docs/codes');
const committed = (): Map<string, string> =>
  new Map(readdirSync(DOCS).map((name) => [name, readFileSync(join(DOCS, name), 'utf8')]));

describe('docs/codes (regenerate with `npm run build && npm run docs`)', () => {
  let made: Map<string, string>;
  beforeAll(async () => {
    made = await codeDocs(join(REPO_ROOT, 'test/fixtures'));
  });

  it('has one current page per code, and no page for a code that is gone', () => {
    expect([...committed().keys()].sort()).toEqual([...made.keys()].sort());
    for (const [name, text] of made) expect(committed().get(name), name).toBe(text);
  });

  it('covers the registry', () => {
    for (const code of Object.keys(CODES)) expect(made.has(`${code}.md`), code).toBe(true);
  });

  it('shows a real run where a fixture triggers the code', () => {
    const page = made.get('item-duplicate-id.md') ?? '';
    expect(page).toContain('gkml validate codes/item-duplicate-id');
    expect(page).toContain('item-duplicate-id');
    expect(page).toMatch(/错误/u);
  });

  it('notices a stale page (the check can fail)', () => {
    const stale = new Map(made);
    stale.set(
      'item-duplicate-id.md',
      `${made.get('item-duplicate-id.md') ?? ''}\nedited by hand\n`,
    );
    expect(stale).not.toEqual(made);
  });
});
