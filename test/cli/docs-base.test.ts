import { describe, expect, it } from 'vitest';
import { docsBase } from '../../src/cli/docs-base.js';

describe('where diagnostics link', () => {
  it('defaults to the pages shipped with gkml, as a file: URL', () => {
    expect(docsBase({})).toMatch(/^file:\/\/.*\/docs\/codes$/u);
  });
  it('follows GKML_DOCS_URL, without a trailing slash', () => {
    expect(docsBase({ GKML_DOCS_URL: 'https://intranet.example/gkml/codes/' })).toBe(
      'https://intranet.example/gkml/codes',
    );
    expect(docsBase({ GKML_DOCS_URL: '  ' })).toMatch(/^file:/u);
  });
});
